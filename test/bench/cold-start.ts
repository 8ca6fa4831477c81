import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { catalogueJson } from '../../infra/build/catalogue-file';
import { CATALOGUE_FUNCTIONS, lambdaBuildOptions } from '../../infra/build/lambda-bundle';
import { CATALOGUE_FILE } from '../../shared/runtime/compose/catalogue';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the repository, so that what the bundle leaves out (the SDK) resolves as on Lambda's runtime. */
const OUT = join(ROOT, 'build/cold-start');

/** The HTTP functions serve every route; the rest are the workflow's and the schedules' steps. */
const HTTP_FUNCTIONS = new Set(['http-api', 'finance-api']);
const LIMIT_KB = { http: 800, step: 400 } as const;

/** What a function reads at start: fake names, a region, dummy credentials. Building clients calls no AWS. */
export const BENCH_ENV: Record<string, string> = {
  AWS_REGION: 'eu-north-1',
  AWS_ACCESS_KEY_ID: 'AKIDBENCH',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SESSION_TOKEN: 'bench',
  APPLICATIONS_TABLE: 'applications',
  DECISIONS_TABLE: 'decisions',
  DECISION_LINKS_TABLE: 'decision-links',
  PAYOUT_LEDGER_TABLE: 'payout-ledger',
  IDEMPOTENCY_TABLE: 'idempotency',
  SESSIONS_TABLE: 'sessions',
  RECEIPTS_BUCKET: 'receipts',
  FINANCE_BUCKET: 'finance',
  STATE_MACHINE_ARN: 'arn:aws:states:eu-north-1:111111111111:stateMachine:supplements-applications',
  MAIL_FROM: 'tilskud@example.dk',
  PUBLIC_BASE_URL: 'https://tilskud.example.dk',
  CASEWORKER_EMAIL: 'sagsbehandler@example.dk',
  TEAM_LEAD_EMAIL: 'teamleder@example.dk',
  SECOND_APPROVER_EMAIL: 'godkender@example.dk',
  FINANCE_EMAIL: 'okonomi@example.dk',
  // Made-up accounts (registreringsnummer 9999 belongs to no bank), as the local runtime's.
  PAYOUT_PAYERS: JSON.stringify({
    randers: { name: 'Randers Kommune (opdigtet konto)', iban: 'DK7799990000000001', bic: 'DABADKKK' },
    rudersdal: { name: 'Rudersdal Kommune (opdigtet konto)', iban: 'DK5099990000000002', bic: 'NDEADKKK' },
  }),
  FOUR_EYES_ABOVE_ORE: '1000000',
  REVIEW_REMINDER_WORKING_DAYS: '3',
  POWERTOOLS_METRICS_NAMESPACE: 'Supplements',
};

/**
 * Loads a bundle as Lambda's Node runtime loads a CommonJS handler (`require`), builds its
 * dependencies and prints the time (wall and CPU) that took and the ports built.
 */
const PROBE = `const started = performance.now();
const cpu = process.cpuUsage();
const fn = require(process.argv[1]);
Promise.resolve(fn.buildDeps()).then((deps) => {
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, ports: Object.keys(deps).sort() }));
});
`;

/** Node's bare start: the CPU a process spent before running its first line. */
const BARE = 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));';

/** Every function's name (functions/*.ts). */
export const functionNames = () =>
  readdirSync(join(ROOT, 'functions'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();

/**
 * Builds one function as infra builds it (infra/build/lambda-bundle.ts) into `dir`, with the
 * catalogue's JSON beside it where the function reads it; returns the bundle's path and bytes.
 */
export async function buildFunction(name: string, dir: string, { bundleSdk = false } = {}) {
  mkdirSync(dir, { recursive: true });
  // .cjs: the repository's package.json says ES modules; Lambda's zip has none, so there index.js is CommonJS.
  const outfile = join(dir, 'index.cjs');
  // xmllint-wasm loads its .wasm from beside itself; infra leaves it out of the payout functions' bundles.
  const result = await build({
    ...lambdaBuildOptions(['xmllint-wasm'], { bundleSdk }),
    entryPoints: [join(ROOT, 'functions', `${name}.ts`)],
    outfile,
  });
  if (CATALOGUE_FUNCTIONS.includes(name)) writeFileSync(join(dir, CATALOGUE_FILE), catalogueJson());
  const bytes = Object.values(result.metafile?.outputs ?? {}).reduce((sum, out) => sum + out.bytes, 0);
  return { outfile, bytes };
}

/** One import and composition of a bundle in a fresh Node process. */
export function probe(outfile: string): { ms: number; cpuMs: number; ports: string[] } {
  const run = spawnSync(process.execPath, ['-e', PROBE, outfile], {
    env: { PATH: process.env.PATH ?? '', ...BENCH_ENV },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${outfile}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Node's bare start: a fresh process that runs (next to) nothing, `node -e 0`: wall time and CPU time. */
function bareStart(): { ms: number; cpuMs: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-e', BARE], { encoding: 'utf8' });
  return { ms: performance.now() - started, cpuMs: Number(run.stdout) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

type Sample = { ms: number; cpuMs: number };

/**
 * `npm run bench -- cold-start [RUNS] [compare]`: each function built as deployed; per function its
 * minified size and the time to import it and build its dependencies (median of RUNS fresh
 * processes, interleaved with Node's bare start so both see the same machine), against the targets.
 * `compare` also builds each function with the SDK inside and measures it in the same rounds.
 */
export async function benchColdStart(runs = 7, compare = false) {
  rmSync(OUT, { recursive: true, force: true });
  const names = functionNames();
  const variants = compare ? [false, true] : [false];
  const bundles = new Map<string, { outfile: string; bytes: number }>();
  const times = new Map<string, Sample[]>();
  const key = (name: string, bundleSdk: boolean) => `${name}${bundleSdk ? ' (SDK bundled)' : ''}`;
  for (const name of names) {
    for (const bundleSdk of variants) {
      const dir = join(OUT, bundleSdk ? 'sdk-bundled' : 'deployed', name);
      bundles.set(key(name, bundleSdk), await buildFunction(name, dir, { bundleSdk }));
      times.set(key(name, bundleSdk), []);
    }
  }
  const bare: Sample[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(bareStart());
    for (const [id, bundle] of bundles) times.get(id)?.push(probe(bundle.outfile));
  }
  const bareMs = median(bare.map((b) => b.ms));
  const bareCpuMs = median(bare.map((b) => b.cpuMs));
  const measured = (id: string) => ({
    kb: Math.round((bundles.get(id)?.bytes ?? 0) / 1024),
    ms: Math.round(median((times.get(id) ?? []).map((t) => t.ms))),
    cpuMs: Math.round(median((times.get(id) ?? []).map((t) => t.cpuMs))),
  });
  const rows = names.map((name) => {
    const limitKb = HTTP_FUNCTIONS.has(name) ? LIMIT_KB.http : LIMIT_KB.step;
    const { kb, ms, cpuMs } = measured(key(name, false));
    // Judged on wall time, as Lambda's init is; CPU time beside it moves less with the neighbours' load.
    return {
      name,
      kb,
      limitKb,
      ms,
      cpuMs,
      pass: kb <= limitKb && ms <= 2 * bareMs,
      ...(compare ? { sdkBundled: measured(key(name, true)) } : {}),
    };
  });
  const cell = (value: number | string, width = 6) => String(value).padStart(width);
  const table = [
    `node ${process.version}, SDK from the runtime${compare ? ' (and bundled, same rounds)' : ''}, median of ${runs} fresh processes`,
    `bare start (node -e 0): ${Math.round(bareMs)} ms wall, ${Math.round(bareCpuMs)} ms CPU; target: import + compose ≤ ${Math.round(2 * bareMs)} ms wall`,
    `${'function'.padEnd(24)}${cell('KB')}${cell('≤KB')}${cell('wall')}${cell('CPU')}  pass${compare ? ` | SDK bundled:${cell('KB')}${cell('wall')}${cell('CPU')}` : ''}`,
    ...rows.map(
      (r) =>
        `${r.name.padEnd(24)}${cell(r.kb)}${cell(r.limitKb)}${cell(r.ms)}${cell(r.cpuMs)}  ${r.pass ? 'yes ' : 'NO  '}` +
        (r.sdkBundled
          ? ` |             ${cell(r.sdkBundled.kb)}${cell(r.sdkBundled.ms)}${cell(r.sdkBundled.cpuMs)}`
          : ''),
    ),
  ];
  process.stderr.write(`${table.join('\n')}\n`);
  return {
    name: 'cold-start',
    runs,
    bareMs: Math.round(bareMs),
    bareCpuMs: Math.round(bareCpuMs),
    functions: rows,
    pass: rows.every((r) => r.pass),
  };
}
