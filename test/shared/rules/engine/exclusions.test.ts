import { describe, expect, it } from 'vitest';
import type { Benefit, Exclusion } from '../../../../shared/rules/catalogue/schema';
import type { ClaimInput } from '../../../../shared/rules/claim';
import { catalogue, codes, evaluate } from '../fixtures';

/** A valid claim for any benefit whose one expense, trip or item is described as `description`. */
function claimFor(benefit: Benefit, description: string): ClaimInput {
  const role = benefit.applicants.eligible[0] ?? benefit.applicants.assess[0] ?? 'parent';
  const kind = catalogue.itemKinds(benefit)?.[0] ?? 'item';
  return {
    municipality: benefit.municipality,
    benefit: benefit.id,
    applicant: { role },
    submittedAt: '2026-03-04T10:15:00+01:00',
    child: { birthDate: '2016-04-01', weightKg: 35, schoolGrade: 8, placementStart: '2026-02-01' },
    // An expense always: on a benefit that pays only stays it is the line the exclusion must name.
    ...(benefit.needs.includes('expenses') || !benefit.needs.some((n) => n === 'trips' || n === 'items')
      ? { expenses: [{ date: '2026-02-20', amount: '900.00', description }] }
      : {}),
    ...(benefit.needs.includes('trips')
      ? { trips: [{ date: '2026-02-20', km: 20, purpose: description }] }
      : {}),
    ...(benefit.needs.includes('stays')
      ? { stays: [{ from: '2026-02-06T14:00:00+01:00', to: '2026-02-08T20:00:00+01:00' }] }
      : {}),
    ...(benefit.needs.includes('items')
      ? { items: [{ kind, quantity: 1, amount: '100.00', description }] }
      : {}),
  };
}

/** The first benefit an exclusion guards. */
function guarded(exclusion: Exclusion): Benefit {
  const benefit = catalogue.benefits.find(
    (b) =>
      b.municipality === exclusion.municipality &&
      exclusion.appliesTo.some((prefix) => b.id.startsWith(prefix)),
  );
  if (!benefit) throw new Error(`exclusion ${exclusion.id} guards no benefit`);
  return benefit;
}

describe('items the sources exclude (rules-catalogue §1.7)', () => {
  it.each(catalogue.exclusions.map((x) => [x.id, x] as const))(
    'refuses %s with the rule’s reason',
    (_id, exclusion) => {
      const keyword = exclusion.keywords[0] ?? '';
      const decision = evaluate(claimFor(guarded(exclusion), `Udgift: ${keyword}`));
      expect(codes(decision)).toContain('not-covered');
      const described = decision.lines.filter((line) => line.description.includes(keyword));
      expect(described.length).toBeGreaterThan(0);
      expect(described.every((line) => line.payable === '0.00')).toBe(true);
      const reason = decision.reasons.find((r) => r.code === 'not-covered' && r.da === exclusion.reason.da);
      expect(reason?.source).toContain(exclusion.sources[0]?.quote ?? '∅');
    },
  );

  it('does not refuse an ordinary description', () => {
    const decision = evaluate(claimFor(catalogue.byId.get('ran-car-seat') as Benefit, 'Autostol, i-Size'));
    expect(decision.lines[0]?.payable).not.toBe('0.00');
  });
});
