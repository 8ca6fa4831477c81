import { describe, expect, it } from 'vitest';
import {
  addMonths,
  completedAge,
  instantDay,
  isCalendarDate,
  isInstant,
  parseInstant,
} from '../../../shared/domain/dates';

describe('calendar days and instants', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts the real day %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-4-1',
    '2026-04-01T00:00',
    '0999-01-01',
    '',
  ])('refuses %j as a calendar day', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it.each([
    '2026-03-04T10:15:00+01:00',
    '2026-03-04T10:15+01:00',
    '2026-03-04T10:15:00.123Z',
    '2026-03-04T23:59:59-11:30',
  ])('accepts the instant %s', (text) => {
    expect(isInstant(text)).toBe(true);
  });

  it.each([
    '2026-03-04T24:00:00+01:00',
    '2026-03-04T10:60:00Z',
    '2026-03-04T10:15:00',
    '2026-02-30T10:00:00Z',
    '2026-03-04 10:15:00Z',
    '2026-03-04T10:15:00+1:00',
  ])('refuses the instant %j', (text) => {
    expect(isInstant(text)).toBe(false);
  });

  it('reads an instant as the same moment luxon does', () => {
    for (const text of ['2026-03-04T10:15:00+01:00', '2026-07-01T00:30:00.5+02:00', '2026-10-25T01:30:00Z']) {
      expect(parseInstant(text)?.toMillis()).toBe(Date.parse(text));
    }
  });

  it('finds the Copenhagen calendar day of an instant, across midnight and summer time', () => {
    expect(instantDay('2026-02-06T23:30:00Z')).toBe('2026-02-07');
    expect(instantDay('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(instantDay('2026-06-30T21:30:00Z')).toBe('2026-06-30');
    expect(instantDay('2026-03-29T00:59:00Z')).toBe('2026-03-29');
    expect(instantDay('2026-10-24T22:00:00Z')).toBe('2026-10-25');
  });

  it('adds months with the last day of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('counts completed years and months, a birthday on its day', () => {
    expect(completedAge('2019-05-01', '2026-04-30', 'years')).toBe(6);
    expect(completedAge('2019-05-01', '2026-05-01', 'years')).toBe(7);
    expect(completedAge('2025-05-20', '2026-03-19', 'months')).toBe(9);
    expect(completedAge('2025-05-20', '2026-03-20', 'months')).toBe(10);
    expect(completedAge('2020-02-29', '2021-02-28', 'years')).toBe(0);
    expect(completedAge('2020-02-29', '2021-03-01', 'years')).toBe(1);
  });
});
