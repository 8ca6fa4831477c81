import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvChunks } from '../../shared/payouts/csv';
import { lineReference, type PayoutLine } from '../../shared/payouts/lines';
import { painChunks } from '../../shared/payouts/pain001';
import { PAYERS } from './fixtures';

const collect = async (chunks: AsyncIterable<string>) => {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
};

async function* from<T>(items: T[]) {
  yield* items;
}

/** Parses "1234.56" into øre without floats. */
const ore = (dkk: string) => {
  const [kr = '0', fraction = '00'] = dkk.split('.');
  return Number(kr) * 100 + Number(fraction);
};

const arbLines = fc.array(
  fc.record({
    amountOre: fc.integer({ min: 1, max: 99_999_999 }),
    municipality: fc.constantFrom('randers', 'rudersdal'),
  }),
  { minLength: 1, maxLength: 60 },
);

function toLines(items: { amountOre: number; municipality: string }[]): PayoutLine[] {
  return items.map((item, i) => ({
    ...item,
    reference: lineReference('20260304T0600', `app${i}`),
    cpr: '0101011234',
    payoutDate: '2026-03-04',
    text: 'Tilskud',
    posting: '5.28.21/x',
  }));
}

describe('payout file totals', () => {
  it('always match the lines: NbOfTxs and CtrlSum per file and per payment instruction, in øre', async () => {
    await fc.assert(
      fc.asyncProperty(arbLines, async (items) => {
        const lines = toLines(items);
        const groups = ['randers', 'rudersdal'].map((municipality) => {
          const mine = lines.filter((l) => l.municipality === municipality);
          return {
            municipality,
            count: mine.length,
            sumOre: mine.reduce((s, l) => s + l.amountOre, 0),
            payer: PAYERS[municipality as keyof typeof PAYERS],
            pmtInfId: `20260304T0600-${municipality}`,
            lines: () => from(mine),
          };
        });
        const xml = await collect(
          painChunks(
            { msgId: 'M', createdAt: '2026-03-04T05:00:00Z', initiatingParty: 'X', payoutDate: '2026-03-04' },
            groups,
          ),
        );
        const amounts = [...xml.matchAll(/<InstdAmt Ccy="DKK">([\d.]+)<\/InstdAmt>/g)].map((m) =>
          ore(m[1] ?? ''),
        );
        const total = lines.reduce((s, l) => s + l.amountOre, 0);
        const header = /<GrpHdr>.*<NbOfTxs>(\d+)<\/NbOfTxs><CtrlSum>([\d.]+)<\/CtrlSum>/.exec(xml);
        expect(Number(header?.[1])).toBe(lines.length);
        expect(ore(header?.[2] ?? '')).toBe(total);
        expect(amounts).toHaveLength(lines.length);
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(total);
        for (const block of xml.split('<PmtInf>').slice(1)) {
          const own = [...block.matchAll(/<InstdAmt Ccy="DKK">([\d.]+)</g)].map((m) => ore(m[1] ?? ''));
          expect(Number(/<NbOfTxs>(\d+)</.exec(block)?.[1])).toBe(own.length);
          expect(ore(/<CtrlSum>([\d.]+)</.exec(block)?.[1] ?? '')).toBe(own.reduce((s, a) => s + a, 0));
        }
        const text = await collect(csvChunks(from(lines), { count: lines.length, sumOre: total }));
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const rows = text.slice(0, -2).split('\r\n');
        const payouts = rows.slice(1, -1).map((row) => row.split(';'));
        const trailer = rows.at(-1)?.split(';') ?? [];
        expect(rows[0]).toBe(CSV_HEADER);
        expect(payouts).toHaveLength(lines.length);
        expect(payouts.every((row) => /^\d{10}$/.test(row[0] ?? ''))).toBe(true);
        const lineSum = payouts.map((row) => ore(row[1] ?? '')).reduce((s, a) => s + a, 0);
        expect(lineSum).toBe(total);
        // The trailer: TOTAL, the lines' sum as they write amounts, their count as payment text.
        expect(trailer).toHaveLength(CSV_HEADER.split(';').length);
        expect(trailer[0]).toBe('TOTAL');
        expect(trailer[1]).toMatch(/^\d+\.\d{2}$/);
        expect(ore(trailer[1] ?? '')).toBe(lineSum);
        expect(trailer[3]).toBe(`"${payouts.length}"`);
        expect([trailer[2], trailer[4], trailer[5]]).toEqual(['', '', '']);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to finish a file whose lines disagree with the batch totals', async () => {
    const lines = toLines([{ amountOre: 100, municipality: 'randers' }]);
    const group = {
      municipality: 'randers',
      count: 2,
      sumOre: 200,
      payer: PAYERS.randers,
      pmtInfId: 'P',
      lines: () => from(lines),
    };

    await expect(
      collect(
        painChunks(
          { msgId: 'M', createdAt: '2026-03-04T05:00:00Z', initiatingParty: 'X', payoutDate: '2026-03-04' },
          [group],
        ),
      ),
    ).rejects.toThrow(/expected 2/);
  });

  it('refuses to finish a CSV whose lines disagree with the batch totals', async () => {
    const lines = toLines([{ amountOre: 100, municipality: 'randers' }]);

    await expect(collect(csvChunks(from(lines), { count: 1, sumOre: 101 }))).rejects.toThrow(/expected 1/);
    await expect(collect(csvChunks(from(lines), { count: 2, sumOre: 100 }))).rejects.toThrow(/expected 2/);
  });

  it('streams the CSV: the first lines leave before the last are read, the trailer comes last', async () => {
    const total = 5_000;
    let read = 0;
    async function* slow() {
      for (const line of toLines(
        Array.from({ length: total }, () => ({ amountOre: 12_345, municipality: 'randers' })),
      )) {
        read++;
        yield line;
      }
    }
    const readWhenChunked: number[] = [];
    let last = '';
    for await (const chunk of csvChunks(slow())) {
      readWhenChunked.push(read);
      last = chunk;
    }

    // The header, then chunks of about 64 KB while lines are still unread.
    expect(readWhenChunked.filter((n) => n > 0 && n < total).length).toBeGreaterThan(1);
    expect(last.endsWith(`TOTAL;617250.00;;"${total}";;\r\n`)).toBe(true);
  });

  it('gives every line a unique EndToEndId of at most 35 characters, new in a later batch', () => {
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => lineReference('20260304T0600', `app${i}`)));

    expect(ids.size).toBe(1000);
    expect([...ids].every((id) => id.length <= 35)).toBe(true);
    expect(lineReference('20260305T0600', 'app1')).not.toBe(lineReference('20260304T0600', 'app1'));
  });
});
