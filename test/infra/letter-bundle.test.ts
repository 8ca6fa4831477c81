import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/build/lambda-bundle';
import { DKFDS_TTF_DIR, LETTER_FONT_FILES } from '../../shared/adapters/pdf/letter-fonts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'letter-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the letter typesetter in a Lambda bundle', () => {
  it('typesets a letter from a CommonJS bundle built as NodeFunction builds it, with only the copied fonts beside it', async () => {
    // The options NodeFunction gives esbuild (infra/build/lambda-bundle.ts), and the fonts its
    // copyIntoBundle puts under fonts/ for send-decision-letter (infra/constructs/workflow-steps.ts).
    await build({
      stdin: {
        contents: `import { PdfLetterRenderer, bundledLetterFontDir } from './shared/adapters/pdf/letter-pdf';
export const handler = async () => {
  const pdf = await new PdfLetterRenderer(bundledLetterFontDir(import.meta.url)).render({
    title: { da: 'Afgørelse om Autostol', en: 'Decision on car seat' },
    sender: { name: 'Randers Kommune' },
    date: { da: '7. december 2026', en: '7 December 2026' },
    issuedAt: '2026-12-07T09:00:00.000Z',
    caseRef: 'ABCDEF12',
    recipient: 'Åse Ærbø Østergård',
    decision: { da: 'Vi bevilger ikke.', en: 'We do not grant it.' },
    reasons: { da: [], en: [] },
    legalBasis: { da: 'Serviceloven § 41', en: 'Social Services Act § 41' },
  });
  return Buffer.from(pdf).toString('base64');
};`,
        resolveDir: ROOT,
        sourcefile: 'entry.ts',
        loader: 'ts',
      },
      ...lambdaBuildOptions(),
      // .cjs: Lambda's zip has no package.json, so its index.js is CommonJS; here the name says so.
      outfile: join(dir, 'index.cjs'),
      logLevel: 'silent',
    });
    mkdirSync(join(dir, 'fonts'));
    for (const file of Object.values(LETTER_FONT_FILES)) {
      copyFileSync(join(ROOT, DKFDS_TTF_DIR, file), join(dir, 'fonts', file));
    }

    // Run outside the repository, as Lambda runs it: no node_modules to fall back on (no AFM files).
    const base64 = execFileSync(
      process.execPath,
      ['-e', "require('./index.cjs').handler().then((b) => process.stdout.write(b))"],
      { cwd: dir, encoding: 'utf8' },
    );
    const pdf = Buffer.from(base64, 'base64');
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
    expect(text).toContain('Åse Ærbø Østergård');
  });

  it('stays out of the other functions: only send-decision-letter carries pdfkit', async () => {
    const bundled = async (name: string) => {
      const { metafile } = await build({
        ...lambdaBuildOptions(),
        entryPoints: [join(ROOT, 'functions', `${name}.ts`)],
        write: false,
        outdir: dir,
      });
      if (!metafile) throw new Error('esbuild gave no metafile');
      return Object.keys(metafile.inputs).some((path) => path.includes('node_modules/pdfkit/'));
    };
    expect(await bundled('send-decision-letter')).toBe(true);
    expect(await bundled('check-documents')).toBe(false);
    expect(await bundled('http-api')).toBe(false);
  }, 60_000);
});
