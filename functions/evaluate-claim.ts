import { evaluateApplication } from '../shared/app/use-cases/evaluate-application';
import { env } from '../shared/runtime/compose/basics';
import { catalogue } from '../shared/runtime/compose/catalogue';
import { applications, journal } from '../shared/runtime/compose/dynamo';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { parseEvent, StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, journal, catalogue, env };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Step "Evaluate claim": the rules' decision on the stored claim. */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) =>
  evaluateApplication(deps, parseEvent(StepEvent, event).applicationId);

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
