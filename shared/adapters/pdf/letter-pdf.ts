import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { LetterContent, LetterRenderer } from '../../app/ports';
import { DKFDS_TTF_DIR, LETTER_FONT_FILES } from './letter-fonts';

/** The font files' folder in this repository (`npm start`, the tests). */
export const SOURCE_LETTER_FONT_DIR = fileURLToPath(new URL(`../../../${DKFDS_TTF_DIR}/`, import.meta.url));

/** The folder beside a bundle that carries the fonts under `fonts/` (the send-decision-letter Lambda). */
export const bundledLetterFontDir = (bundleUrl: string) => fileURLToPath(new URL('./fonts/', bundleUrl));

type Fonts = { regular: Buffer; bold: Buffer };

const MARGIN = 64;
const INK = '#1a1a1a';

/**
 * Decision letters as tagged PDF (PDF/UA-1): a structure tree of headings, paragraphs and lists in
 * reading order, the document's language (Danish, the English summary marked English), its title
 * shown in the reader's title bar, and embedded fonts with a Unicode map so text can be read aloud,
 * searched and copied.
 */
export class PdfLetterRenderer implements LetterRenderer {
  private fonts?: Promise<Fonts>;

  /** `fontDir`: the folder holding LETTER_FONT_FILES, read once on the first letter. */
  constructor(private readonly fontDir: string) {}

  async render(content: LetterContent): Promise<Uint8Array> {
    this.fonts ??= Promise.all([
      readFile(`${this.fontDir}/${LETTER_FONT_FILES.regular}`),
      readFile(`${this.fontDir}/${LETTER_FONT_FILES.bold}`),
    ]).then(([regular, bold]) => ({ regular, bold }));
    const fonts = await this.fonts;
    const created = new Date(content.issuedAt);
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'da-DK',
      displayTitle: true,
      // PDF/UA-1 identification; @types/pdfkit lists only the PDF/A subsets.
      subset: 'PDF/UA' as never,
      // The default font is ours, so pdfkit never opens its Helvetica metrics file.
      font: fonts.regular as never,
      info: {
        Title: content.title.da,
        Author: content.sender.unit ? `${content.sender.name}, ${content.sender.unit}` : content.sender.name,
        Subject: `Sag ${content.caseRef}`,
        CreationDate: created,
        ModDate: created,
      },
    });
    doc.registerFont('regular', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    const done = collect(doc);
    typeset(doc, content);
    doc.end();
    return done;
  }
}

/** The PDF's bytes once pdfkit has written them all. */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/** The letter's blocks in reading order, each its own structure element. */
function typeset(doc: PDFKit.PDFDocument, c: LetterContent): void {
  const letter = doc.struct('Document');
  doc.addStructure(letter);
  const block = (
    tag: string,
    text: string,
    style: { font?: 'regular' | 'bold'; size?: number; gap?: number; lang?: string } = {},
  ) => {
    letter.add(
      doc.struct(tag, style.lang ? { lang: style.lang } : {}, () => {
        doc
          .font(style.font ?? 'regular')
          .fontSize(style.size ?? 11)
          .fillColor(INK)
          .text(text, { lineGap: 2 });
      }),
    );
    doc.moveDown(style.gap ?? 0.5);
  };
  const list = (items: string[], lang?: string) => {
    const element = doc.struct('L', lang ? { lang } : {});
    letter.add(element);
    doc.font('regular').fontSize(11).fillColor(INK);
    doc.list(items, { structParent: element, bulletRadius: 2, lineGap: 2, paragraphGap: 4 } as never);
    element.end();
    doc.moveDown(0.5);
  };

  block('P', c.sender.name, { font: 'bold', gap: 0 });
  if (c.sender.unit) block('P', c.sender.unit, { gap: 1 });
  else doc.moveDown(1);
  block('P', `Dato: ${c.date.da}`, { gap: 0 });
  block('P', `Sagsnummer: ${c.caseRef}`, { gap: 0 });
  block('P', `Til: ${c.recipient}`, { gap: 0 });
  if (c.caseworker) block('P', `Sagsbehandler: ${c.caseworker}`, { gap: 0 });
  doc.moveDown(1);

  block('H1', c.title.da, { font: 'bold', size: 18, gap: 0.6 });
  block('P', c.decision.da);
  if (c.reasons.da.length > 0) {
    block('H2', 'Begrundelse', { font: 'bold', size: 13, gap: 0.3 });
    list(c.reasons.da);
  }
  if (c.legalBasis.da) {
    block('H2', 'Retsgrundlag', { font: 'bold', size: 13, gap: 0.3 });
    block('P', `Afgørelsen er truffet efter ${c.legalBasis.da}.`);
  }
  if (c.complaint) {
    block('H2', 'Klagevejledning', { font: 'bold', size: 13, gap: 0.3 });
    block('P', c.complaint.da);
  }
  doc.moveDown(0.5);
  block('P', 'Venlig hilsen', { gap: 0 });
  if (c.caseworker) block('P', c.caseworker, { gap: 0 });
  block('P', c.sender.unit ? `${c.sender.unit}, ${c.sender.name}` : c.sender.name, { gap: 1.5 });

  // The English summary: the same decision, reasons and guidance, marked as English for the reader.
  const en = 'en-GB';
  block('H2', 'Summary in English', { font: 'bold', size: 13, gap: 0.3, lang: en });
  block('P', `${c.title.en}, case ${c.caseRef}, ${c.date.en}. ${c.decision.en}`, { lang: en });
  if (c.reasons.en.length > 0) list(c.reasons.en, en);
  if (c.legalBasis.en) block('P', `Legal basis: ${c.legalBasis.en}.`, { lang: en });
  if (c.complaint) block('P', c.complaint.en, { lang: en });
  letter.end();
}
