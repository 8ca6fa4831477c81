import { describe, expect, it } from 'vitest';
import { checkCpr } from '../../../shared/domain/cpr';

describe('CPR numbers', () => {
  it.each([
    ['010190-1234', '1990-01-01'],
    ['010105-4321', '2005-01-01'],
    ['010150-4321', '1950-01-01'],
    ['010120-9876', '2020-01-01'],
    ['010160-9876', '1960-01-01'],
    ['010157-5000', '2057-01-01'],
    ['010158-5000', '1858-01-01'],
  ])('reads the century of %s from the 7th digit', (cpr, birthDate) => {
    expect(checkCpr(cpr)).toMatchObject({ valid: true, birthDate });
  });

  it('accepts numbers that fail modulus 11 (issued since 2007)', () => {
    expect(checkCpr('0101901235')).toMatchObject({ valid: true, cpr: '0101901235' });
  });

  it('refuses impossible dates and bad formats', () => {
    expect(checkCpr('310290-1234')).toEqual({ valid: false, problem: 'date' });
    expect(checkCpr('290201-1234')).toEqual({ valid: false, problem: 'date' });
    expect(checkCpr('290200-4234')).toMatchObject({ valid: true, birthDate: '2000-02-29' });
    expect(checkCpr('12345')).toEqual({ valid: false, problem: 'format' });
  });

  it.each([' 010190-1234', '010190 1234', '0101 90 1234 ', '010190-1234'])(
    'normalises %j to its ten digits',
    (typed) => {
      expect(checkCpr(typed)).toMatchObject({ valid: true, cpr: '0101901234' });
    },
  );

  it.each([
    '0101901234\v',
    '\t0101901234',
    '0101901234\n',
    '0101901234\u00a0',
    '０１０１９０１２３４',
    '010190+1234',
  ])('refuses %j: only digits, a hyphen and spaces may be typed', (typed) => {
    expect(checkCpr(typed)).toEqual({ valid: false, problem: 'format' });
  });
});
