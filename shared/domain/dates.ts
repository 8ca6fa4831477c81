import { DateTime, FixedOffsetZone } from 'luxon';
import * as z from 'zod/mini';
import { copenhagen } from './zone';

/** Business dates are calendar days in Copenhagen. */
export const ZONE = copenhagen;

/**
 * Calendar days are ISO strings ("2026-03-04") inside the rules: they compare as strings, and a
 * Copenhagen calendar day needs no time zone for day, month and year arithmetic. The arithmetic
 * itself goes through luxon (in a fixed UTC zone, so it needs no offset look-ups), remembered
 * per input because the rules meet the same few hundred days over and over. Instants (a claim
 * received, a stay's start) are read in Copenhagen and turned into their calendar day with `instantDay`.
 */
const CALENDAR = FixedOffsetZone.utcInstance;

/** An ISO calendar date, "2026-03-04". */
export type IsoDateString = string;

/** The number written by `length` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Year, month and day of "YYYY-MM-DD" at `at` when it names a real day (year 1000 or later), else null. */
function calendarParts(text: string, at = 0): [number, number, number] | null {
  if (text[at + 4] !== '-' || text[at + 7] !== '-') return null;
  const year = digits(text, at, 4);
  const month = digits(text, at + 5, 2);
  const dayOfMonth = digits(text, at + 8, 2);
  if (year < 1000 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  return dayOfMonth <= daysInMonth(year, month) ? [year, month, dayOfMonth] : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the text is "YYYY-MM-DD" and names a real calendar day. */
export function isCalendarDate(text: string): boolean {
  return text.length === 10 && calendarParts(text) !== null;
}

/**
 * Epoch milliseconds of an ISO instant with an explicit offset ("2026-03-04T10:15:00+01:00" or
 * "…Z"), or null when it names no real moment. Read by hand: the claim carries its own offset, so
 * no zone is involved, and this runs for every claim the rules see.
 */
function instantMillis(text: string): number | null {
  // Validation, checks and the rules read the same few instants of one claim in turn: remember the last four.
  for (let i = 0; i < recentTexts.length; i++) if (recentTexts[i] === text) return recentMillis[i] ?? null;
  const millis = readInstant(text);
  recentTexts[recentNext] = text;
  recentMillis[recentNext] = millis;
  recentNext = (recentNext + 1) % recentTexts.length;
  return millis;
}

const recentTexts: (string | undefined)[] = [undefined, undefined, undefined, undefined];
const recentMillis: (number | null)[] = [null, null, null, null];
let recentNext = 0;

function readInstant(text: string): number | null {
  const parts = text[10] === 'T' ? calendarParts(text) : null;
  if (!parts || text[13] !== ':') return null;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  let at = 16;
  let second = 0;
  let millis = 0;
  if (text[at] === ':') {
    second = digits(text, at + 1, 2);
    at += 3;
    if (text[at] === '.') {
      let end = at + 1;
      while (end < text.length && end - at <= 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57)
        end++;
      if (end === at + 1) return null;
      millis = digits(`${text.slice(at + 1, end)}00`, 0, 3);
      at = end;
    }
  }
  let offsetMinutes = 0;
  if (text[at] === 'Z' && text.length === at + 1) {
    offsetMinutes = 0;
  } else if ((text[at] === '+' || text[at] === '-') && text[at + 3] === ':' && text.length === at + 6) {
    const oh = digits(text, at + 1, 2);
    const om = digits(text, at + 4, 2);
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return null;
    offsetMinutes = (text[at] === '-' ? -1 : 1) * (oh * 60 + om);
  } else {
    return null;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return Date.UTC(parts[0], parts[1] - 1, parts[2], hour, minute, second, millis) - offsetMinutes * 60_000;
}

/** True when the text is an ISO instant with an offset that names a real moment. */
export function isInstant(text: string): boolean {
  return instantMillis(text) !== null;
}

/** Parses "YYYY-MM-DD" as a luxon calendar day; null when impossible. */
export function parseIsoDate(text: string): DateTime | null {
  const parts = calendarParts(text);
  if (!parts) return null;
  return DateTime.fromObject({ year: parts[0], month: parts[1], day: parts[2] }, { zone: CALENDAR });
}

/** Parses an ISO instant with an offset ("2026-03-04T10:15:00+01:00") into Copenhagen time; null when impossible. */
export function parseInstant(text: string): DateTime | null {
  const millis = instantMillis(text);
  return millis === null ? null : DateTime.fromMillis(millis, { zone: ZONE });
}

/** The Copenhagen calendar day of an instant given as ISO text, or of a luxon DateTime. */
export function instantDay(instant: string | DateTime): IsoDateString {
  const found =
    typeof instant === 'string' ? instantDayOrNull(instant) : instantDayOrNull(instant.toISO() ?? '');
  if (found === null) throw new RangeError(`not an instant: ${JSON.stringify(instant)}`);
  return found;
}

/** The Copenhagen calendar day of an ISO instant, or null when the text names no real moment. */
export function instantDayOrNull(text: string): IsoDateString | null {
  const millis = instantMillis(text);
  if (millis === null) return null;
  // Copenhagen's offset at that moment (from luxon's zone data) turns the instant into local wall time.
  return epochDayIso(Math.floor((millis + ZONE.offset(millis) * 60_000) / DAY_MS));
}

const DAY_MS = 86_400_000;
const epochDays = new Map<number, IsoDateString>();

/** "YYYY-MM-DD" of a day counted from 1970-01-01, remembered per day. */
function epochDayIso(dayNumber: number): IsoDateString {
  let iso = epochDays.get(dayNumber);
  if (iso === undefined) {
    iso = DateTime.fromMillis(dayNumber * DAY_MS, { zone: CALENDAR }).toISODate() ?? '';
    if (epochDays.size >= 50_000) epochDays.clear();
    epochDays.set(dayNumber, iso);
  }
  return iso;
}

/** A day given as "YYYY-MM-DD" as a luxon DateTime; throws on an impossible date. */
export function day(text: IsoDateString): DateTime {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`not a calendar date: ${JSON.stringify(text)}`);
  return date;
}

/** A calendar day (or the Copenhagen day of an instant) as "YYYY-MM-DD". */
export function toIsoDate(date: DateTime): IsoDateString {
  return (date.zoneName === 'UTC' ? date : date.setZone(ZONE)).toISODate() ?? '';
}

const remembered = new Map<string, string>();

/** Remembers a pure calendar computation by key (bounded, so it cannot grow without end). */
function remember(key: string, compute: () => string): string {
  let value = remembered.get(key);
  if (value === undefined) {
    if (remembered.size >= 50_000) remembered.clear();
    value = compute();
    remembered.set(key, value);
  }
  return value;
}

/** The day `count` days after (or before) `date`. */
export function addDays(date: IsoDateString, count: number): IsoDateString {
  return remember(`d${date}${count}`, () => toIsoDate(day(date).plus({ days: count })));
}

/** The day `count` months after `date`; the 31st becomes the month's last day where needed. */
export function addMonths(date: IsoDateString, count: number): IsoDateString {
  return remember(`m${date}${count}`, () => toIsoDate(day(date).plus({ months: count })));
}

/** The first day of the month of `date`. */
export function startOfMonth(date: IsoDateString): IsoDateString {
  return `${date.slice(0, 8)}01`;
}

/**
 * Completed years or months from a birth date to a later day: a birthday counts on its day, so a
 * child born 2019-05-01 is 7 on 2026-05-01; someone born on 29 February has birthdays on 1 March.
 */
export function completedAge(birth: IsoDateString, on: IsoDateString, unit: 'years' | 'months'): number {
  const [by, bm, bd] = [Number(birth.slice(0, 4)), Number(birth.slice(5, 7)), Number(birth.slice(8, 10))];
  const [oy, om, od] = [Number(on.slice(0, 4)), Number(on.slice(5, 7)), Number(on.slice(8, 10))];
  const months = (oy - by) * 12 + (om - bm) - (od < bd ? 1 : 0);
  return unit === 'months' ? months : Math.floor(months / 12);
}

/** zod: a real calendar date "YYYY-MM-DD". */
export const IsoDate = z
  .string()
  .check(z.refine(isCalendarDate, { error: 'must be a calendar date YYYY-MM-DD' }));

const monthNames = {
  da: 'januar februar marts april maj juni juli august september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** A calendar day as people write it: "7. december 2026" in Danish, "7 December 2026" in English. */
export function dayText(lang: 'da' | 'en', date: IsoDateString): string {
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const month = monthNames[lang][m - 1];
  if (!month || !(d >= 1)) return date;
  return lang === 'da' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}

/** A calendar month ("2026-02") as people write it: "februar 2026", "February 2026". */
export function monthText(lang: 'da' | 'en', month: string): string {
  const name = monthNames[lang][Number(month.slice(5, 7)) - 1];
  return name ? `${name} ${month.slice(0, 4)}` : month;
}
