import { DateTime } from 'luxon';

/**
 * The review reminders' schedule, exactly as `infra/constructs/review-reminders.ts` gives it to
 * EventBridge Scheduler (a test compares the two): every working morning at 07:00 in Copenhagen.
 */
export const REVIEW_REMINDERS_SCHEDULE = {
  expression: 'cron(0 7 ? * MON-FRI *)',
  timeZone: 'Europe/Copenhagen',
} as const;

/** A parsed EventBridge cron expression: the values each field allows; `undefined` for `?` and `*`. */
export type Cron = {
  minutes: number[];
  hours: number[];
  daysOfMonth?: Set<number>;
  months?: Set<number>;
  /** 1 = Sunday … 7 = Saturday, as EventBridge counts. */
  weekdays?: Set<number>;
  years?: Set<number>;
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** The values one field allows: `*`, `?`, numbers, names, ranges `a-b`, lists `a,b` and steps `a/n` or `a-b/n`. */
function field(text: string, min: number, max: number, names: string[] = []): Set<number> | undefined {
  if (text === '*' || text === '?') return undefined;
  const value = (token: string) => {
    const named = names.indexOf(token.toUpperCase());
    const number = named >= 0 ? named + min : Number(token);
    if (!Number.isInteger(number) || number < min || number > max)
      throw new Error(`cron field "${text}": "${token}" is not between ${min} and ${max}`);
    return number;
  };
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron field "${text}": bad step`);
    const [from = '', to] = range === '*' ? [String(min), String(max)] : range.split('-');
    const start = value(from);
    const end = to !== undefined ? value(to) : stepText !== undefined ? max : start;
    for (let v = start; v <= end; v += step) values.add(v);
  }
  return values;
}

const sorted = (values: Set<number> | undefined, min: number, max: number) =>
  values ? [...values].sort((a, b) => a - b) : Array.from({ length: max - min + 1 }, (_, i) => min + i);

/**
 * Parses `cron(minutes hours day-of-month month day-of-week year)` as EventBridge writes it. The
 * special values L, W and # are refused as bad values (the system's schedules use none of them).
 */
export function parseCron(expression: string): Cron {
  const inner = /^cron\((.*)\)$/.exec(expression.trim())?.[1];
  const fields = inner?.trim().split(/\s+/);
  if (fields?.length !== 6) throw new Error(`not an EventBridge cron expression: ${expression}`);
  const [minutes = '', hours = '', dom = '', month = '', dow = '', year = ''] = fields;
  return {
    minutes: sorted(field(minutes, 0, 59), 0, 59),
    hours: sorted(field(hours, 0, 23), 0, 23),
    daysOfMonth: field(dom, 1, 31),
    months: field(month, 1, 12, MONTHS),
    weekdays: field(dow, 1, 7, WEEKDAYS),
    years: field(year, 1970, 2199),
  };
}

/** Whether the schedule runs at some time of this calendar day. */
function runsOn(cron: Cron, day: DateTime): boolean {
  // EventBridge counts Sunday as 1; luxon counts Monday as 1 and Sunday as 7.
  const weekday = (day.weekday % 7) + 1;
  return (
    (!cron.years || cron.years.has(day.year)) &&
    (!cron.months || cron.months.has(day.month)) &&
    (!cron.daysOfMonth || cron.daysOfMonth.has(day.day)) &&
    (!cron.weekdays || cron.weekdays.has(weekday))
  );
}

/**
 * The first time after `after` at which the schedule runs, read on the wall clock of `zone`; a
 * wall-clock time that a daylight-saving change skips does not occur, so it does not run then.
 * Undefined when it never runs again (a past year) within the next ten years.
 */
export function nextRun(cron: Cron, zone: string, after: Date): Date | undefined {
  const from = DateTime.fromJSDate(after, { zone });
  let day = from.startOf('day');
  for (let i = 0; i < 3660; i++, day = day.plus({ days: 1 })) {
    if (!runsOn(cron, day)) continue;
    for (const hour of cron.hours) {
      for (const minute of cron.minutes) {
        const at = DateTime.fromObject(
          { year: day.year, month: day.month, day: day.day, hour, minute },
          { zone },
        );
        if (at.isValid && at.hour === hour && at.minute === minute && at > from) return at.toJSDate();
      }
    }
  }
  return undefined;
}

/** The payout runs' schedule, as `infra/constructs/payout-runs.ts` gives it (06:00, Monday to Friday). */
export const PAYOUT_RUNS_SCHEDULE = {
  expression: 'cron(0 6 ? * MON-FRI *)',
  timeZone: 'Europe/Copenhagen',
} as const;
