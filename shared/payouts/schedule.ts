import { DateTime } from 'luxon';
import type { BankingCalendar } from '../domain/banking-days';
import { ZONE } from '../domain/dates';

/** How often a municipality pays out: every banking day, once a week, or once a month. */
export type Cadence =
  | { kind: 'banking-day' }
  /** ISO weekday, 1 = Monday; a closed day moves as in `runDayOfPeriod`. */
  | { kind: 'weekly'; weekday: number }
  /** Day of the month (past the month's end: its last day); a closed day moves as in `runDayOfPeriod`. */
  | { kind: 'monthly'; day: number };

const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI'];

/**
 * Reads a cadence from configuration: `banking-day`, `weekly:FRI` (MON–FRI) or `monthly:25`
 * (day 1–31). Throws naming the setting and the accepted forms.
 */
export function parseCadence(text: string): Cadence {
  if (text === 'banking-day') return { kind: 'banking-day' };
  const weekly = /^weekly:(MON|TUE|WED|THU|FRI)$/.exec(text);
  if (weekly) return { kind: 'weekly', weekday: WEEKDAYS.indexOf(weekly[1] ?? '') + 1 };
  const monthly = /^monthly:([1-9]|[12]\d|3[01])$/.exec(text);
  if (monthly) return { kind: 'monthly', day: Number(monthly[1]) };
  throw new Error(
    `PAYOUT_CADENCE must be banking-day, weekly:MON…FRI or monthly:1…31, not ${JSON.stringify(text)}`,
  );
}

/** The local hour at which a run is scheduled (Europe/Copenhagen). */
export const RUN_HOUR = 6;

/** A run slot: the Copenhagen calendar day it pays on and the batch id that follows from it. */
export type RunSlot = { payoutDate: string; scheduledAt: string; batchId: string };

/**
 * The run day of the cadence's period (week or month) that contains `date`: the configured day, or
 * the next banking day when the bank is closed, or the previous one when the next falls outside
 * the period (so no week or month loses its run).
 */
function runDayOfPeriod(cadence: Cadence, date: DateTime, calendar: BankingCalendar): DateTime {
  if (cadence.kind === 'banking-day') return calendar.onOrAfter(date);
  const unit = cadence.kind === 'weekly' ? 'week' : 'month';
  const start = date.startOf(unit);
  const offset =
    cadence.kind === 'weekly' ? cadence.weekday - 1 : Math.min(cadence.day, start.daysInMonth ?? 28) - 1;
  const configured = start.plus({ days: offset });
  const after = calendar.onOrAfter(configured);
  return after.hasSame(start, unit) ? after : calendar.onOrBefore(configured);
}

/** True when `date` is the day the cadence runs on (always a banking day). */
export function isRunDay(cadence: Cadence, date: DateTime, calendar: BankingCalendar): boolean {
  return calendar.isBankingDay(date) && runDayOfPeriod(cadence, date, calendar).hasSame(date, 'day');
}

/** 06:00 Copenhagen on the day of `date`: when that day's run is scheduled. */
const runTimeOf = (date: DateTime) => date.setZone(ZONE).startOf('day').set({ hour: RUN_HOUR });

/** The slot of a run day: the batch id is the scheduled time itself, so a rerun finds the same batch. */
export function slotOf(date: DateTime): RunSlot {
  const at = runTimeOf(date);
  return {
    payoutDate: at.toISODate() ?? '',
    scheduledAt: at.toUTC().toISO({ suppressMilliseconds: true }) ?? '',
    batchId: at.toFormat("yyyyMMdd'T'HHmm"),
  };
}

/**
 * The next scheduled run at `instant`: the first slot scheduled at or after it. On a run day after
 * 06:00 that is the next run day's slot, since today's run has had its turn.
 */
export function nextSlot(cadence: Cadence, instant: Date, calendar: BankingCalendar): RunSlot {
  let day = DateTime.fromJSDate(instant, { zone: ZONE }).startOf('day');
  for (let guard = 0; guard < 400; guard++, day = day.plus({ days: 1 })) {
    if (isRunDay(cadence, day, calendar) && runTimeOf(day).toMillis() >= instant.getTime()) break;
  }
  return slotOf(day);
}

/**
 * A run started by hand at `instant` (the local `POST /local/payout-runs`): it pays what the next
 * scheduled run would pay (everything due by that run's payout date) but is a batch of its own,
 * named after the instant to the second ("20261122T153012"). Slot ids name the minute
 * ("20261123T0600"), so a manual run never takes the id of a scheduled one, and the scheduled run
 * still pays what was approved after the manual run. Its instant keeps the milliseconds: a second
 * call within the same second is another run (named "…-2"), not the first one again.
 */
export function manualSlot(cadence: Cadence, instant: Date, calendar: BankingCalendar): RunSlot {
  const at = DateTime.fromJSDate(instant, { zone: ZONE });
  return {
    payoutDate: nextSlot(cadence, instant, calendar).payoutDate,
    scheduledAt: at.toUTC().toISO() ?? '',
    batchId: at.toFormat("yyyyMMdd'T'HHmmss"),
  };
}

/** The slot of today's run when today is a run day; undefined otherwise (the schedule fires daily). */
export function todaysSlot(cadence: Cadence, instant: Date, calendar: BankingCalendar): RunSlot | undefined {
  const day = DateTime.fromJSDate(instant, { zone: ZONE }).startOf('day');
  return isRunDay(cadence, day, calendar) ? slotOf(day) : undefined;
}
