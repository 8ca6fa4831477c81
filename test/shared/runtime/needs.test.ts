import { describe, expect, it } from 'vitest';
import * as checkPayout from '../../../functions/check-payout';
import * as evaluateClaim from '../../../functions/evaluate-claim';
import { handlerOf } from '../../../infra/local/handlers';
import type { Deps } from '../../../shared/app/deps';

/** A full set of dependencies whose every port is just its own name. */
const everyPort = new Proxy({} as Record<string, string>, {
  get: (_, name) => String(name),
}) as unknown as Deps;

describe('a function in the local runtime', () => {
  it('is handed exactly the ports it composes on AWS, its needs, and no other', () => {
    const seen: string[][] = [];
    handlerOf({ needs: evaluateClaim.needs, makeHandler: (deps) => seen.push(Object.keys(deps)) }, everyPort);
    expect(seen).toEqual([[...evaluateClaim.needs]]);
  });

  it('sees a port set after its handler was made, as the local engine sets the workflow', () => {
    const deps = { ledger: 'before' } as unknown as Deps;
    const handler = handlerOf(
      { needs: checkPayout.needs, makeHandler: (given) => () => given.ledger as unknown as string },
      deps,
    );
    (deps as { ledger: unknown }).ledger = 'after';
    expect(handler()).toBe('after');
  });

  it('names its needs as the keys of its composition', () => {
    expect([...evaluateClaim.needs].sort()).toEqual(['applications', 'catalogue', 'env', 'journal']);
    expect(checkPayout.needs).toEqual(['ledger']);
    expect(Object.keys(evaluateClaim.ports)).toEqual([...evaluateClaim.needs]);
  });
});
