import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDkk } from '../../../shared/domain/money';
import type { Benefit } from '../../../shared/rules/catalogue/schema';
import type { Claim, ClaimInput } from '../../../shared/rules/claim';
import { decisionToJson } from '../../../shared/rules/decision';
import { evaluateClaim } from '../../../shared/rules/engine/evaluate';
import { validateClaim } from '../../../shared/rules/validate';
import { catalogue } from './fixtures';

/** The cap of a benefit and the unit it is per, where its amount rule names one. */
function capOf(benefit: Benefit): { rate: string; per: string } | undefined {
  const amount = benefit.amount;
  if (amount.kind === 'fixed' || amount.kind === 'cap') return { rate: amount.rate, per: amount.per };
  if (amount.kind === 'discretionary' && amount.cap) return { rate: amount.cap, per: amount.per };
  return undefined;
}

/** How many units of `per` a claim holds: receipts and pieces for items, distinct months or years. */
function unitsOf(claim: Claim, per: string): number {
  const received = claim.submittedAt.slice(0, 10);
  const dates = [
    ...(claim.expenses ?? []).map((e) => e.date),
    ...(claim.items ?? []).map((i) => i.date ?? received),
  ];
  if (per === 'month') return Math.max(1, new Set(dates.map((d) => d.slice(0, 7))).size);
  if (per === 'year') return Math.max(1, new Set(dates.map((d) => d.slice(0, 4))).size);
  if (per === 'item' || per === 'event') {
    return (claim.expenses ?? []).length + (claim.items ?? []).reduce((sum, i) => sum + i.quantity, 0);
  }
  return 1;
}

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
const ore = fc.integer({ min: 0, max: 5_000_000 });
const expense = fc.record({
  date: day,
  amount: ore.map(formatDkk),
  description: fc.constantFrom('Autostol', 'Udstyr', 'Kvittering'),
});
const role = fc.constantFrom('relief-family', 'foster-family', 'network-foster-family', 'parent' as const);

/** Random valid claims across every benefit of both municipalities. */
const anyClaim = fc
  .record({
    benefit: fc.constantFrom(...catalogue.benefits),
    role,
    expenses: fc.array(expense, { minLength: 1, maxLength: 5 }),
    trips: fc.array(
      fc.record({
        date: day,
        km: fc.integer({ min: 1, max: 100_000 }).map((k) => k / 100),
        purpose: fc.constant('Kørsel'),
      }),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    nights: fc.integer({ min: 0, max: 40 }),
    quantity: fc.integer({ min: 1, max: 5 }),
    itemAmount: ore,
    birthYear: fc.integer({ min: 2008, max: 2025 }),
    weightKg: fc.integer({ min: 3, max: 60 }),
    schoolGrade: fc.integer({ min: 0, max: 10 }),
  })
  .map(
    ({
      benefit,
      role,
      expenses,
      trips,
      nights,
      quantity,
      itemAmount,
      birthYear,
      weightKg,
      schoolGrade,
    }): ClaimInput => {
      const kinds = catalogue.itemKinds(benefit) ?? ['item'];
      return {
        municipality: benefit.municipality,
        benefit: benefit.id,
        applicant: { role: role as 'parent' },
        submittedAt: '2026-03-04T10:15:00+01:00',
        child: { birthDate: `${birthYear}-01-15`, weightKg, schoolGrade, placementStart: '2026-01-15' },
        expenses,
        trips,
        stays: [
          {
            from: '2026-01-01T12:00:00+01:00',
            to: DateTime.fromISO('2026-01-01T12:00:00+01:00').plus({ days: nights, hours: 1 }).toISO() ?? '',
          },
        ],
        items: kinds.map((kind) => ({ kind, quantity, amount: formatDkk(itemAmount) })),
      };
    },
  );

describe('payable, whatever the claim', () => {
  it('is never negative, never above claimed, never above a cap; rejected pays nothing', () => {
    fc.assert(
      fc.property(anyClaim, (input) => {
        const check = validateClaim(input, catalogue);
        if (!check.ok) return true;
        const d = evaluateClaim(catalogue, check.claim);
        expect(d.payable).toBeGreaterThanOrEqual(0);
        expect(d.payable).toBeLessThanOrEqual(d.claimed);
        for (const line of d.lines) {
          expect(line.payable).toBeGreaterThanOrEqual(0);
          expect(line.payable).toBeLessThanOrEqual(line.claimed);
        }
        const benefit = catalogue.byId.get(input.benefit);
        const cap = benefit ? capOf(benefit) : undefined;
        const rate = cap ? catalogue.rates.at(cap.rate, '2026-02-28') : undefined;
        if (cap && rate) expect(d.payable).toBeLessThanOrEqual(rate.amount * unitsOf(check.claim, cap.per));
        if (d.outcome === 'rejected') expect(d.payable).toBe(0);
        expect(decisionToJson(d).payable).toMatch(/^\d+\.\d{2}$/);
        return true;
      }),
      { numRuns: 1500 },
    );
  });

  it('validates most generated claims, so the property above is not vacuous', () => {
    const samples = fc.sample(anyClaim, { numRuns: 500, seed: 42 });
    const valid = samples.filter((input) => validateClaim(input, catalogue).ok).length;
    expect(valid).toBeGreaterThan(400);
  });
});

describe('a line’s eligibility, whatever the other lines', () => {
  const dated = fc
    .integer({ min: 0, max: 790 })
    .map((d) => DateTime.fromISO('2024-01-01').plus({ days: d }).toISODate() ?? '');
  const lineOf = (input: ClaimInput, index: number) => {
    const check = validateClaim(input, catalogue);
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    return decisionToJson(evaluateClaim(catalogue, check.claim)).lines[index];
  };

  it('depends only on the line’s own date: age limits judged alone and among others agree', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('rud-s41-glasses', 'ran-incontinence', 'rud-s42-taf', 'rud-diapers-foster'),
        fc.integer({ min: 2005, max: 2023 }),
        fc.array(dated, { minLength: 1, maxLength: 6 }),
        (id, birthYear, dates) => {
          const benefit = catalogue.byId.get(id);
          if (!benefit) return false;
          const base: ClaimInput = {
            municipality: benefit.municipality,
            benefit: id,
            applicant: { role: benefit.applicants.eligible[0] ?? 'parent' },
            submittedAt: '2026-03-04T10:15:00+01:00',
            child: { birthDate: `${birthYear}-06-15` },
          };
          const expenses = dates.map((date) => ({ date, amount: '100.00', description: 'Udgift' }));
          expenses.forEach((expense, index) => {
            const together = lineOf({ ...base, expenses }, index);
            const alone = lineOf({ ...base, expenses: [expense] }, 0);
            expect(together?.rule.endsWith('/not-eligible')).toBe(alone?.rule.endsWith('/not-eligible'));
          });
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('depends only on the trip’s own purpose: refused alone exactly when refused among others', () => {
    const purpose = fc.constantFrom(
      'Aflevering fra aflastning',
      'Kørsel til tandlæge',
      'Samvær med mor',
      'Kørsel',
      'Til skole',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('ran-mileage', 'rud-mileage-relief', 'rud-mileage-foster'),
        fc.array(fc.record({ date: day, purpose }), { minLength: 1, maxLength: 6 }),
        (id, raw) => {
          const benefit = catalogue.byId.get(id);
          if (!benefit) return false;
          const base: ClaimInput = {
            municipality: benefit.municipality,
            benefit: id,
            applicant: { role: benefit.applicants.eligible[0] ?? 'parent' },
            submittedAt: '2026-03-04T10:15:00+01:00',
            child: { birthDate: '2015-06-15' },
          };
          const trips = raw.map((t) => ({ ...t, km: 12 }));
          trips.forEach((trip, index) => {
            expect(lineOf({ ...base, trips }, index)?.rule).toBe(lineOf({ ...base, trips: [trip] }, 0)?.rule);
          });
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('payable per unit', () => {
  it('never exceeds the per-unit cap times the number of units, for seats, frames and damage events', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'ran-car-seat',
          'ran-booster-cushion',
          'rud-glasses-frame',
          'rud-computer',
          'rud-bike-helmet',
        ),
        fc.array(fc.record({ amount: ore.map(formatDkk), unit: fc.constantFrom('a', 'b', 'c', undefined) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (id, receipts) => {
          const benefit = catalogue.byId.get(id);
          const cap = benefit ? capOf(benefit) : undefined;
          if (!benefit || !cap) return false;
          const expenses = receipts.map((r) => ({
            date: '2026-02-20',
            amount: r.amount,
            description: 'Autostol i-Size',
            ...(r.unit ? { unitRef: r.unit } : {}),
          }));
          const input: ClaimInput = {
            municipality: benefit.municipality,
            benefit: id,
            applicant: { role: benefit.applicants.eligible[0] ?? 'parent' },
            submittedAt: '2026-03-04T10:15:00+01:00',
            child: { birthDate: '2012-06-15', schoolGrade: 8, placementStart: '2026-02-01' },
            expenses,
          };
          const check = validateClaim(input, catalogue);
          if (!check.ok) return true;
          const units = new Set(receipts.map((r, i) => r.unit ?? `#${i}`)).size;
          const rate = catalogue.rates.at(cap.rate, '2026-02-20');
          const d = evaluateClaim(catalogue, check.claim);
          expect(d.payable).toBeLessThanOrEqual((rate?.amount ?? 0) * units);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
