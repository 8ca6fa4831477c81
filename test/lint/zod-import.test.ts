import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lints one source file at `path` with the project's lint rules (its biome.json, without git and plugins). */
function lint(path: string, text: string): { status: number | null; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zod-import-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify({ ...config, vcs: undefined, plugins: undefined }));
  mkdirSync(join(dir, dirname(path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  const run = spawnSync(BIOME, ['lint', path], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, report: `${run.stdout}${run.stderr}` };
}

const LAMBDA_CODE = ['shared/rules/example.ts', 'functions/example.ts'];

describe('importing zod (npm run lint)', () => {
  it.each(LAMBDA_CODE)('passes zod/mini as a namespace in %s', (path) => {
    expect(lint(path, "import * as z from 'zod/mini';\nexport const id = z.string();\n").status).toBe(0);
  });

  it.each(LAMBDA_CODE)("fails zod's classic API in %s, naming zod/mini and why", (path) => {
    for (const module of ['zod', 'zod/v4']) {
      const { status, report } = lint(
        path,
        `import * as z from '${module}';\nexport const id = z.string();\n`,
      );
      expect(status).not.toBe(0);
      expect(report).toContain('noRestrictedImports');
      expect(report).toContain("import * as z from 'zod/mini'");
      expect(report).toContain('cold start');
    }
  });

  it('fails the named `z` from zod/mini, which pulls all of zod/mini into the bundle', () => {
    const { status, report } = lint(
      'functions/example.ts',
      "import { z } from 'zod/mini';\nexport const id = z.string();\n",
    );
    expect(status).not.toBe(0);
    expect(report).toContain('noRestrictedImports');
  });

  it('leaves the classic API to code no function bundles (tests, synth), as a namespace only', () => {
    expect(lint('test/example.ts', "import * as z from 'zod';\nexport const id = z.string();\n").status).toBe(
      0,
    );
    const { status, report } = lint(
      'infra/example.ts',
      "import { z } from 'zod';\nexport const id = z.string();\n",
    );
    expect(status).not.toBe(0);
    expect(report).toContain('noRestrictedImports');
  });
});
