import { describe, expect, it } from 'vitest';
import { BankingCalendar, bankClosingDays, easterSunday } from '../../../shared/domain/banking-days';
import { day, toIsoDate } from '../../../shared/domain/dates';

const calendar = new BankingCalendar();

describe('Danish banking days', () => {
  it('finds Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027'].map((y) => toIsoDate(easterSunday(Number(y))))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
    ]);
  });

  it("matches Nationalbanken's list for 2026", () => {
    expect(bankClosingDays(2026)).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-14',
      '2026-05-15',
      '2026-05-25',
      '2026-06-05',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
  });

  it.each([
    [2024, ['2024-03-28', '2024-03-29', '2024-04-01', '2024-05-09', '2024-05-10', '2024-05-20']],
    [2025, ['2025-04-17', '2025-04-18', '2025-04-21', '2025-05-29', '2025-05-30', '2025-06-09']],
    [2027, ['2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-07', '2027-05-17']],
  ])('closes banks on the Easter-relative days of %i', (year, days) => {
    const closing = bankClosingDays(year);
    for (const d of days) expect(closing).toContain(d);
    expect(closing).toHaveLength(12);
  });

  it('keeps Store Bededag until 2023 and drops it from 2024', () => {
    expect(bankClosingDays(2023)).toContain('2023-05-05');
    expect(bankClosingDays(2024)).not.toContain('2024-04-26');
    expect(calendar.isBankingDay(day('2024-04-26'))).toBe(true);
  });

  it('treats weekends, New Year’s Eve and the Friday after Ascension as closed', () => {
    expect(calendar.isBankingDay(day('2026-11-21'))).toBe(false);
    expect(calendar.isBankingDay(day('2025-12-31'))).toBe(false);
    expect(calendar.isBankingDay(day('2026-05-15'))).toBe(false);
    expect(calendar.isBankingDay(day('2026-05-18'))).toBe(true);
  });

  it('moves to the next and previous banking day around Easter 2026', () => {
    expect(toIsoDate(calendar.onOrAfter(day('2026-04-02')))).toBe('2026-04-07');
    expect(toIsoDate(calendar.onOrBefore(day('2026-04-06')))).toBe('2026-04-01');
    expect(toIsoDate(calendar.add(day('2026-04-01'), 1))).toBe('2026-04-07');
    expect(toIsoDate(calendar.add(day('2026-04-07'), -1))).toBe('2026-04-01');
  });

  it('finds the last banking day of a month', () => {
    expect(toIsoDate(calendar.lastBankingDayOfMonth(day('2026-05-01')))).toBe('2026-05-29');
    expect(toIsoDate(calendar.lastBankingDayOfMonth(day('2026-12-01')))).toBe('2026-12-30');
    expect(toIsoDate(calendar.lastBankingDayOfMonth(day('2027-01-10')))).toBe('2027-01-29');
  });

  it("lets a municipality override a year with Nationalbanken's list", () => {
    const overridden = new BankingCalendar({ 2027: ['2027-01-01', '2027-01-04'] });
    expect(overridden.isBankingDay(day('2027-01-04'))).toBe(false);
    expect(overridden.isBankingDay(day('2027-03-25'))).toBe(true);
  });
});
