import { describe, expect, it } from 'vitest';
import { rateIdsOf } from '../../../shared/rules/catalogue';
import type { Benefit } from '../../../shared/rules/catalogue/schema';
import { catalogue } from './fixtures';

/** Amounts a text names: "1.500 kr.", "2,500 kr.", "3.000,- kr.", "DKK 1,500.00", in øre. */
function amountsIn(text: string): number[] {
  const pattern =
    /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})*(?:,\d{2})?)(?=\s*(?:kr\b|kr\.|,-))|DKK\s*(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)/g;
  return [...text.matchAll(pattern)].map((m) =>
    m[1] !== undefined
      ? Math.round(Number(m[1].replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.')) * 100)
      : Math.round(Number((m[2] ?? '').replace(/,/g, '')) * 100),
  );
}

/** The amounts in force now (each table's latest period) of the benefit's own rate tables. */
function rateAmounts(benefit: Benefit): number[] {
  const ids = new Set([
    ...rateIdsOf(benefit),
    ...catalogue.rates
      .all()
      .filter((t) => t.id.startsWith(benefit.id))
      .map((t) => t.id),
  ]);
  return catalogue.rates
    .all()
    .filter((t) => ids.has(t.id))
    .flatMap((t) => t.periods.slice(-1).map((p) => p.amount));
}

/** Every amount a benefit's name or summary names that no rate table of its own holds. */
function strayAmounts(benefit: Benefit): string[] {
  const known = rateAmounts(benefit);
  return [benefit.summary.da, benefit.summary.en, benefit.name.da, benefit.name.en].flatMap((text) =>
    amountsIn(text)
      .filter((ore) => !known.includes(ore))
      .map((ore) => `${benefit.id}: ${ore / 100} kr. in "${text}"`),
  );
}

describe('amounts in the catalogue texts', () => {
  it('are the amounts of the benefit’s own dated rate tables', () => {
    expect(catalogue.benefits.flatMap(strayAmounts)).toEqual([]);
  });

  it('are checked: a summary that differs from its rate table is found', () => {
    const seat = catalogue.byId.get('ran-car-seat');
    if (!seat) throw new Error('ran-car-seat missing');
    const stale = {
      ...seat,
      summary: { da: 'Tilskud på op til 1.400 kr.', en: 'A subsidy of up to DKK 1,400.00' },
    };
    expect(strayAmounts(stale)).toHaveLength(2);
    expect(strayAmounts(seat)).toEqual([]);
  });

  it('reads Danish and English amounts alike', () => {
    expect(amountsIn('højst 1.500 kr. og 28.443,00 kr.')).toEqual([150000, 2844300]);
    expect(amountsIn('at most 2,500 kr. or DKK 1,500.00')).toEqual([250000, 150000]);
  });
});
