import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDkk, formatMoney } from '../../../shared/domain/money';
import { plainNumber, typedDkk } from '../../../shared/domain/typed-amount';

describe('amounts as people type them (the application form in the browser and the staff forms)', () => {
  it('reads Danish and English writing, with or without units and spaces', () => {
    for (const typed of [
      '1.799,00 kr.',
      '1 799,00 kr',
      'kr. 1.799,00',
      '1799.00',
      '1799',
      '1,799.00',
      'DKK 1,799.00',
    ])
      expect(typedDkk(typed), typed).toBe('1799.00');
    expect(typedDkk('1.234,50')).toBe('1234.50');
    expect(typedDkk('1234,5')).toBe('1234.50');
    expect(typedDkk('1 234')).toBe('1234.00');
    expect(typedDkk('1\u00a0234,5')).toBe('1234.50');
    expect(typedDkk('1.500 kr.')).toBe('1500.00');
    expect(typedDkk('1500.5')).toBe('1500.50');
    expect(typedDkk('0,05')).toBe('0.05');
  });

  it('takes "1.799" as Danish thousands, a lone dot before one or two digits as decimals', () => {
    expect(typedDkk('1.799')).toBe('1799.00');
    expect(typedDkk('1.234.567')).toBe('1234567.00');
    expect(typedDkk('12.5')).toBe('12.50');
    expect(typedDkk('12.50')).toBe('12.50');
  });

  it('gives nothing for nothing typed', () => {
    expect(typedDkk('')).toBeUndefined();
    expect(typedDkk('   ')).toBeUndefined();
    expect(typedDkk(undefined)).toBeUndefined();
  });

  it('keeps a negative sign, for the server to refuse the amount', () => {
    expect(typedDkk('-25')).toBe('-25.00');
    expect(typedDkk('-1.234,5 kr.')).toBe('-1234.50');
    expect(typedDkk('+25')).toBe('25.00');
  });

  it('returns what it cannot read, and more than two decimals, as typed (trimmed), never rounded', () => {
    expect(typedDkk('1,234')).toBe('1,234');
    expect(typedDkk(' 12,345 ')).toBe('12,345');
    expect(typedDkk('12.3456')).toBe('12.3456');
    expect(typedDkk('tolv')).toBe('tolv');
    expect(typedDkk('12,5,0')).toBe('12,5,0');
    expect(typedDkk('1.2.3')).toBe('1.2.3');
    expect(typedDkk('12.34,5')).toBe('12.34,5');
    expect(typedDkk('1,23.45')).toBe('1,23.45');
    expect(typedDkk('--5')).toBe('--5');
    expect(typedDkk(',5')).toBe(',5');
  });

  it('reads any amount it printed for people back to the same øre', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom('da', 'en'), (ore, lang) => {
        expect(typedDkk(formatMoney(lang as 'da' | 'en', ore))).toBe(formatDkk(ore));
      }),
    );
  });
});

describe('numbers as people type them (kilometres, kilos)', () => {
  it('reads thousands marks and a decimal comma or dot, keeping the decimals typed', () => {
    expect(plainNumber('1.234,5')).toBe('1234.5');
    expect(plainNumber('12,5 km')).toBe('12.5');
    expect(plainNumber('3.5kg')).toBe('3.5');
    expect(plainNumber('42')).toBe('42');
    expect(plainNumber('0')).toBe('0');
    expect(plainNumber('1,2345')).toBe('1.2345');
    expect(plainNumber('-7')).toBe('-7');
  });

  it('gives undefined for what is no number', () => {
    for (const typed of ['', 'km', 'ti', '1.23.4', '12,34.5', '1 2a', '.', '1,234,5'])
      expect(plainNumber(typed), typed).toBeUndefined();
  });
});
