import { recordResponse } from '../shared/app/use-cases/record-response';
import { env } from '../shared/runtime/compose/basics';
import { applications, journal, links } from '../shared/runtime/compose/dynamo';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { LinkEvent, parseEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, links, journal, env };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Steps "Record decision", "Record second approval" and "Record answer": what came through the link goes on the application. */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) => {
  const { applicationId, linkId } = parseEvent(LinkEvent, event);
  await recordResponse(deps, applicationId, linkId);
};

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
