import { payoutDeps } from '../shared/app/payout-deps';
import { runScheduledPayouts } from '../shared/app/use-cases/payout-run';
import { calendar, env, settings } from '../shared/runtime/compose/basics';
import { applications, journal, ledger } from '../shared/runtime/compose/dynamo';
import { mailer } from '../shared/runtime/compose/mail';
import { payouts } from '../shared/runtime/compose/payouts';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { workflow } from '../shared/runtime/compose/workflow';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, ledger, journal, mailer, workflow, calendar, env, settings, payouts };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/**
 * Scheduled every weekday morning (EventBridge Scheduler, Europe/Copenhagen): runs today's payout
 * batch when today is a run day of the cadence and a banking day, and resumes it when retried.
 */
export const makeHandler = (deps: Composed<typeof ports>) => async () => {
  const batch = await runScheduledPayouts(payoutDeps(deps));
  return batch ? { batchId: batch.id, step: batch.step, count: batch.count } : { batchId: null };
};

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
