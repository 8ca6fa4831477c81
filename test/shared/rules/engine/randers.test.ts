import { describe, expect, it } from 'vitest';
import { claim, codes, evaluate } from '../fixtures';

describe('Randers supplements', () => {
  it('caps a Randers car seat at 1.500 kr. and quotes the handbook', () => {
    const decision = evaluate(claim());
    expect(decision).toMatchObject({
      outcome: 'approvable',
      claimed: '1799.00',
      payable: '1500.00',
      decidedBy: 'administration',
      deadlines: { payoutBy: '2026-04-30' },
      lines: [
        {
          description: 'Autostol',
          quantity: 1,
          unit: 'item',
          claimed: '1799.00',
          payable: '1500.00',
          rule: 'ran-car-seat/max',
        },
      ],
    });
    expect(decision.reasons).toContainEqual(
      expect.objectContaining({
        code: 'amount-capped',
        source: '000_c74158a5613874a4.txt: "Autostol: kr. 1.500"',
      }),
    );
  });

  it('pays a car seat cheaper than the cap in full', () => {
    const decision = evaluate(
      claim({ expenses: [{ date: '2026-02-20', amount: '1200.00', description: 'Autostol i-Size' }] }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '1200.00' });
    expect(codes(decision)).not.toContain('amount-capped');
  });

  it('caps a booster cushion at 250 kr.', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-booster-cushion',
        expenses: [{ date: '2026-02-20', amount: '399.95', description: 'Selepude, ECE R44/04' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '250.00' });
  });

  it('caps several receipts for one car seat together when they name the same seat', () => {
    const decision = evaluate(
      claim({
        expenses: [
          { date: '2026-02-20', amount: '1000.00', description: 'Autostol', unitRef: 'stol-1' },
          { date: '2026-02-21', amount: '800.00', description: 'Base til autostol', unitRef: 'stol-1' },
        ],
      }),
    );
    expect(decision.payable).toBe('1500.00');
    expect(decision.lines.map((l) => l.payable)).toEqual(['1000.00', '500.00']);
    expect(decision.lines[1]?.limit).toEqual({ amount: '1500.00', per: 'item', unit: 'stol-1' });
  });

  it('rejects a parent claiming a relief family supplement as not eligible', () => {
    const decision = evaluate(claim({ applicant: { role: 'parent' } }));
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00', deadlines: {} });
    expect(codes(decision)).toContain('not-eligible');
  });

  it('pays the payout by the last banking day of the month after the documentation arrived', () => {
    const decision = evaluate(claim({ submittedAt: '2026-04-20T09:00:00+02:00' }));
    expect(decision.deadlines.payoutBy).toBe('2026-05-29');
  });

  it("refuses last year's receipts that arrive after 5 January", () => {
    const decision = evaluate(
      claim({
        submittedAt: '2026-01-06T09:00:00+01:00',
        expenses: [{ date: '2025-12-20', amount: '1500.00', description: 'Autostol i-Size' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
    expect(codes(decision)).toContain('late-documentation');
  });

  it("accepts last year's receipts that arrive on 5 January", () => {
    const decision = evaluate(
      claim({
        submittedAt: '2026-01-05T23:30:00+01:00',
        expenses: [{ date: '2025-12-20', amount: '1500.00', description: 'Autostol i-Size' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '1500.00' });
  });

  it('leaves diapers from age 5 to an agreement with Administrationen', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-incontinence',
        child: { birthDate: '2020-01-10' },
        expenses: [{ date: '2026-02-01', amount: '300.00', description: 'Bleer' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '300.00' });
  });

  it('refuses diapers for a child under 5', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-incontinence',
        child: { birthDate: '2021-06-01' },
        expenses: [{ date: '2026-02-01', amount: '300.00', description: 'Bleer' }],
      }),
    );
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-eligible');
  });

  it('asks for the prior contact a holiday needs', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-holiday',
        expenses: [{ date: '2026-02-01', amount: '4000.00', description: 'Sommerhus' }],
      }),
    );
    expect(decision.outcome).toBe('needs-assessment');
    expect(codes(decision)).toContain('prior-approval-required');
  });

  it('does not ask for prior approval when the records show it was given before the expense', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-holiday',
        expenses: [{ date: '2026-02-01', amount: '4000.00', description: 'Sommerhus' }],
        context: { priorApproval: { reference: 'J-2026-17', date: '2026-01-10' } },
      }),
    );
    expect(codes(decision)).not.toContain('prior-approval-required');
  });

  it('leaves damage under 300 kr. to the relief family', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-property-damage',
        expenses: [{ date: '2026-02-01', amount: '299.99', description: 'Knust vase' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
    expect(codes(decision)).toContain('below-threshold');
  });

  it("sends damage from 300 kr. through the caseworker to the municipality's insurer", () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-property-damage',
        expenses: [{ date: '2026-02-01', amount: '300.00', description: 'Knust lampe' }],
      }),
    );
    expect(decision).toMatchObject({
      outcome: 'needs-assessment',
      payable: '300.00',
      decidedBy: 'caseworker',
    });
    expect(decision.reasons.find((r) => r.code === 'needs-assessment')?.en).toMatch(/insurer/);
  });

  it('refuses excluded damage without calling it below the threshold', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-property-damage',
        expenses: [{ date: '2026-02-01', amount: '600.00', description: 'Ulykkesforsikring' }],
      }),
    );
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toEqual(['not-covered']);
  });

  it('gives a rejected role only the reason for the rejection', () => {
    const decision = evaluate(claim({ applicant: { role: 'foster-family' } }));
    expect(codes(decision)).toEqual(['not-eligible']);
    expect(decision.lines[0]).toMatchObject({ claimed: '1799.00', payable: '0.00' });
  });

  it('shows driving on a car-seat claim as a line the benefit does not cover', () => {
    const decision = evaluate(claim({ trips: [{ date: '2026-02-02', km: 10, purpose: 'Hente autostol' }] }));
    expect(decision).toMatchObject({ outcome: 'approvable', claimed: '1821.80', payable: '1500.00' });
    expect(decision.lines[1]).toMatchObject({
      unit: 'km',
      quantity: 10,
      payable: '0.00',
      rule: 'ran-car-seat/not-covered',
    });
    expect(codes(decision)).toContain('not-covered');
  });

  it('writes amounts the Danish way in Danish and the English way in English, without a doubled full stop', () => {
    const reason = evaluate(claim()).reasons.find((r) => r.code === 'amount-capped');
    expect(reason?.da).toBe('Ydelsen er højst 1.500,00 kr. pr. stk. (Autostol, linje 1).');
    expect(reason?.en).toBe('The benefit is at most DKK 1,500.00 each (Autostol, line 1).');
  });
});
