import { describe, expect, it } from 'vitest';
import { REVIEW, REVIEW_ACTIONS } from '../../shared/app/review-outcome';
import { synthesizeDefinition } from '../../workflows/definition';

type Condition = { Variable?: string; StringEquals?: string; BooleanEquals?: boolean };
type State = { Type: string; Choices?: Condition[] };

/** Every condition of every Choice state of the synthesized definition. */
function conditions(): Condition[] {
  const { States } = synthesizeDefinition() as { States: Record<string, State> };
  return Object.values(States).flatMap((state) => (state.Type === 'Choice' ? (state.Choices ?? []) : []));
}

describe('the review outcome shared by the decision use case and the Choice states', () => {
  it('branches only on fields of ReviewOutcome, with values it can take', () => {
    const onDecisions = conditions().filter((c) => /^\$\.(review|secondApproval)\./.test(c.Variable ?? ''));

    expect(onDecisions.length).toBeGreaterThanOrEqual(5);
    for (const condition of onDecisions) {
      const field = condition.Variable?.split('.').pop() ?? '';
      expect(Object.values(REVIEW)).toContain(field);
      if (condition.StringEquals !== undefined) {
        expect(field).toBe(REVIEW.action);
        expect(REVIEW_ACTIONS).toContain(condition.StringEquals);
      }
      if (condition.BooleanEquals !== undefined)
        expect([REVIEW.partial, REVIEW.needsSecondApproval]).toContain(field);
    }
  });
});
