import { checkPayout } from '../shared/app/use-cases/check-payout';
import { ledger } from '../shared/runtime/compose/dynamo';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { parseEvent, StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { ledger };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Step "Check payout": after a long wait, has the payout run executed the payout? */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) =>
  checkPayout(deps, parseEvent(StepEvent, event).applicationId);

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
