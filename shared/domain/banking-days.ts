import type { DateTime } from 'luxon';
import { day, type IsoDateString, toIsoDate } from './dates';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return day(`${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
}

/**
 * Danish bank closing days of a year by rule (facts.md §3, Nationalbanken "Banklukkedage"):
 * fixed days plus Easter-relative days; Store Bededag (E + 26) only until 2023.
 */
export function bankClosingDays(year: number): string[] {
  const easter = easterSunday(year);
  const relative = [-3, -2, 1, 39, 40, 50];
  if (year <= 2023) relative.push(26);
  const fixed = ['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'].map((md) => `${year}-${md}`);
  return [...fixed, ...relative.map((offset) => toIsoDate(easter.plus({ days: offset })))].sort();
}

/**
 * The banking calendar. A municipality may override a year with Nationalbanken's published list;
 * other years follow the rule.
 */
export class BankingCalendar {
  private readonly cache = new Map<number, Set<string>>();
  private readonly lastDays = new Map<string, IsoDateString>();

  /** `overrides` maps a year to its complete list of closing days ("YYYY-MM-DD"). */
  constructor(private readonly overrides: Readonly<Record<number, readonly string[]>> = {}) {}

  /** The closing days (weekdays and weekends alike are listed only if they are bank holidays). */
  closingDays(year: number): ReadonlySet<string> {
    let days = this.cache.get(year);
    if (!days) {
      days = new Set(this.overrides[year] ?? bankClosingDays(year));
      this.cache.set(year, days);
    }
    return days;
  }

  /** True when banks execute transfers on that day: a weekday that is not a closing day. */
  isBankingDay(date: DateTime): boolean {
    return date.weekday <= 5 && !this.closingDays(date.year).has(toIsoDate(date));
  }

  /** The day itself if it is a banking day, else the next banking day. */
  onOrAfter(date: DateTime): DateTime {
    let d = date.startOf('day');
    while (!this.isBankingDay(d)) d = d.plus({ days: 1 });
    return d;
  }

  /** The day itself if it is a banking day, else the previous banking day. */
  onOrBefore(date: DateTime): DateTime {
    let d = date.startOf('day');
    while (!this.isBankingDay(d)) d = d.minus({ days: 1 });
    return d;
  }

  /** Moves `count` banking days forward (or back, for a negative count) from `date`. */
  add(date: DateTime, count: number): DateTime {
    const step = count < 0 ? -1 : 1;
    let d = date.startOf('day');
    for (let left = Math.abs(count); left > 0; ) {
      d = d.plus({ days: step });
      if (this.isBankingDay(d)) left--;
    }
    return d;
  }

  /** The last banking day of the month `date` is in. */
  lastBankingDayOfMonth(date: DateTime): DateTime {
    return this.onOrBefore(date.endOf('month'));
  }

  /** The last banking day of a month given as "YYYY-MM", remembered per month. */
  lastBankingDay(month: string): IsoDateString {
    let last = this.lastDays.get(month);
    if (last === undefined) {
      last = toIsoDate(this.lastBankingDayOfMonth(day(`${month}-01`)));
      this.lastDays.set(month, last);
    }
    return last;
  }
}
