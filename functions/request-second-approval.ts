import { requestAction } from '../shared/app/use-cases/request-action';
import { env, settings } from '../shared/runtime/compose/basics';
import { applications, links } from '../shared/runtime/compose/dynamo';
import { mailer } from '../shared/runtime/compose/mail';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { parseEvent, WaitEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, links, mailer, env, settings };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Waiting step: keeps the task token behind an opaque link and e-mails the link (second-approval). */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) => {
  const { applicationId, taskToken } = parseEvent(WaitEvent, event);
  await requestAction(deps, applicationId, 'second-approval', taskToken);
};

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
