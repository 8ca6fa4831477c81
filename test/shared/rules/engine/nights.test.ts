import { describe, expect, it } from 'vitest';
import { hotelNights } from '../../../../shared/rules/engine/nights';
import { claim, codes, evaluate } from '../fixtures';

const stay = (from: string, to: string) => ({ from, to });

describe('hotel nights', () => {
  it.each([
    ['Friday 14:00 to Sunday 20:00', '2026-02-06T14:00:00+01:00', '2026-02-08T20:00:00+01:00', 2],
    ['Friday to Saturday', '2026-02-06T16:00:00+01:00', '2026-02-07T10:00:00+01:00', 1],
    ['Friday to Monday', '2026-02-06T16:00:00+01:00', '2026-02-09T08:00:00+01:00', 3],
    ['a day without an overnight', '2026-02-06T08:00:00+01:00', '2026-02-06T20:00:00+01:00', 0],
    ['across the switch to summer time', '2026-03-28T12:00:00+01:00', '2026-03-30T12:00:00+02:00', 2],
  ])('counts %s as %i', (_label, from, to, nights) => {
    expect(hotelNights(stay(from, to))).toHaveLength(nights);
  });

  it('counts in Copenhagen time whatever offset the stay is written in', () => {
    expect(hotelNights(stay('2026-02-06T23:30:00Z', '2026-02-08T19:00:00Z'))).toHaveLength(1);
  });

  it('lists a Randers relief stay in nights and leaves the fee to the caseworker', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-relief-fee',
        expenses: undefined,
        stays: [stay('2026-02-06T14:00:00+01:00', '2026-02-08T20:00:00+01:00')],
      }),
    );
    expect(decision.outcome).toBe('needs-assessment');
    expect(decision.lines).toEqual([expect.objectContaining({ quantity: 2, unit: 'night' })]);
  });

  it('caps Rudersdal relief at 14 nights in a month', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-relief-cap-handbook',
        expenses: undefined,
        stays: [stay('2026-02-01T10:00:00+01:00', '2026-02-17T10:00:00+01:00')],
      }),
    );
    expect(decision.lines[0]).toMatchObject({ quantity: 16, payableQuantity: 14 });
    expect(codes(decision)).toContain('amount-capped');
  });

  it('caps Rudersdal relief at 60 nights a year, counting nights already granted', () => {
    const nightsByMonth = { '2026-01': 14, '2026-02': 14, '2026-03': 14, '2026-04': 14 };
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-relief-cap-handbook',
        expenses: undefined,
        submittedAt: '2026-06-10T10:00:00+02:00',
        stays: [stay('2026-05-01T10:00:00+02:00', '2026-05-08T10:00:00+02:00')],
      }),
      { history: { nightsByMonth } },
    );
    expect(decision.lines[0]).toMatchObject({ quantity: 7, payableQuantity: 4 });
  });
});
