import { describe, expect, it } from 'vitest';
import { PdfLetterRenderer, SOURCE_LETTER_FONT_DIR } from '../../../../shared/adapters/pdf/letter-pdf';
import type { LetterContent } from '../../../../shared/app/ports';
import { catalogEntry, flat, readPdf } from './pdf-reader';

const content: LetterContent = {
  title: { da: 'Afgørelse om Autostol', en: 'Decision on car seat' },
  sender: { name: 'Randers Kommune', unit: 'Myndighedscentret' },
  date: { da: '7. december 2026', en: '7 December 2026' },
  issuedAt: '2026-12-07T09:30:00.000Z',
  caseRef: 'ABCDEF12',
  recipient: 'Søren Ærø Åberg',
  caseworker: 'Birgitte Højgaard',
  decision: {
    da: 'Vi har behandlet din ansøgning om Autostol, og vi kan desværre ikke imødekomme den.',
    en: 'We have processed your application for car seat and unfortunately cannot grant it.',
  },
  reasons: {
    da: ['Sagsbehandlerens begrundelse: Stolen er ikke godkendt efter de gældende regler for børnesæder.'],
    en: ["The caseworker's reasons: Stolen er ikke godkendt efter de gældende regler for børnesæder."],
  },
  legalBasis: {
    da: 'Randers Kommunes regler for supplerende ydelser',
    en: 'Randers Municipality rules for supplementary benefits',
  },
  complaint: {
    da: 'Du kan klage over afgørelsen. Klagen sendes til kommunen inden 4 uger fra du har modtaget dette brev.',
    en: 'You may complain about this decision within 4 weeks of receiving this letter.',
  },
};

const renderer = new PdfLetterRenderer(SOURCE_LETTER_FONT_DIR);

describe('a decision letter as PDF', () => {
  it('reads as a letter: sender, date in words, case, family, caseworker, decision, reasons, legal basis, complaint guidance', async () => {
    const pdf = await renderer.render(content);
    const text = flat(readPdf(pdf).text);

    expect(Buffer.from(pdf.slice(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    for (const words of [
      'Randers Kommune',
      'Myndighedscentret',
      'Dato: 7. december 2026',
      'Sagsnummer: ABCDEF12',
      'Til: Søren Ærø Åberg',
      'Sagsbehandler: Birgitte Højgaard',
      'Vi har behandlet din ansøgning om Autostol, og vi kan desværre ikke imødekomme den.',
      'Begrundelse',
      'Stolen er ikke godkendt efter de gældende regler for børnesæder.',
      'Retsgrundlag',
      'Afgørelsen er truffet efter Randers Kommunes regler for supplerende ydelser.',
      'Klagevejledning',
      'Klagen sendes til kommunen inden 4 uger fra du har modtaget dette brev.',
      'Summary in English',
      'Decision on car seat, case ABCDEF12, 7 December 2026.',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('is tagged for screen readers: marked, a structure tree of headings, paragraphs and lists, Danish with the summary in English', async () => {
    const pdf = await renderer.render(content);
    const raw = Buffer.from(pdf).toString('latin1');
    const { info, structure } = readPdf(pdf);

    expect(catalogEntry(pdf, 'MarkInfo')).toMatch(/\/Marked true/);
    expect(catalogEntry(pdf, 'StructTreeRoot')).toMatch(/\/Type \/StructTreeRoot/);
    expect(catalogEntry(pdf, 'Lang')).toBe('(da-DK)');
    expect(raw).toContain('/Lang (en-GB)');
    // The reader's title bar shows the title, not the file name (PDF/UA).
    expect(catalogEntry(pdf, 'ViewerPreferences')).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('pdfuaid:part>1<');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Afgørelse om Autostol/);
    expect(structure).toMatch(/H1 \(block\)\s+"Afgørelse om Autostol"/);
    expect(structure).toMatch(/H2 \(block\)\s+"Klagevejledning"/);
    expect(structure).toMatch(/LBody \(block\)\s+"Sagsbehandlerens begrundelse:/);
    expect(structure).toMatch(/P \(block\)\s+"Til: Søren Ærø Åberg"/);
  });

  it('embeds its fonts with a Unicode map, so æ, ø and å are read, searched and copied as letters', async () => {
    const { fonts, text } = readPdf(await renderer.render(content));
    const rows = fonts.split('\n').filter((line) => line.includes('IBMPlexSans'));

    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/yes\s+yes\s+yes/);
    expect(text).toContain('Søren Ærø Åberg');
    expect(text).toContain('Birgitte Højgaard');
  });

  it('leaves out the caseworker and the complaint guidance when the letter has none', async () => {
    const { caseworker: _c, complaint: _g, ...bare } = content;
    const text = flat(readPdf(await renderer.render(bare)).text);

    expect(text).not.toContain('Sagsbehandler:');
    expect(text).not.toContain('Klagevejledning');
    expect(text).toContain('Venlig hilsen Myndighedscentret, Randers Kommune');
  });
});
