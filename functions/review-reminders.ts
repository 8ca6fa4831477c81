import { remindReviewers } from '../shared/app/use-cases/remind-reviewers';
import { calendar, env, settings } from '../shared/runtime/compose/basics';
import { links } from '../shared/runtime/compose/dynamo';
import { mailer } from '../shared/runtime/compose/mail';
import { metrics } from '../shared/runtime/compose/metrics';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { links, mailer, metrics, calendar, env, settings };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Scheduled daily (EventBridge Scheduler, Europe/Copenhagen): reminders and the overdue count. */
export const makeHandler = (deps: Composed<typeof ports>) => async () => remindReviewers(deps);

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
