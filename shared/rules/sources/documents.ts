import type { SeedDocument } from './outline';

/**
 * The documents the catalogue quotes (docs/sources), keyed by file name: their titles, how their
 * chapters are marked, and the first column of the tables the extraction flattened.
 */
export const seedDocuments: Record<string, SeedDocument> = {
  '000_c74158a5613874a4.txt': {
    title: {
      da: 'Randers Kommune, Håndbog for aflastningsfamilier',
      en: 'Randers Municipality, handbook for relief families (Håndbog for aflastningsfamilier)',
    },
    tables: [
      {
        after: 'EMNE BESKRIVELSE KONTAKT',
        until: 'Kontaktoplysninger',
        rows: [
          'Autostol / selepude',
          'Transportgodtgørelse',
          'Bleer/ekstra tøj/vådliggertillæg/inkontinens',
          'Diætmad',
          'Ferie',
        ],
        cells: ['Administrationen', 'Rådgiver'],
      },
    ],
  },
  '004_2ef01a3e92adb0b8.txt': {
    title: {
      da: 'Rudersdal Kommune, Serviceniveau på børne- og ungeområdet',
      en: 'Rudersdal Municipality, service levels for children and young people (Serviceniveau på børne- og ungeområdet)',
    },
    chapter: /\(SEL §|^Bilag \d/,
    tables: [
      {
        after: 'Oversigt over tilbud og udgifter, der skal / kan tages stilling til i forbindelse med',
        rows: [
          'Hvad omfatter rammebeløbet?',
          'Træningsredskaber',
          'Kurser af relevans for hjemmetræningen / de(n) anvendte metode(r)',
          'Trænertimer',
          'Au pair',
          'Supervision',
          'Kosttilskud / særlig kost',
          'Særligt dagtilbud',
          'Skoletilbud',
          'Hjemmeundervisning',
          'Tabt arbejdsfortjeneste',
          'Aflastning',
          'Procedure ifm. udbetaling',
          'Merudgifter i øvrigt',
          'Dokumentation',
        ],
      },
      {
        after: 'Eksempler på situationer, hvor der kan vurderes behov for løbende tabt arbejdsfortjeneste,',
        rows: [
          'Diabetes',
          'Lægeordineret behandling',
          'Manglende eller urolig søvn',
          'Nedsat immunforsvar',
          'Nydiagnosticering',
          'Personlig pleje og overvågning',
          'Søskende',
          'Tilsyn',
          'Varierende sygdom',
          'Ambulante behandlinger',
          'Indlæggelser',
          'Kurser',
          'Undersøgelser og kontroller',
          'Hjemmeundervisning',
          'Lektielæsning',
          'Rengøring og praktiske gøremål',
          'Skolemøder',
          'Special skole/børnehave',
          'Strejke i dagtilbud / skole/SFO',
        ],
      },
      {
        after: 'Ydelse',
        until: 'Udgift til indskrivning',
        rows: [
          'Aktivitetsbeløb',
          'Autostol',
          'Barnedåb',
          'Barnepige',
          'Befordring',
          'Behandling',
          'Bleer',
          'Briller og kontaktlinser',
          'Computer',
          'Fritidsaktiviteter',
          'Hjælpemidler',
          'Institutionsbetaling',
          'Konfirmation',
          'Lejrskole/studietur',
          'Lektiehjælp',
          'Medicin',
          'Pas',
        ],
      },
    ],
  },
};

/** The sections and passages of the quoted sources, as `npm run passages` derives them. */
export type Passages = {
  /** Each section: its chapter (a Rudersdal service or appendix) and its heading or table row. */
  sections: { chapter?: string; section?: string }[];
  /** By reason source (`file: "quote"`): its section, and the whole sentence where the quote is cut off. */
  quotes: Record<string, { section: number; passage?: string }>;
};
