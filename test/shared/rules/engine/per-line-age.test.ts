import { describe, expect, it } from 'vitest';
import { claim, codes, evaluate } from '../fixtures';

const expense = (date: string, amount = '500.00', description = 'Udgift') => ({ date, amount, description });

describe('age is judged on each line’s own date, across benefits (issue 10, class 2)', () => {
  it('pays the § 41 lines before the 18th birthday and refuses, with its reason, the ones after', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s41-glasses',
        applicant: { role: 'parent' },
        child: { birthDate: '2008-02-15' },
        expenses: [expense('2026-02-10', '900.00', 'Briller'), expense('2026-02-20', '700.00', 'Briller')],
      }),
    );
    expect(decision.outcome).toBe('needs-assessment');
    expect(decision.lines.map((l) => [l.date, l.payable, l.rule])).toEqual([
      ['2026-02-10', '900.00', 'rud-s41-glasses/actual'],
      ['2026-02-20', '0.00', 'rud-s41-glasses/not-eligible'],
    ]);
    expect(decision.reasons).toContainEqual(
      expect.objectContaining({
        code: 'not-eligible',
        en: expect.stringMatching(/18 years on 20 February 2026/),
      }),
    );
  });

  it('refuses Randers diapers bought before the 5th birthday and keeps those bought after it', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-incontinence',
        child: { birthDate: '2021-02-15' },
        expenses: [expense('2026-02-10', '200.00', 'Bleer'), expense('2026-02-16', '300.00', 'Bleer')],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['0.00', '300.00']);
    expect(decision.outcome).toBe('needs-assessment');
    expect(codes(decision)).toContain('not-eligible');
  });

  it('stops § 42 lost earnings at the month the child turns 18, not at the day the claim arrived', () => {
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s42-taf',
        applicant: { role: 'parent' },
        child: { birthDate: '2008-01-20' },
        expenses: [
          expense('2025-12-31', '4000.00', 'Tabt arbejdsfortjeneste december'),
          expense('2026-01-31', '4000.00', 'Tabt arbejdsfortjeneste januar'),
        ],
      }),
    );
    expect(decision.lines.map((l) => l.payable)).toEqual(['4000.00', '0.00']);
    expect(decision.lines[1]?.rule).toBe('rud-s42-taf/not-eligible');
  });

  it('rejects the claim only when every line falls outside the age', () => {
    const decision = evaluate(
      claim({
        benefit: 'ran-incontinence',
        child: { birthDate: '2022-01-01' },
        expenses: [expense('2026-02-10'), expense('2026-02-20')],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
  });

  it('judges a priced item on its own date when it carries one', () => {
    const items = [
      { kind: 'duvet', quantity: 1, amount: '300.00', date: '2026-01-10' },
      { kind: 'pillow', quantity: 1, amount: '100.00', date: '2026-02-20' },
    ];
    const decision = evaluate(
      claim({
        municipality: 'rudersdal',
        benefit: 'rud-s41-encopresis-bedding',
        applicant: { role: 'parent' },
        child: { birthDate: '2022-02-01' },
        expenses: undefined,
        items,
      }),
    );
    expect(decision.lines.map((l) => l.rule)).toEqual([
      'rud-s41-encopresis-bedding/not-eligible',
      'rud-s41-encopresis-bedding/price-list',
    ]);
  });
});
