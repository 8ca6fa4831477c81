import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../../shared/rules/claim';
import { claim, codes, evaluate } from '../fixtures';

const rud = (overrides: Partial<ClaimInput>) =>
  claim({ municipality: 'rudersdal', applicant: { role: 'foster-family' }, ...overrides });
const seat = (benefit: string, child: ClaimInput['child'], amount = '2000.00') =>
  rud({ benefit, child, expenses: [{ date: '2026-02-20', amount, description: 'Autostol, R44/04' }] });

describe('Rudersdal car seats by age and weight band', () => {
  it('caps an infant seat at 1.300 kr. for a child of 0–9 months', () => {
    const decision = evaluate(seat('rud-car-seat-0-9m', { birthDate: '2025-08-01', weightKg: 7 }));
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '1300.00' });
  });

  it('refuses the infant seat for a child of 11 months', () => {
    const decision = evaluate(seat('rud-car-seat-0-9m', { birthDate: '2025-03-01', weightKg: 9 }));
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-eligible');
  });

  it('assesses a baby of 0–9 months claimed under the overlapping up-to-18 kg band', () => {
    const decision = evaluate(seat('rud-car-seat-to-18kg', { birthDate: '2025-09-01', weightKg: 7 }));
    expect(decision).toMatchObject({ outcome: 'needs-assessment', payable: '1600.00' });
  });

  it('caps a seat up to 18 kg at 1.600 kr.', () => {
    const decision = evaluate(seat('rud-car-seat-to-18kg', { birthDate: '2023-01-01', weightKg: 15 }));
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '1600.00' });
  });

  it('caps a seat over 30 kg at 1.500 kr.', () => {
    const decision = evaluate(seat('rud-car-seat-over-30kg', { birthDate: '2016-01-01', weightKg: 32 }));
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '1500.00' });
  });

  it('sends the undefined 18–30 kg band to assessment', () => {
    const decision = evaluate(seat('rud-car-seat-over-30kg', { birthDate: '2019-01-01', weightKg: 24 }));
    expect(decision.outcome).toBe('needs-assessment');
    expect(codes(decision)).toContain('needs-assessment');
  });

  it('rejects a seat over 30 kg for a child of 15 kg', () => {
    const decision = evaluate(seat('rud-car-seat-over-30kg', { birthDate: '2023-01-01', weightKg: 15 }));
    expect(decision.outcome).toBe('rejected');
  });

  it('rejects a parent of a disabled child claiming a foster-family car seat', () => {
    const decision = evaluate({
      ...seat('rud-car-seat-to-18kg', { birthDate: '2023-01-01', weightKg: 15 }),
      applicant: { role: 'parent' },
    });
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-eligible');
  });
});

describe('Rudersdal enrolment (indskrivning)', () => {
  const enrol = (
    benefit: string,
    birthDate: string,
    amount: string,
    submittedAt = '2026-03-04T10:15:00+01:00',
  ) =>
    rud({
      benefit,
      submittedAt,
      child: { birthDate, placementStart: '2026-01-15' },
      expenses: [{ date: '2026-01-20', amount, description: 'Tøj og sengetøj' }],
    });

  it('caps enrolment for a child under 12 at 2.000 kr.', () => {
    expect(evaluate(enrol('rud-enrolment-under-12', '2018-01-01', '2600.00'))).toMatchObject({
      outcome: 'approvable',
      payable: '2000.00',
    });
  });

  it('caps enrolment for a child over 12 at 2.500 kr.', () => {
    expect(evaluate(enrol('rud-enrolment-over-12', '2012-06-01', '2600.00'))).toMatchObject({
      outcome: 'approvable',
      payable: '2500.00',
    });
  });

  it('assesses a child of exactly 12, where the source leaves the band undefined', () => {
    expect(evaluate(enrol('rud-enrolment-over-12', '2013-09-01', '2600.00')).outcome).toBe(
      'needs-assessment',
    );
  });

  it('refuses enrolment expenses settled more than 3 months after the placement', () => {
    const decision = evaluate(
      enrol('rud-enrolment-under-12', '2018-01-01', '1000.00', '2026-04-16T09:00:00+02:00'),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
    expect(codes(decision)).toContain('late-documentation');
  });

  it('pays the bike helmet at 400 kr.', () => {
    const decision = evaluate({
      ...enrol('rud-bike-helmet', '2018-01-01', '549.00'),
      expenses: [{ date: '2026-01-20', amount: '549.00', description: 'Cykelhjelm' }],
    });
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '400.00' });
  });
});

describe('Rudersdal foster-family items', () => {
  it('caps a glasses frame at 2.000 kr.', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-glasses-frame',
        expenses: [{ date: '2026-02-01', amount: '2400.00', description: 'Brillestel' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '2000.00' });
  });

  it('caps a computer at 3.500 kr. from 7th grade', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-computer',
        child: { birthDate: '2013-03-01', schoolGrade: 7 },
        expenses: [{ date: '2026-02-01', amount: '5999.00', description: 'Bærbar' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'approvable', payable: '3500.00' });
  });

  it('refuses a computer in 6th grade', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-computer',
        child: { birthDate: '2014-03-01', schoolGrade: 6 },
        expenses: [{ date: '2026-02-01', amount: '3000.00', description: 'Bærbar' }],
      }),
    );
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-eligible');
    const reason = decision.reasons.find((r) => r.code === 'not-eligible');
    expect(reason?.da).toBe('Klassetrinnet er 6. klassetrin; ydelsen kræver mindst 7. klassetrin.');
    expect(reason?.en).toBe('The school grade is grade 6; the benefit requires at least grade 7.');
  });

  it('assesses accidental damage over 500 kr. and refuses it at 500 kr.', () => {
    const damage = (amount: string) =>
      rud({
        benefit: 'rud-accidental-damage',
        expenses: [{ date: '2026-02-01', amount, description: 'Væltet fjernsyn' }],
      });
    expect(evaluate(damage('500.01')).outcome).toBe('needs-assessment');
    const refused = evaluate(damage('500.00'));
    expect(refused.outcome).toBe('rejected');
    expect(codes(refused)).toContain('below-threshold');
  });

  it('refuses homework help for foster families', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-leisure-extra',
        expenses: [{ date: '2026-02-01', amount: '900.00', description: 'Lektiehjælp i matematik' }],
      }),
    );
    expect(decision.outcome).toBe('rejected');
    expect(codes(decision)).toContain('not-covered');
  });

  it('refuses a deduction item as not payable to the family', () => {
    const decision = evaluate(
      rud({
        benefit: 'rud-parent-own-payment',
        applicant: { role: 'parent' },
        expenses: [{ date: '2026-02-01', amount: '900.00', description: 'Egenbetaling' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
  });
});
