import { notifyPaid } from '../shared/app/use-cases/notify-paid';
import { env } from '../shared/runtime/compose/basics';
import { applications, ledger } from '../shared/runtime/compose/dynamo';
import { mailer } from '../shared/runtime/compose/mail';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { parseEvent, StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, ledger, mailer, env };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Step "Tell family it is paid". */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) =>
  notifyPaid(deps, parseEvent(StepEvent, event).applicationId);

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
