import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../../shared/rules/claim';
import { claim, codes, evaluate } from '../fixtures';

const s41 = (overrides: Partial<ClaimInput>) =>
  claim({
    municipality: 'rudersdal',
    applicant: { role: 'parent' },
    child: { birthDate: '2016-04-01' },
    ...overrides,
  });

describe('§ 41 extra costs and § 11 support', () => {
  it('deducts the 2.500 kr. own payment from a camp school in Denmark', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-camp-school',
        expenses: [{ date: '2026-02-01', amount: '3800.00', description: 'Lejrskole på Bornholm' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', claimed: '3800.00', payable: '1300.00' });
    expect(codes(decision)).toEqual(expect.arrayContaining(['own-payment-deducted', 'needs-assessment']));
  });

  it('refuses a camp school whose cost the own payment absorbs', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-camp-school',
        expenses: [{ date: '2026-02-01', amount: '2000.00', description: 'Lejrskole på Fanø' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
    expect(codes(decision)).toContain('own-payment-deducted');
  });

  it('refuses a camp school abroad: § 41 supports camp school in Denmark only', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-camp-school',
        expenses: [{ date: '2026-02-01', amount: '5000.00', description: 'Lejrskole i udlandet (Berlin)' }],
      }),
    );
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-covered');
  });

  it('refuses a summer camp under § 41', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-camp-school',
        expenses: [{ date: '2026-02-01', amount: '3800.00', description: 'Sommerlejr med spejderne' }],
      }),
    );
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-covered');
  });

  it('deducts 1.500 kr. per bicycle for a child under 6 and 2.500 kr. over 6', () => {
    const bike = (birthDate: string) =>
      s41({
        benefit: 'rud-s41-bicycle',
        child: { birthDate },
        expenses: [{ date: '2026-02-01', amount: '6000.00', description: 'Ladcykel' }],
      });
    expect(evaluate(bike('2021-01-01')).payable).toBe('4500.00');
    expect(evaluate(bike('2018-01-01')).payable).toBe('3500.00');
  });

  it('suggests the lower own payment for a child of exactly 6', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-bicycle',
        child: { birthDate: '2019-06-01' },
        expenses: [{ date: '2026-02-01', amount: '6000.00', description: 'Ladcykel' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '4500.00' });
  });

  it('deducts 5 pairs of shoes a year (2.500 kr.) from shoe wear', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-shoes',
        expenses: [
          { date: '2026-01-10', amount: '1800.00', description: 'Sko' },
          { date: '2026-02-10', amount: '1700.00', description: 'Sko' },
        ],
      }),
    );
    expect(decision).toMatchObject({ claimed: '3500.00', payable: '1000.00' });
  });

  it('prices encopresis bedding from the list, at most what was paid', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-encopresis-bedding',
        expenses: undefined,
        items: [
          { kind: 'mattress', quantity: 1, amount: '800.00' },
          { kind: 'duvet', quantity: 2, amount: '300.00' },
          { kind: 'pillow', quantity: 1, amount: '40.00' },
        ],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['300.00', '300.00', '40.00']);
    expect(decision).toMatchObject({ outcome: 'needs-assessment', claimed: '1140.00', payable: '640.00' });
    expect(codes(decision)).toContain('amount-capped');
  });

  it('pays food for one parent per night of a hospital stay and one return trip a day', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-hospital-stay',
        expenses: undefined,
        stays: [{ from: '2026-02-02T09:00:00+01:00', to: '2026-02-05T15:00:00+01:00' }],
        trips: [
          { date: '2026-02-03', km: 50, purpose: 'Hospital retur' },
          { date: '2026-02-03', km: 50, purpose: 'Hospital retur igen' },
        ],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['300.00', '114.00', '0.00']);
    expect(decision.payable).toBe('414.00');
  });

  it('does not pay transport on days outside the admission', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-hospital-stay',
        expenses: undefined,
        stays: [{ from: '2026-02-09T10:00:00+01:00', to: '2026-02-12T15:00:00+01:00' }],
        trips: [{ date: '2026-02-20', km: 30, purpose: 'Hospital' }],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['300.00', '0.00']);
    expect(codes(decision)).toContain('not-covered');
  });

  it('caps a holiday helper’s stay and travel at 4.000 kr. a week, with food on top', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s41-holiday-helper',
        submittedAt: '2026-08-03T10:00:00+02:00',
        stays: [{ from: '2026-07-04T12:00:00+02:00', to: '2026-07-11T10:00:00+02:00' }],
        expenses: [{ date: '2026-07-04', amount: '5200.00', description: 'Hjælperens værelse og rejse' }],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['700.00', '4000.00']);
    expect(decision.payable).toBe('4700.00');
  });

  it('caps § 11 leisure support at 2.500 kr. a year and assesses the means test', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s11-leisure',
        expenses: [{ date: '2026-02-01', amount: '3100.00', description: 'Fodbold kontingent og støvler' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '2500.00' });
  });

  it('counts earlier grants of the year against the § 11 leisure cap', () => {
    const decision = evaluate(
      s41({
        benefit: 'rud-s11-leisure',
        submittedAt: '2026-09-10T10:00:00+02:00',
        expenses: [{ date: '2026-09-01', amount: '1000.00', description: 'Svømning' }],
      }),
      { history: { grantedByYear: { '2026': 200000 } } },
    );
    expect(decision.payable).toBe('500.00');
  });
});
