import { dayText } from '../../domain/dates';
import { stateRates } from '../rates/state';
import { seedDocuments } from './documents';
import { passages } from './passages';
import { parseSource } from './quoted';

type Lang = 'da' | 'en';

/** A source as people read it: the document, where in it, and the words quoted (whole sentences). */
export type Citation = { document: string; place?: string; quote?: string };

/** The state's and KL's rates, which the seed documents refer to but do not set, by rate table. */
const authorities: Record<string, { da: string; en: string }> = {
  'state-low-mileage': {
    da: 'Skatterådets sats for skattefri kørselsgodtgørelse (statens laveste takst)',
    en: "The Danish Tax Council's rate for tax-free mileage allowance (the state's low rate)",
  },
  'kl-foster-fee-per-night': {
    da: 'KL’s vejledende takst for vederlag til plejefamilier',
    en: "KL's (Local Government Denmark) guideline rate for foster care fees",
  },
};

/** The rate periods the state and KL set, by the source text the rate tables give them. */
const stateSources = new Map(
  stateRates.flatMap((table) => table.periods.map((period) => [period.source, { table, period }] as const)),
);

/**
 * A reason's `source` (spec §3: `file: "quote"`, or a rate's origin) as people read it: the
 * document's title, the section the quote sits under and the whole sentence quoted; never the file
 * name. Undefined for a source the rules do not know.
 */
export function citationOf(source: string, lang: Lang): Citation | undefined {
  const quoted = parseSource(source);
  if (quoted) {
    const doc = seedDocuments[quoted.file];
    if (!doc) return undefined;
    const found = passages.quotes[source];
    const at = found ? passages.sections[found.section] : undefined;
    const section = lang === 'da' ? 'afsnit' : 'section';
    const place = [at?.chapter, at?.section && `${section} ${at.section}`].filter(Boolean).join(', ');
    return {
      document: doc.title[lang],
      ...(place ? { place } : {}),
      quote: found?.passage ?? quoted.quote,
    };
  }
  const rate = stateSources.get(source);
  if (!rate) return undefined;
  const authority = authorities[rate.table.id] ?? rate.table.name;
  const from = dayText(lang, rate.period.validFrom);
  return {
    document:
      lang === 'da'
        ? `${authority[lang]}, gældende fra ${from}`
        : `${authority[lang]}, in force from ${from}`,
  };
}

/**
 * "Randers Kommune, Håndbog for aflastningsfamilier, afsnit Autostol / selepude: »Autostol: kr.
 * 1.500«" (English: “…”). A source the rules do not know reads as the municipality's rules.
 */
export function citation(source: string, lang: Lang): string {
  const found = citationOf(source, lang);
  if (!found)
    return lang === 'da' ? 'Kommunens regler for ydelsen' : "The municipality's rules for the benefit";
  const where = [found.document, found.place].filter(Boolean).join(', ');
  if (!found.quote) return where;
  return lang === 'da' ? `${where}: »${found.quote}«` : `${where}: “${found.quote}”`;
}
