import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPassages } from '../../../shared/rules/sources/build';
import { citation, citationOf } from '../../../shared/rules/sources/citation';
import { seedDocuments } from '../../../shared/rules/sources/documents';
import { outlineOf } from '../../../shared/rules/sources/outline';
import { extend } from '../../../shared/rules/sources/passage';
import { passages } from '../../../shared/rules/sources/passages';
import { quotedSources, sourceKey } from '../../../shared/rules/sources/quoted';
import { catalogue } from './fixtures';

const read = (file: string) => readFileSync(join(import.meta.dirname, '../../../docs/sources', file), 'utf8');
const R = '000_c74158a5613874a4.txt';
const U = '004_2ef01a3e92adb0b8.txt';

describe('citation(source, lang): a source as people read it', () => {
  it('names the document by title and the section, and quotes whole sentences', () => {
    expect(citation(`${R}: "Autostol: kr. 1.500"`, 'da')).toBe(
      'Randers Kommune, Håndbog for aflastningsfamilier, afsnit Autostol / selepude: »Autostol: kr. 1.500«',
    );
    expect(citation(`${R}: "Autostol: kr. 1.500"`, 'en')).toBe(
      'Randers Municipality, handbook for relief families (Håndbog for aflastningsfamilier), section Autostol / selepude: “Autostol: kr. 1.500”',
    );
    // A quote cut off mid-word at both ends becomes the sentence it is part of.
    expect(citation(`${R}: "berettes hver 2. måned og se-"`, 'da')).toBe(
      'Randers Kommune, Håndbog for aflastningsfamilier, afsnit Transportgodtgørelse: »Kørsel skal som minimum indberettes hver 2. måned og senest d. 5. i måneden.«',
    );
    expect(citation(`${R}: "Ved mindre skader (under 300"`, 'da')).toContain(
      'afsnit Forsikring: »Ved mindre skader (under 300 kr.) afholder aflastningsfamilien udgiften.«',
    );
  });

  it('names a Rudersdal quote by its service or appendix and the heading or table row under it', () => {
    expect(citationOf(`${U}: "Vinterjakke: 300 kr."`, 'da')).toEqual({
      document: 'Rudersdal Kommune, Serviceniveau på børne- og ungeområdet',
      place: 'Bilag 2 - § 41 merudgifter, afsnit Tøj- og skoslid',
      quote: 'Vinterjakke: 300 kr.',
    });
    const seat = quotedSources(catalogue).find(
      (q) => q.file === U && q.quote.startsWith('0-9 mdr.: 1.300 kr.'),
    );
    expect(seat && citationOf(sourceKey(seat), 'da')?.place).toBe(
      'Bilag 4, Håndbog for plejefamilier, afsnit Autostol',
    );
  });

  it("names the state's and KL's rates by the authority and the day they apply from, not a web site", () => {
    expect(citation('tekniq.dk (single source)', 'da')).toBe(
      'Skatterådets sats for skattefri kørselsgodtgørelse (statens laveste takst), gældende fra 1. januar 2026',
    );
    expect(citation('tekniq.dk (single source)', 'en')).toContain('in force from 1 January 2026');
  });

  it('never shows an unknown source as it is', () => {
    expect(citation('something.txt: "x"', 'da')).toBe('Kommunens regler for ydelsen');
  });

  it('resolves every quote of the catalogue to a document, a section and a passage holding the quote', () => {
    const quoted = quotedSources(catalogue);
    expect(quoted.length).toBeGreaterThan(400);
    for (const q of quoted) {
      const found = citationOf(sourceKey(q), 'da');
      expect(found?.document, sourceKey(q)).toMatch(/^(Randers|Rudersdal) Kommune, /);
      expect(found?.place, sourceKey(q)).toMatch(/\S{3}/);
      const words = q.quote
        .replace(/-$/, '')
        .split(/\s+/)
        .filter((w) => w.length > 3);
      for (const w of words.slice(1, -1)) expect(found?.quote, sourceKey(q)).toContain(w);
      expect(found?.quote, sourceKey(q)).not.toMatch(/\.txt|^[a-zæøå]/);
    }
  });

  it('is derived from the seed documents: passages.ts is what `npm run passages` makes of them now', () => {
    expect(buildPassages(catalogue, read)).toEqual(passages);
  });
});

describe('the seed documents’ outline', () => {
  const rudersdal = outlineOf(seedDocuments[U] as NonNullable<(typeof seedDocuments)[string]>, read(U));
  const randers = outlineOf(seedDocuments[R] as NonNullable<(typeof seedDocuments)[string]>, read(R));

  it('finds chapters at the top of a page, headings between sentences and the rows of named tables', () => {
    expect(randers.sectionAt(463)).toEqual(['Regler for supplerende ydelser', 'Autostol / selepude']);
    expect(randers.sectionAt(380)).toEqual(['Aflønning pr døgn']);
    expect(rudersdal.sectionAt(1346)).toEqual(['Merudgifter (SEL § 41)', 'Omfang/varighed']);
    expect(rudersdal.sectionAt(8356)).toEqual([
      'Bilag 4, Håndbog for plejefamilier',
      'Særlige udgifter',
      'Befordring',
    ]);
    // A chapter heading over two lines is read whole.
    expect(rudersdal.sectionAt(4760)[0]).toBe(
      'Økonomisk støtte til ophold på kostskole/efterskole m.v. (SEL § 52 a, stk. 1, nr. 1)',
    );
  });
});

describe('extend: a cut-off quote widened to its sentence', () => {
  const text = 'Første sætning. Kørsel skal indberettes senest d. 5. i måneden. Mere tekst følger her.';
  it('widens a quote cut inside words to the whole sentence, past abbreviations and ordinals', () => {
    const start = text.indexOf('berettes');
    expect(extend(text, start, text.indexOf(' i måneden'))).toBe(
      'Kørsel skal indberettes senest d. 5. i måneden.',
    );
  });
  it('keeps a quote that is whole as it is', () => {
    const start = text.indexOf('Mere');
    expect(extend(text, start, text.length)).toBe('Mere tekst følger her.');
  });
  it('marks an overlong sentence cut at a word with an ellipsis', () => {
    const long = `Start ${'ord '.repeat(150)}slut.`;
    const at = long.indexOf('ord ord') + 200;
    expect(extend(long, at + 1, at + 6)).toMatch(/^… .* …$/);
  });
});
