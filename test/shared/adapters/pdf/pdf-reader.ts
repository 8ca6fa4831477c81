import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a PDF reader makes of a PDF, through poppler (pdftotext, pdfinfo; `.ci/run` installs
 * poppler-utils): the text in reading order, the document's properties, and the structure tree
 * with its text, as assistive technology reads it.
 */
export function readPdf(pdf: Uint8Array): { text: string; info: string; structure: string; fonts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  const file = join(dir, 'letter.pdf');
  try {
    writeFileSync(file, pdf);
    const run = (tool: string, ...args: string[]) =>
      execFileSync(tool, [...args, file], { encoding: 'utf8' });
    return {
      text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
      info: run('pdfinfo'),
      structure: run('pdfinfo', '-struct-text'),
      fonts: run('pdffonts'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text with line breaks and runs of spaces as single spaces: sentences survive wrapping. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The document catalog's entry `key` as written (`/MarkInfo`, `/Lang`, …), an indirect object
 * (`5 0 R`) replaced by that object's body: enough to check what pdfkit writes uncompressed.
 */
export function catalogEntry(pdf: Uint8Array, key: string): string | undefined {
  const raw = Buffer.from(pdf).toString('latin1');
  const catalog = /\/Type \/Catalog([\s\S]*?)>>\s*endobj/.exec(raw)?.[1] ?? '';
  const value = new RegExp(`/${key}\\s+(\\d+ 0 R|\\([^)]*\\)|/\\w+)`).exec(catalog)?.[1];
  const ref = value && /^(\d+) 0 R$/.exec(value)?.[1];
  if (!ref) return value;
  return new RegExp(`(?:^|\\n)${ref} 0 obj\\s*([\\s\\S]*?)\\s*endobj`).exec(raw)?.[1];
}
