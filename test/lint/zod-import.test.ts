import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lints one source file with the project's lint rules (its biome.json, without git and plugins). */
function lint(text: string): { status: number | null; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zod-import-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify({ ...config, vcs: undefined, plugins: undefined }));
  writeFileSync(join(dir, 'example.ts'), text);
  const run = spawnSync(BIOME, ['lint', 'example.ts'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, report: `${run.stdout}${run.stderr}` };
}

describe('importing zod (npm run lint)', () => {
  it('passes as a namespace, which lets esbuild keep only what a bundle uses', () => {
    expect(lint("import * as z from 'zod';\nexport const id = z.string();\n").status).toBe(0);
  });

  it('fails as the named `z`, which pulls all of zod into every function bundle', () => {
    const { status, report } = lint("import { z } from 'zod';\nexport const id = z.string();\n");
    expect(status).not.toBe(0);
    expect(report).toContain('noRestrictedImports');
  });
});
