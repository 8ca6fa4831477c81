import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../../shared/rules/claim';
import { claim, codes, evaluate } from '../fixtures';

const rud = (overrides: Partial<ClaimInput>) =>
  claim({ municipality: 'rudersdal', child: { birthDate: '2016-04-01' }, ...overrides });

describe('amount rules without a cap', () => {
  it('pays lenses after invoice in full (rud-lenses: "efter regning")', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-lenses',
        applicant: { role: 'foster-family' },
        expenses: [{ date: '2026-02-01', amount: '2350.00', description: 'Brilleglas' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '2350.00' });
    expect(decision.lines[0]?.rule).toBe('rud-lenses/actual');
  });

  it('leaves a percentage of pay the claim does not carry to assessment (relief holiday pay 12,5 %)', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-relief-holiday-pay',
        applicant: { role: 'relief-family' },
        expenses: [{ date: '2026-02-01', amount: '1250.00', description: 'Feriepenge' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '1250.00' });
    expect(codes(decision)).toContain('needs-assessment');
  });
});

describe('named calculators', () => {
  const parent = { role: 'parent' as const };

  it('pays extra washes above the weekly baseline at 10 kr. each, at most what was paid', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-s41-laundry',
        applicant: parent,
        expenses: undefined,
        items: [
          { kind: 'extra-wash', quantity: 20, amount: '260.00' },
          { kind: 'extra-wash', quantity: 10, amount: '50.00' },
        ],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['200.00', '50.00']);
    expect(decision.outcome).toBe('needs-assessment');
  });

  it('pays § 41 diet at the fixed monthly amounts and deducts normal food from association rates', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-s41-diet',
        applicant: parent,
        expenses: undefined,
        context: { priorApproval: { reference: 'R-1', date: '2025-12-01' } },
        items: [
          { kind: 'cancer-diet', quantity: 2 },
          { kind: 'energy-enriched', quantity: 1 },
          { kind: 'association-rate', quantity: 1, amount: '2000.00' },
        ],
      }),
    );
    expect(decision.lines.map((l) => [l.unit, l.payable])).toEqual([
      ['month', '800.00'],
      ['month', '250.00'],
      ['month', '560.00'],
    ]);
    expect(codes(decision)).toContain('own-payment-deducted');
    expect(codes(decision)).not.toContain('prior-approval-required');
  });

  it('asks whether § 41 diet was applied for before the expense', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-s41-diet',
        applicant: parent,
        expenses: undefined,
        items: [{ kind: 'cancer-diet', quantity: 1 }],
      }),
    );
    expect(codes(decision)).toContain('prior-approval-required');
  });
});
