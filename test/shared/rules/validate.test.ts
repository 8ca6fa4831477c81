import { describe, expect, it } from 'vitest';
import { validateClaim } from '../../../shared/rules/validate';
import { catalogue, claim } from './fixtures';

const errorsOf = (input: unknown) => {
  const check = validateClaim(input, catalogue);
  if (check.ok) throw new Error('expected the claim to be invalid');
  return check.errors;
};
const pathsOf = (input: unknown) => errorsOf(input).map((e) => e.path);

describe('claim validation', () => {
  it('accepts the spec example claim', () => {
    expect(validateClaim(claim(), catalogue).ok).toBe(true);
  });

  it('lists every problem at once, each naming its field', () => {
    const paths = pathsOf({
      ...claim(),
      municipality: 'aarhus',
      child: { birthDate: '2019-02-30' },
      expenses: [
        { date: '2026-02-20', amount: '-5.00', description: 'Autostol' },
        { date: '2026-13-01', amount: '10.001', description: '' },
      ],
    });
    expect(paths).toEqual(
      expect.arrayContaining([
        'municipality',
        'child.birthDate',
        'expenses[0].amount',
        'expenses[1].date',
        'expenses[1].amount',
        'expenses[1].description',
      ]),
    );
  });

  it('writes each message in Danish and English', () => {
    const [error] = errorsOf({
      ...claim(),
      expenses: [{ date: '2026-02-20', amount: '1.001', description: 'Autostol' }],
    });
    expect(error).toMatchObject({ path: 'expenses[0].amount' });
    expect(error?.da).toMatch(/beløb/);
    expect(error?.en).toMatch(/amount/);
    expect(error?.message).toBe(`${error?.da} / ${error?.en}`);
  });

  it('takes money only with exactly two decimals, as the contract writes it', () => {
    for (const amount of ['1500', '1500.5', '1500.000', '1.500,00']) {
      expect(pathsOf(claim({ expenses: [{ date: '2026-02-20', amount, description: 'Autostol' }] }))).toEqual(
        ['expenses[0].amount'],
      );
    }
  });

  it('reports missing required fields', () => {
    const { submittedAt: _s, child: _c, ...rest } = claim();
    expect(pathsOf(rest)).toEqual(expect.arrayContaining(['submittedAt', 'child']));
  });

  it('refuses an unknown benefit and a benefit of the other municipality', () => {
    expect(pathsOf(claim({ benefit: 'ran-pony' }))).toEqual(['benefit']);
    expect(pathsOf(claim({ benefit: 'rud-computer' }))).toEqual(['benefit']);
  });

  it('asks for the facts a rule needs', () => {
    const paths = pathsOf(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-car-seat-to-18kg',
        applicant: { role: 'foster-family' },
        child: { birthDate: '2022-01-01' },
      }),
    );
    expect(paths).toEqual(['child.weightKg']);
    expect(pathsOf(claim({ benefit: 'ran-mileage', expenses: undefined }))).toEqual(['trips']);
  });

  it('refuses dates after the claim was received and stays that end before they start', () => {
    const paths = pathsOf(
      claim({
        benefit: 'ran-relief-fee',
        expenses: [{ date: '2026-03-05', amount: '10.00', description: 'x' }],
        stays: [{ from: '2026-02-08T20:00:00+01:00', to: '2026-02-06T14:00:00+01:00' }],
      }),
    );
    expect(paths).toEqual(expect.arrayContaining(['expenses[0].date', 'stays[0].to']));
  });

  it('refuses a stay that has not happened yet, by Copenhagen days', () => {
    const paths = pathsOf(
      claim({
        benefit: 'ran-relief-fee',
        expenses: undefined,
        stays: [
          { from: '2026-03-04T08:00:00+01:00', to: '2026-03-04T09:00:00+01:00' },
          { from: '2026-03-06T14:00:00+01:00', to: '2026-03-08T20:00:00+01:00' },
          { from: '2026-03-02T14:00:00+01:00', to: '2026-03-05T20:00:00+01:00' },
        ],
      }),
    );
    expect(paths).toEqual(['stays[1].from', 'stays[1].to', 'stays[2].to']);
  });

  it('refuses item kinds outside the price list', () => {
    const paths = pathsOf(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s41-encopresis-bedding',
        applicant: { role: 'parent' },
        expenses: undefined,
        items: [{ kind: 'waterbed', quantity: 1, amount: '100.00' }],
      }),
    );
    expect(paths).toEqual(['items[0].kind']);
  });

  it('refuses an unknown role and km with three decimals', () => {
    const paths = pathsOf(
      claim({
        benefit: 'ran-mileage',
        applicant: { role: 'uncle' as 'parent' },
        expenses: undefined,
        trips: [{ date: '2026-02-02', km: 1.234, purpose: 'x' }],
      }),
    );
    expect(paths).toEqual(expect.arrayContaining(['applicant.role', 'trips[0].km']));
  });

  it('refuses input that is not an object', () => {
    expect(pathsOf([])).toEqual(['']);
    expect(pathsOf('claim')).toEqual(['']);
  });

  describe('bounds of the contract', () => {
    const expense = (amount: string) => ({ date: '2026-02-20', amount, description: 'Autostol' });

    it('takes an amount of 1.000.000,00 kr. a line and refuses one øre more, naming the field', () => {
      expect(validateClaim(claim({ expenses: [expense('1000000.00')] }), catalogue).ok).toBe(true);
      const [error] = errorsOf(claim({ expenses: [expense('1000000.00'), expense('1000000.01')] }));
      expect(error).toMatchObject({ path: 'expenses[1].amount' });
      expect(error?.da).toMatch(/1000000\.00 kr/);
      expect(error?.en).toMatch(/at most DKK 1000000\.00/);
    });

    it('refuses ten lines of 9.999.999.999.999,99 kr. with a validation error, not a crash', () => {
      const paths = pathsOf(
        claim({ expenses: Array.from({ length: 10 }, () => expense('9999999999999.99')) }),
      );
      expect(paths).toEqual(Array.from({ length: 10 }, (_, i) => `expenses[${i}].amount`));
    });

    it('refuses an item amount above the bound', () => {
      const paths = pathsOf(
        claim({
          municipality: 'rudersdal',
          benefit: 'rud-s41-encopresis-bedding',
          applicant: { role: 'parent' },
          expenses: undefined,
          items: [{ kind: 'duvet', quantity: 1, amount: '2000000.00' }],
        }),
      );
      expect(paths).toEqual(['items[0].amount']);
    });

    it('takes 200 lines and refuses 201 in one list', () => {
      expect(
        validateClaim(claim({ expenses: Array.from({ length: 200 }, () => expense('1.00')) }), catalogue).ok,
      ).toBe(true);
      const errors = errorsOf(claim({ expenses: Array.from({ length: 201 }, () => expense('1.00')) }));
      expect(errors.map((e) => e.path)).toEqual(['expenses']);
      expect(errors[0]?.en).toMatch(/at most 200/);
    });

    it('refuses more than 200 lines in all, naming the list that passes the bound', () => {
      const trips = Array.from({ length: 101 }, () => ({ date: '2026-02-02', km: 1, purpose: 'Aflevering' }));
      const paths = pathsOf(
        claim({
          benefit: 'ran-mileage',
          expenses: Array.from({ length: 100 }, () => expense('1.00')),
          trips,
        }),
      );
      expect(paths).toEqual(['trips']);
    });

    it('takes strings of 2.000 characters and refuses longer ones, naming the field', () => {
      expect(
        validateClaim(claim({ expenses: [{ ...expense('1.00'), description: 'a'.repeat(2000) }] }), catalogue)
          .ok,
      ).toBe(true);
      const [error] = errorsOf(claim({ expenses: [{ ...expense('1.00'), description: 'a'.repeat(2001) }] }));
      expect(error).toMatchObject({ path: 'expenses[0].description' });
      expect(error?.en).toMatch(/at most 2000 characters/);
      expect(pathsOf(claim({ benefit: 'b'.repeat(2001) }))).toEqual(['benefit']);
    });

    it('drops unknown fields instead of keeping them', () => {
      const input = {
        ...claim(),
        note: 'x',
        applicant: { role: 'relief-family', nickname: 'y' },
        expenses: [{ ...expense('1.00'), colour: 'red' }],
      };
      const check = validateClaim(input, catalogue);
      if (!check.ok) throw new Error('expected a valid claim');
      expect(check.claim).not.toHaveProperty('note');
      expect(check.claim.applicant).toEqual({ role: 'relief-family' });
      expect(check.claim.expenses?.[0]).not.toHaveProperty('colour');
    });
  });
});
