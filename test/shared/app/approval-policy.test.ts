import { describe, expect, it } from 'vitest';
import { grantedAmount, isPartial, needsSecondApprover } from '../../../shared/app/approval-policy';

const payableOre = 100_000;

describe('the approval policy', () => {
  it('grants the rules’ payable when no amount is typed, or less with a reason', () => {
    expect(grantedAmount({ payableOre })).toEqual({ ok: true, grantedOre: payableOre });
    expect(grantedAmount({ payableOre, amount: '600,00', reason: 'Kun én regning' })).toEqual({
      ok: true,
      grantedOre: 60_000,
    });
  });

  it('refuses what the rules do not allow, and a partial approval without reasons', () => {
    expect(grantedAmount({ payableOre: 0 })).toEqual({ ok: false, code: 'nothing-payable' });
    expect(grantedAmount({ payableOre, amount: 'en del' })).toEqual({ ok: false, code: 'amount' });
    expect(grantedAmount({ payableOre, amount: '0' })).toEqual({
      ok: false,
      code: 'amount-zero',
      grantedOre: 0,
    });
    expect(grantedAmount({ payableOre, amount: '1500' })).toEqual({
      ok: false,
      code: 'amount-above-payable',
      grantedOre: 150_000,
      payableOre,
    });
    expect(grantedAmount({ payableOre, amount: '600', reason: '  ' })).toEqual({
      ok: false,
      code: 'partial-reason',
      grantedOre: 60_000,
      payableOre,
    });
  });

  it('leaves the amount to the caseworker when the rules need an assessment and allow nothing', () => {
    const assessed = { payableOre: 0, outcome: 'needs-assessment' };
    expect(grantedAmount(assessed)).toEqual({ ok: false, code: 'amount-required' });
    expect(grantedAmount({ ...assessed, amount: '0' })).toEqual({ ok: false, code: 'amount-required' });
    expect(grantedAmount({ ...assessed, amount: '2.000' })).toEqual({ ok: false, code: 'amount-reason' });
    expect(grantedAmount({ ...assessed, amount: '2.000', reason: '10 døgn à 200 kr.' })).toEqual({
      ok: true,
      grantedOre: 200_000,
    });
  });

  it('calls less than claimed partial, and more than the limit a case for a second approver', () => {
    expect([isPartial(99, 100), isPartial(100, 100)]).toEqual([true, false]);
    expect([needsSecondApprover(101, 100), needsSecondApprover(100, 100)]).toEqual([true, false]);
  });
});
