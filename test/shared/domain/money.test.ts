import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDkk,
  formatKroner,
  formatMoney,
  moneyText,
  multiplyByHundredths,
  parseDkk,
} from '../../../shared/domain/money';

describe('money in øre', () => {
  it('parses interface amounts into whole øre', () => {
    expect(parseDkk('1500.00')).toBe(150000);
    expect(parseDkk('2.28')).toBe(228);
    expect(parseDkk('250')).toBe(25000);
    expect(parseDkk('0.5')).toBe(50);
  });

  it.each(['-1.00', '1.001', '1,50', '', ' 1.00', '01.00', '1e3', 'NaN'])('refuses %j', (text) => {
    expect(() => parseDkk(text)).toThrow(RangeError);
  });

  it('prints the interface form with exactly two decimals', () => {
    expect(formatDkk(150000)).toBe('1500.00');
    expect(formatDkk(7866)).toBe('78.66');
    expect(formatDkk(5)).toBe('0.05');
  });

  it('prints Danish amounts with thousands dots and a decimal comma', () => {
    expect(formatKroner(150000)).toBe('1.500,00 kr.');
    expect(formatKroner(123456789)).toBe('1.234.567,89 kr.');
    expect(formatKroner(0)).toBe('0,00 kr.');
  });

  it('prints amounts for people in either language, negatives included', () => {
    expect(formatMoney('da', 150000)).toBe('1.500,00 kr.');
    expect(formatMoney('en', 150000)).toBe('DKK 1,500.00');
    expect(formatMoney('en', 123456789)).toBe('DKK 1,234,567.89');
    expect(formatMoney('da', -2550)).toBe('-25,50 kr.');
    expect(formatMoney('en', -2550)).toBe('-DKK 25.50');
    expect(formatMoney('da', 5)).toBe('0,05 kr.');
  });

  it('shows an interface amount for people, and anything else as given', () => {
    expect(moneyText('da', '1500.00')).toBe('1.500,00 kr.');
    expect(moneyText('en', '1500.00')).toBe('DKK 1,500.00');
    expect(moneyText('da', '12.5')).toBe('12,50 kr.');
    expect(moneyText('da', '-1234.50')).toBe('-1.234,50 kr.');
    expect(moneyText('en', 'about 12')).toBe('about 12');
    expect(moneyText('da', '1.234,50')).toBe('1.234,50');
    expect(moneyText('da', '')).toBe('');
    expect(moneyText('en', undefined)).toBe('');
  });

  it('refuses fractional øre', () => {
    expect(() => formatDkk(1.5)).toThrow(RangeError);
  });

  it('multiplies a rate by km in hundredths, rounding half up', () => {
    expect(multiplyByHundredths(228, 3450)).toBe(7866);
    expect(multiplyByHundredths(223, 1230)).toBe(2743);
    expect(multiplyByHundredths(1, 50)).toBe(1);
  });

  it('round-trips every amount between print and parse', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (ore) => parseDkk(formatDkk(ore)) === ore));
  });
});
