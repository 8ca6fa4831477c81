import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BankingCalendar } from '../../shared/domain/banking-days';
import { isRunDay, manualSlot, nextSlot, todaysSlot } from '../../shared/payouts/schedule';

const calendar = new BankingCalendar();
const day = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' });

describe('payout run schedule', () => {
  it('names the batch after its scheduled time, 06:00 Copenhagen', () => {
    expect(nextSlot({ kind: 'banking-day' }, new Date('2026-03-04T04:15:00Z'), calendar)).toEqual({
      payoutDate: '2026-03-04',
      scheduledAt: '2026-03-04T05:00:00Z',
      batchId: '20260304T0600',
    });
  });

  it("gives as the next run today's until 06:00 Copenhagen and the next run day's after it", () => {
    const banking = { kind: 'banking-day' } as const;
    expect(nextSlot(banking, new Date('2026-03-04T05:00:00Z'), calendar).batchId).toBe('20260304T0600');
    expect(nextSlot(banking, new Date('2026-03-04T05:00:01Z'), calendar).batchId).toBe('20260305T0600');
    // Friday afternoon: the next run is Monday's.
    expect(nextSlot(banking, new Date('2026-03-06T14:00:00Z'), calendar).batchId).toBe('20260309T0600');
    // Weekly on Friday, asked on Friday afternoon: a week later.
    expect(nextSlot({ kind: 'weekly', weekday: 5 }, new Date('2026-03-06T14:00:00Z'), calendar).batchId).toBe(
      '20260313T0600',
    );
  });

  it('names a manual run after its second in Copenhagen and pays through the next run, never a slot id', () => {
    // Sunday 22 November 2026, 15:30:12 Copenhagen: the next run is Monday's.
    const slot = manualSlot({ kind: 'banking-day' }, new Date('2026-11-22T14:30:12.345Z'), calendar);

    expect(slot).toEqual({
      payoutDate: '2026-11-23',
      scheduledAt: '2026-11-22T14:30:12.345Z',
      batchId: '20261122T153012',
    });
    expect(slot.batchId).not.toBe(
      nextSlot({ kind: 'banking-day' }, new Date('2026-11-22T14:30:12Z'), calendar).batchId,
    );
    // Even at 06:00:00 on a run day the two ids differ.
    expect(manualSlot({ kind: 'banking-day' }, new Date('2026-11-23T05:00:00Z'), calendar).batchId).toBe(
      '20261123T060000',
    );
  });

  it('skips bank holidays: no run on Maundy Thursday 2026, the next on the Tuesday after Easter', () => {
    expect(todaysSlot({ kind: 'banking-day' }, new Date('2026-04-02T06:00:00Z'), calendar)).toBeUndefined();
    expect(nextSlot({ kind: 'banking-day' }, new Date('2026-04-02T06:00:00Z'), calendar).batchId).toBe(
      '20260407T0600',
    );
  });

  it('runs weekly on the weekday, moved to another banking day of the same week when the bank is closed', () => {
    expect(isRunDay({ kind: 'weekly', weekday: 5 }, day('2026-03-06'), calendar)).toBe(true);
    expect(isRunDay({ kind: 'weekly', weekday: 5 }, day('2026-03-05'), calendar)).toBe(false);
    // Easter Monday (6 April 2026) is closed: the Monday run moves to Tuesday.
    expect(isRunDay({ kind: 'weekly', weekday: 1 }, day('2026-04-07'), calendar)).toBe(true);
    // Good Friday (3 April) is closed and the next banking day is in the next week: Wednesday 1 April runs.
    expect(isRunDay({ kind: 'weekly', weekday: 5 }, day('2026-04-01'), calendar)).toBe(true);
  });

  it('runs monthly on the given day, or the next banking day', () => {
    expect(isRunDay({ kind: 'monthly', day: 1 }, day('2026-01-02'), calendar)).toBe(true);
    // 31 → 28 February 2026, a Saturday; the next banking day is in March, so Friday 27 February runs.
    expect(isRunDay({ kind: 'monthly', day: 31 }, day('2026-02-27'), calendar)).toBe(true);
    expect(isRunDay({ kind: 'monthly', day: 31 }, day('2026-03-02'), calendar)).toBe(false);
  });
});

describe('the payout cadence from configuration', () => {
  it('reads every banking day, a weekday and a day of the month', async () => {
    const { parseCadence } = await import('../../shared/payouts/schedule');
    expect(parseCadence('banking-day')).toEqual({ kind: 'banking-day' });
    expect(parseCadence('weekly:FRI')).toEqual({ kind: 'weekly', weekday: 5 });
    expect(parseCadence('monthly:25')).toEqual({ kind: 'monthly', day: 25 });
  });

  it('names the setting and the accepted forms when the value is wrong', async () => {
    const { parseCadence } = await import('../../shared/payouts/schedule');
    for (const wrong of ['daily', 'weekly:SAT', 'monthly:32', 'monthly:0', '']) {
      expect(() => parseCadence(wrong)).toThrow(/PAYOUT_CADENCE/);
    }
  });
});
