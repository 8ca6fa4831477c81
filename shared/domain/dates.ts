import { DateTime } from 'luxon';
import { z } from 'zod';

/** Business dates are calendar days in Copenhagen. */
export const ZONE = 'Europe/Copenhagen';

/** An ISO calendar date, "2026-03-04". */
export type IsoDateString = string;

/** Parses "YYYY-MM-DD" as that day in Copenhagen (start of day); null when impossible. */
export function parseIsoDate(text: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = DateTime.fromISO(text, { zone: ZONE });
  return date.isValid ? date : null;
}

/** Parses an ISO instant with an offset ("2026-03-04T10:15:00+01:00") into Copenhagen time; null when impossible. */
export function parseInstant(text: string): DateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const instant = DateTime.fromISO(text, { setZone: true });
  return instant.isValid ? instant.setZone(ZONE) : null;
}

/** The calendar day of a date-time in Copenhagen, as "YYYY-MM-DD". */
export function toIsoDate(date: DateTime): IsoDateString {
  return date.setZone(ZONE).toISODate() ?? '';
}

/** A day given as "YYYY-MM-DD"; throws on an impossible date (use `parseIsoDate` for user input). */
export function day(text: IsoDateString): DateTime {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`not a calendar date: ${JSON.stringify(text)}`);
  return date;
}

/** Completed years or months between a birth date and a later date (a birthday counts on its day). */
export function completedAge(birth: DateTime, on: DateTime, unit: 'years' | 'months'): number {
  return Math.floor(on.startOf('day').diff(birth.startOf('day'), unit).get(unit) + 1e-9);
}

/** zod: a real calendar date "YYYY-MM-DD". */
export const IsoDate = z.string().refine((text) => parseIsoDate(text) !== null, {
  message: 'must be a calendar date YYYY-MM-DD',
});
