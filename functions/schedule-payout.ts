import { schedulePayout } from '../shared/app/use-cases/schedule-payout';
import { calendar, env, settings } from '../shared/runtime/compose/basics';
import { catalogue } from '../shared/runtime/compose/catalogue';
import { applications, ledger } from '../shared/runtime/compose/dynamo';
import { mailer } from '../shared/runtime/compose/mail';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { parseEvent, WaitEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, ledger, mailer, catalogue, calendar, env, settings };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Step "Schedule payout": one ledger entry per application; waits for the payout run. */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) => {
  const { applicationId, taskToken } = parseEvent(WaitEvent, event);
  await schedulePayout(deps, applicationId, taskToken);
};

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
