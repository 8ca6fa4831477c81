import { describe, expect, it } from 'vitest';
import { readTypedAmount } from '../../../shared/domain/read-amount';

describe('an amount typed on a staff form, read into øre', () => {
  it.each([
    ['1500.00', 150_000],
    ['1500', 150_000],
    ['1.500,00', 150_000],
    ['1500,5', 150_050],
    ['1.500 kr.', 150_000],
    [' 1 500 DKK ', 150_000],
    ['0', 0],
  ])('reads %j as %i øre', (typed, ore) => {
    expect(readTypedAmount(typed)).toEqual({ ore });
  });

  it('tells nothing typed from text that is no amount', () => {
    expect(readTypedAmount(undefined)).toBe('empty');
    expect(readTypedAmount('   ')).toBe('empty');
    expect(readTypedAmount('halvdelen')).toBe('not-an-amount');
    expect(readTypedAmount('1.5.0')).toBe('not-an-amount');
    expect(readTypedAmount('12,345')).toBe('not-an-amount');
  });
});
