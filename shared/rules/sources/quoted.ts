import type { Catalogue } from '../catalogue';
import type { Source } from '../catalogue/schema';
import { deadlineSources } from '../engine/deadlines';

/** A quote the rules may cite, with its line when the catalogue names one. */
export type Quoted = { file: string; quote: string; line?: number };

const seedQuote = /^(\d{3}_[0-9a-f]{16}\.txt): "(.+)"$/s;

/** Splits a reason's source (`file: "quote"`) into file and quote, when it quotes a seed document. */
export function parseSource(source: string): { file: string; quote: string } | undefined {
  const match = seedQuote.exec(source);
  return match ? { file: match[1] as string, quote: match[2] as string } : undefined;
}

/** A quote as a reason's `source` names it: `file: "quote"` (spec §3). */
export const sourceKey = (q: { file: string; quote: string }) => `${q.file}: "${q.quote}"`;

/**
 * Every quote a decision's reasons can name: the benefits', the exclusions', the time rules', the
 * trip purposes' and seat approvals', and the rate tables' taken from the seed documents.
 */
export function quotedSources(catalogue: Catalogue): Quoted[] {
  const sources: Source[] = [
    ...catalogue.benefits.flatMap((b) => [
      ...b.sources,
      ...(b.approval ? [b.approval.source] : []),
      ...(b.tripPurposes
        ? [b.tripPurposes.paidSource, b.tripPurposes.otherwiseSource, b.tripPurposes.boardAndLodgingSource]
        : []),
    ]),
    ...catalogue.exclusions.flatMap((x) => x.sources),
    ...Object.values(deadlineSources),
  ].filter((s): s is Source => s !== undefined);
  const fromRates = catalogue.rates
    .all()
    .flatMap((table) => table.periods.map((p) => parseSource(p.source)))
    .filter((q): q is { file: string; quote: string } => q !== undefined);
  const all: Quoted[] = [...sources, ...fromRates];
  const seen = new Set<string>();
  return all.filter((q) => {
    const key = sourceKey(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
