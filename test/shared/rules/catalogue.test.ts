import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rateIdsOf } from '../../../shared/rules/catalogue';
import { deadlineSources } from '../../../shared/rules/engine/deadlines';
import { catalogue } from './fixtures';

const sources = join(import.meta.dirname, '../../../docs/sources');
const read = (file: string) => readFileSync(join(sources, file), 'utf8');
const seedLines = {
  '000_c74158a5613874a4.txt': read('000_c74158a5613874a4.txt').split('\n'),
  '004_2ef01a3e92adb0b8.txt': read('004_2ef01a3e92adb0b8.txt').split('\n'),
};

/** The ids of rules-catalogue.md §1, read from its tables. */
function catalogueIds(): string[] {
  const section1 = read('rules-catalogue.md').split('\n## 2.')[0] ?? '';
  return [...section1.matchAll(/^\| ((?:ran|rud)-[a-z0-9-]+) \|/gm)].map((m) => m[1] ?? '');
}

describe('the benefit catalogue', () => {
  it('holds every id of rules-catalogue.md §1, and nothing else', () => {
    const ids = catalogueIds();
    expect(ids).toHaveLength(111);
    expect(catalogue.benefits.map((b) => b.id).sort()).toEqual([...ids].sort());
  });

  it('quotes every entry verbatim from the line of the seed file it names', () => {
    for (const benefit of catalogue.benefits) {
      expect(benefit.sources.length, benefit.id).toBeGreaterThan(0);
      for (const source of benefit.sources) {
        expect(
          seedLines[source.file][source.line - 1],
          `${benefit.id} ${source.file}:${source.line}`,
        ).toContain(source.quote);
      }
    }
  });

  it('quotes the exclusions, time rules, trip purposes and seat approvals verbatim too', () => {
    const quoted = [
      ...catalogue.exclusions.flatMap((x) => x.sources),
      ...Object.values(deadlineSources),
      ...catalogue.benefits.flatMap((b) => [
        ...(b.approval ? [b.approval.source] : []),
        ...(b.tripPurposes
          ? [
              b.tripPurposes.paidSource,
              b.tripPurposes.otherwiseSource,
              b.tripPurposes.boardAndLodgingSource ?? [],
            ].flat()
          : []),
      ]),
    ];
    for (const source of quoted) {
      expect(seedLines[source.file][source.line - 1], `${source.file}:${source.line}`).toContain(
        source.quote,
      );
    }
  });

  it('refers only to rate tables that exist, each with a source on every period', () => {
    for (const benefit of catalogue.benefits) {
      for (const id of rateIdsOf(benefit))
        expect(catalogue.rates.has(id), `${benefit.id} → ${id}`).toBe(true);
    }
    for (const table of catalogue.rates.all()) {
      for (const period of table.periods) expect(period.source.length, table.id).toBeGreaterThan(3);
    }
  });

  it('cites rate sources from the seed files as `file: "quote"`, the quote verbatim in that file', () => {
    for (const table of catalogue.rates.all()) {
      for (const period of table.periods) {
        const file = Object.keys(seedLines).find((f) => period.source.startsWith(f)) as
          | keyof typeof seedLines
          | undefined;
        if (!file) continue;
        const match = /^[^:]+: "(.+)"$/.exec(period.source);
        expect(match, `${table.id}: ${period.source}`).not.toBeNull();
        expect(
          seedLines[file].some((line) => line.includes(match?.[1] ?? '\u0000')),
          `${table.id}: ${period.source}`,
        ).toBe(true);
      }
    }
  });

  it('writes a decision beside the rules for every ambiguity of §5', () => {
    const decided = new Set(catalogue.benefits.flatMap((b) => b.decisions.map((d) => d.ambiguity)));
    const listed = [...read('rules-catalogue.md').matchAll(/^\* \*\*(A-\d+) /gm)].map((m) => m[1]);
    expect(listed).toHaveLength(27);
    for (const ambiguity of listed) expect(decided, ambiguity).toContain(ambiguity);
  });

  it('keeps the in-repository sources identical to the shared originals where those are present', () => {
    const shared = join(import.meta.dirname, '../../../../shared');
    const pairs = [
      ['seeds/000_c74158a5613874a4.txt', '000_c74158a5613874a4.txt'],
      ['seeds/004_2ef01a3e92adb0b8.txt', '004_2ef01a3e92adb0b8.txt'],
      ['domain/rules-catalogue.md', 'rules-catalogue.md'],
    ] as const;
    for (const [original, copy] of pairs) {
      const path = join(shared, original);
      if (existsSync(path)) expect(readFileSync(path, 'utf8')).toBe(read(copy));
    }
  });
});
