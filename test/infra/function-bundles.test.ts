import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_FUNCTIONS, lambdaBuildOptions } from '../../infra/build/lambda-bundle';
import { buildFunction, functionNames, probe } from '../bench/cold-start';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside the repository, as the bench builds them: the SDK the bundles leave out resolves as on Lambda.
const DIR = join(ROOT, 'build/test-bundles');
const HTTP = new Set(['http-api', 'finance-api']);
/** What the HTTP functions compose: every port (payouts with the finance bucket; no sign-in configured). */
const EVERY_PORT = [
  'accessLog',
  'applications',
  'calendar',
  'catalogue',
  'env',
  'idempotency',
  'journal',
  'ledger',
  'letters',
  'links',
  'mailer',
  'metrics',
  'payouts',
  'receipts',
  'registry',
  'sessions',
  'settings',
  'workflow',
];
const names = functionNames();
const built = new Map<string, { outfile: string; bytes: number }>();

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  for (const name of names) built.set(name, await buildFunction(name, join(DIR, name)));
}, 180_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** A function module's `needs` (the HTTP functions compose every port and name none). */
const needsOf = async (name: string): Promise<readonly string[] | undefined> =>
  ((await import(`../../functions/${name}.ts`)) as { needs?: readonly string[] }).needs;

describe('each function bundle, built as infra builds it', () => {
  it('imports and composes outside AWS, building exactly the ports the function names as its needs', async () => {
    for (const name of names) {
      const bundle = built.get(name);
      if (!bundle) throw new Error(`${name} was not built`);
      const { ports } = probe(bundle.outfile);
      const needs = await needsOf(name);
      expect(ports, name).toEqual(HTTP.has(name) ? EVERY_PORT : [...(needs ?? [])].sort());
    }
  }, 120_000);

  it('is CommonJS in strict mode, as the ES modules it is built from were', () => {
    for (const name of names) {
      const text = readFileSync(built.get(name)?.outfile ?? '', 'utf8');
      // A directive only counts as the first statement: the bundle's first bytes must be it.
      expect(text.startsWith("'use strict';"), name).toBe(true);
      expect(text, name).not.toMatch(/\bimport\.meta\b/);
    }
  });

  it('carries the catalogue JSON exactly where the function reads the catalogue', async () => {
    for (const name of names) {
      const reads = HTTP.has(name) || (await needsOf(name))?.includes('catalogue') === true;
      expect(CATALOGUE_FUNCTIONS.includes(name), name).toBe(reads);
    }
  });

  it('stays within its size: 400 KB for a step, 800 KB for the HTTP functions (the letter typesetter apart)', () => {
    for (const name of names) {
      const kb = (built.get(name)?.bytes ?? 0) / 1024;
      if (name === 'send-decision-letter') continue; // pdfkit and fontkit: README, "Cold start"
      expect(kb, name).toBeLessThanOrEqual(HTTP.has(name) ? 800 : 400);
    }
  });

  it("holds zod/mini, never zod's classic API or a locale it does not word with (README, Cold start)", async () => {
    // A step, the HTTP API (every route) and the payout run (the payers' English words).
    for (const name of ['request-review', 'http-api', 'payout-run']) {
      const { metafile } = await build({
        ...lambdaBuildOptions(['xmllint-wasm']),
        entryPoints: [join(ROOT, 'functions', `${name}.ts`)],
        write: false,
        outdir: DIR,
      });
      const zod = Object.values(metafile?.outputs ?? {}).flatMap((out) =>
        Object.entries(out.inputs).filter(([path]) => path.includes('node_modules/zod/')),
      );
      const paths = zod.map(([path]) => path);
      expect(
        paths.filter((path) => /\/(classic|v3)\//.test(path)),
        name,
      ).toEqual([]);
      expect(
        paths.filter((path) => /\/locales\/(?!en\.js|index\.js)/.test(path)),
        name,
      ).toEqual([]);
      // 85 to 98 KB with the classic API; 22 to 37 KB with zod/mini.
      const kb = zod.reduce((sum, [, input]) => sum + input.bytesInOutput, 0) / 1024;
      expect(kb, name).toBeLessThan(45);
    }
  }, 60_000);

  it('holds neither the SDK (the runtime provides it) nor the catalogue data as code', async () => {
    for (const name of ['evaluate-claim', 'http-api']) {
      const { metafile } = await build({
        ...lambdaBuildOptions(['xmllint-wasm']),
        entryPoints: [join(ROOT, 'functions', `${name}.ts`)],
        write: false,
        outdir: DIR,
      });
      const inputs = Object.keys(metafile?.inputs ?? {});
      expect(
        inputs.filter((path) => path.includes('node_modules/@aws-sdk/')),
        name,
      ).toEqual([]);
      expect(
        inputs.filter((path) => /shared\/rules\/catalogue\/(randers|rudersdal)/.test(path)),
        name,
      ).toEqual([]);
    }
  }, 60_000);
});
