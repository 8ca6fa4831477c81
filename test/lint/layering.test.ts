import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CRUISER = join(ROOT, 'node_modules/.bin/depcruise');

/** Runs the project's layering rules over a small tree of files; returns the exit status and the report. */
function cruise(files: Record<string, string>): { status: number | null; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layering-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    '{"compilerOptions":{"module":"ESNext","moduleResolution":"Bundler"}}',
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(
    CRUISER,
    ['shared', 'functions', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: run.status, report: `${run.stdout}${run.stderr}` };
}

const clean = {
  'shared/domain/money.ts': 'export const ore = (kr: number) => kr * 100;\n',
  'shared/app/use-cases/pay.ts':
    "import { ore } from '../../domain/money';\nexport const pay = () => ore(1);\n",
  'functions/pay.ts': "import { pay } from '../shared/app/use-cases/pay';\nexport const handler = pay;\n",
};

describe('the layering rules (npm run lint)', () => {
  it('pass a tree that keeps the layers', () => {
    expect(cruise(clean).status).toBe(0);
  });

  it('fail when the domain imports an adapter', () => {
    const { status, report } = cruise({
      ...clean,
      'shared/adapters/aws/store.ts': 'export const store = 1;\n',
      'shared/domain/money.ts':
        "import { store } from '../adapters/aws/store';\nexport const ore = (kr: number) => kr * 100 + store;\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('domain-is-pure');
  });

  it('fail when the payout domain reaches into the use cases', () => {
    const { status, report } = cruise({
      ...clean,
      'shared/payouts/lines.ts':
        "import { pay } from '../app/use-cases/pay';\nexport const line = () => pay();\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('domain-is-pure');
  });

  it('fail when a use case reaches an adapter instead of a port', () => {
    const { status, report } = cruise({
      ...clean,
      'shared/adapters/aws/store.ts': 'export const store = 1;\n',
      'shared/app/use-cases/pay.ts':
        "import { store } from '../../adapters/aws/store';\nexport const pay = () => store;\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('use-cases-know-no-adapter');
  });

  it('fail when a route saves an application itself instead of calling its use case', () => {
    const { status, report } = cruise({
      ...clean,
      'shared/app/use-cases/application-record.ts': 'export const save = () => 1;\n',
      'shared/http/route.ts':
        "import { save } from '../app/use-cases/application-record';\nexport const route = () => save();\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('http-changes-state-through-use-cases');
  });

  it("fail when a page's script reaches beyond its own modules and the pure domain", () => {
    const pure = cruise({
      ...clean,
      'shared/browser/apply.ts': "import { ore } from '../domain/money';\nexport const shown = ore(1);\n",
    });
    const reaching = cruise({
      ...clean,
      'shared/domain/dates.ts': 'export const today = 1;\n',
      'shared/browser/apply.ts': "import { today } from '../domain/dates';\nexport const shown = today;\n",
    });
    const imported = cruise({
      ...clean,
      'shared/browser/apply.ts': 'export const shown = 1;\n',
      'shared/app/use-cases/pay.ts':
        "import { shown } from '../../browser/apply';\nexport const pay = () => shown;\n",
    });
    expect(pure.status).toBe(0);
    expect(reaching.status).not.toBe(0);
    expect(reaching.report).toContain('browser-imports-only-pure-code');
    expect(imported.status).not.toBe(0);
    expect(imported.report).toContain('only-the-browser-imports-browser-code');
  });

  it('fail on an import cycle, types included', () => {
    const { status, report } = cruise({
      ...clean,
      'shared/app/a.ts': "import type { B } from './b';\nexport type A = { b?: B };\n",
      'shared/app/b.ts': "import type { A } from './a';\nexport type B = { a?: A };\n",
    });
    expect(status).not.toBe(0);
    expect(report).toContain('no-circular');
  });
});
