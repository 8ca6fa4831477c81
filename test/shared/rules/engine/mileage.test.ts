import { describe, expect, it } from 'vitest';
import { claim, codes, evaluate } from '../fixtures';

const mileage = (
  trips: { date: string; km: number; purpose: string }[],
  submittedAt = '2026-03-04T10:15:00+01:00',
) => claim({ benefit: 'ran-mileage', expenses: undefined, trips, submittedAt });

describe('driving at the state’s low rate', () => {
  it('pays km at the rate in force on the day of the trip', () => {
    const decision = evaluate(
      mileage([{ date: '2026-02-02', km: 34.5, purpose: 'Aflevering fra aflastning' }]),
    );
    expect(decision).toMatchObject({
      outcome: 'approvable',
      claimed: '78.66',
      payable: '78.66',
      lines: [{ quantity: 34.5, unit: 'km', claimed: '78.66', rule: 'ran-mileage/rate' }],
    });
  });

  it('uses the 2022 rate change on 1 May, not the rate on the payout date', () => {
    const decision = evaluate(
      mileage(
        [
          { date: '2022-04-30', km: 100, purpose: 'Til aflastning' },
          { date: '2022-05-01', km: 100, purpose: 'Til aflastning' },
        ],
        '2022-06-03T12:00:00+02:00',
      ),
    );
    expect(decision.lines.map((l) => l.claimed)).toEqual(['198.00', '217.00']);
    expect(decision.payable).toBe('415.00');
  });

  it('rounds each trip to whole øre, half up', () => {
    const decision = evaluate(
      mileage(
        [{ date: '2025-06-02', km: 12.3, purpose: 'Møde i Myndighedscentret' }],
        '2025-07-01T09:00:00+02:00',
      ),
    );
    expect(decision.payable).toBe('27.43');
  });

  it('accepts a trip reported by the 5th of the second month after it', () => {
    const decision = evaluate(
      mileage([{ date: '2026-01-31', km: 10, purpose: 'Til aflastning' }], '2026-03-05T20:00:00+01:00'),
    );
    expect(decision.outcome).toBe('approvable');
  });

  it('refuses a trip reported later than every second month', () => {
    const decision = evaluate(
      mileage(
        [
          { date: '2026-01-31', km: 10, purpose: 'Til aflastning' },
          { date: '2026-02-10', km: 20, purpose: 'Til aflastning' },
        ],
        '2026-03-06T08:00:00+01:00',
      ),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', claimed: '68.40', payable: '45.60' });
    expect(decision.lines[0]).toMatchObject({ payable: '0.00', rule: 'ran-mileage/late' });
    expect(codes(decision)).toContain('late-documentation');
  });

  it('rejects a claim whose every trip is late', () => {
    const decision = evaluate(
      mileage([{ date: '2025-11-10', km: 20, purpose: 'Til aflastning' }], '2026-01-06T08:00:00+01:00'),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
  });

  it('pays a Rudersdal relief family’s pick-up driving at the same rate', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-mileage-relief',
        expenses: undefined,
        trips: [{ date: '2026-02-02', km: 10, purpose: 'Hente barnet til aflastning' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '22.80' });
    expect(decision.deadlines).toEqual({});
  });

  it('suggests § 41 own-car driving but leaves it to the caseworker', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s41-transport-own-car',
        applicant: { role: 'parent' },
        expenses: undefined,
        trips: [{ date: '2026-02-02', km: 40, purpose: 'Kørsel til behandling' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '91.20' });
  });

  it('pays documented outlays with the driving (Randers: "Kørsel og dokumenterede udlæg")', () => {
    const decision = evaluate({
      ...mileage([{ date: '2026-02-02', km: 34.5, purpose: 'Aflevering fra aflastning' }]),
      expenses: [{ date: '2026-02-02', amount: '40.00', description: 'Parkering ved Myndighedscentret' }],
    });
    expect(decision).toMatchObject({ outcome: 'approvable', claimed: '118.66', payable: '118.66' });
    expect(decision.lines).toHaveLength(2);
  });
});
