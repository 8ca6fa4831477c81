import { DateTime } from 'luxon';
import { ZONE } from './dates';

/** A checked CPR number: its canonical form "DDMMYYSSSS" and the birth date it encodes. */
export type CprCheck =
  | { valid: true; cpr: string; birthDate: string }
  | { valid: false; problem: 'format' | 'date' };

/** What a person may type around the ten digits: spaces (U+0020) and hyphens, nothing else. */
const TYPED = /^[0-9 -]{10,32}$/;

/**
 * Validates a CPR number by format, date and the century rule of the 7th digit (facts.md §4,
 * cpr.dk "Opbygning af CPR-nummeret"). There is deliberately no modulus-11 check: numbers without
 * it have been issued since 1 October 2007 and are valid.
 */
export function checkCpr(text: string): CprCheck {
  // No trim(): it would also take away tabs, vertical tabs and other controls, and a CPR number with
  // a control character in it must be refused, never stored or written into a bank file.
  if (!TYPED.test(text)) return { valid: false, problem: 'format' };
  const match = /^(\d{2})(\d{2})(\d{2})(\d{4})$/.exec(text.replace(/[ -]/g, ''));
  if (!match) return { valid: false, problem: 'format' };
  const [, dd = '', mm = '', yy = '', serial = ''] = match;
  const year = centuryOf(Number(yy), Number(serial[0])) + Number(yy);
  const birth = DateTime.fromObject({ year, month: Number(mm), day: Number(dd) }, { zone: ZONE });
  if (!birth.isValid) return { valid: false, problem: 'date' };
  return { valid: true, cpr: `${dd}${mm}${yy}${serial}`, birthDate: birth.toISODate() ?? '' };
}

/** The century from the 7th digit and the two-digit year. */
function centuryOf(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}
