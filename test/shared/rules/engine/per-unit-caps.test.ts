import { describe, expect, it } from 'vitest';
import { claim, codes, evaluate } from '../fixtures';

const rudersdal = { municipality: 'rudersdal' as const, applicant: { role: 'foster-family' as const } };

describe('caps, thresholds and own shares apply per unit the source names (issue 10, class 1)', () => {
  it('caps each Randers car seat at 1.500 kr., and shows each seat’s cap on its lines', () => {
    const decision = evaluate(
      claim({
        expenses: [
          { date: '2026-02-20', amount: '1799.00', description: 'Autostol i-Size', unitRef: 'bil-1' },
          { date: '2026-02-20', amount: '1650.00', description: 'Autostol i-Size', unitRef: 'bil-2' },
        ],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '3000.00' });
    expect(decision.lines.map((l) => l.limit)).toEqual([
      { amount: '1500.00', per: 'item', unit: 'bil-1' },
      { amount: '1500.00', per: 'item', unit: 'bil-2' },
    ]);
    const capped = decision.reasons.filter((r) => r.code === 'amount-capped').map((r) => r.en);
    // Each seat is named by its first receipt as the family wrote it, not by the claim's own key.
    expect(capped).toEqual([
      'The benefit is at most DKK 1,500.00 each (Autostol i-Size, line 1).',
      'The benefit is at most DKK 1,500.00 each (Autostol i-Size, line 2).',
    ]);
  });

  it('takes receipts that do not name their seat as one seat each, and asks the caseworker', () => {
    const decision = evaluate(
      claim({
        expenses: [
          { date: '2026-02-20', amount: '1799.00', description: 'Autostol i-Size' },
          { date: '2026-02-21', amount: '1799.00', description: 'Autostol i-Size' },
        ],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '3000.00' });
  });

  it('caps each Rudersdal glasses frame at 2.000 kr.', () => {
    const decision = evaluate(
      claim({
        ...rudersdal,
        benefit: 'rud-glasses-frame',
        expenses: [
          { date: '2026-01-10', amount: '2400.00', description: 'Brillestel', unitRef: 'stel-1' },
          { date: '2026-02-10', amount: '2300.00', description: 'Brillestel', unitRef: 'stel-2' },
        ],
      }),
    );
    expect(decision.payable).toBe('4000.00');
    expect(decision.lines.map((l) => l.payable)).toEqual(['2000.00', '2000.00']);
  });

  it('judges Randers minor damage per damage event: under 300 kr. the family’s own, above it the insurer’s', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-property-damage',
        expenses: [
          { date: '2026-02-10', amount: '250.00', description: 'Knust glas', unitRef: 'skade-1' },
          { date: '2026-02-12', amount: '900.00', description: 'Ødelagt fjernsyn', unitRef: 'skade-2' },
        ],
      }),
    );
    expect(decision.outcome).toBe('needs-assessment');
    expect(decision.lines.map((l) => [l.payable, l.rule])).toEqual([
      ['0.00', 'ran-property-damage/threshold'],
      ['900.00', 'ran-property-damage/actual'],
    ]);
    expect(codes(decision)).toEqual(expect.arrayContaining(['below-threshold', 'needs-assessment']));
  });

  it('does not add small damage events together to pass the threshold', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-property-damage',
        expenses: [
          { date: '2026-02-10', amount: '200.00', description: 'Knust kop', unitRef: 'skade-1' },
          { date: '2026-02-12', amount: '200.00', description: 'Knust tallerken', unitRef: 'skade-2' },
        ],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
  });

  it('caps § 42 lost earnings per calendar month', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s42-taf',
        applicant: { role: 'parent' },
        child: { birthDate: '2015-01-01' },
        expenses: [
          { date: '2026-01-31', amount: '30000.00', description: 'Tabt arbejdsfortjeneste januar' },
          { date: '2026-02-27', amount: '20000.00', description: 'Tabt arbejdsfortjeneste februar' },
        ],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['28443.00', '20000.00']);
    expect(decision.lines.map((l) => l.limit?.unit)).toEqual(['2026-01', '2026-02']);
  });

  it('deducts the § 41 camp-school own payment once per camp', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s41-camp-school',
        applicant: { role: 'parent' },
        child: { birthDate: '2014-01-01' },
        expenses: [
          { date: '2026-01-20', amount: '3000.00', description: 'Lejrskole Bornholm', unitRef: 'lejr-1' },
          { date: '2026-02-20', amount: '4000.00', description: 'Lejrskole Skagen', unitRef: 'lejr-2' },
        ],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['500.00', '1500.00']);
    expect(codes(decision)).toContain('own-payment-deducted');
  });
});
