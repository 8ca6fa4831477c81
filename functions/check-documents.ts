import { checkDocuments } from '../shared/app/use-cases/check-documents';
import { env, settings } from '../shared/runtime/compose/basics';
import { catalogue } from '../shared/runtime/compose/catalogue';
import { applications, journal, registry } from '../shared/runtime/compose/dynamo';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { receipts } from '../shared/runtime/compose/s3';
import { parseEvent, StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, receipts, registry, journal, catalogue, env, settings };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Step "Check documents": receipts present, readable, not reused, on time, covering the grant. */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) =>
  checkDocuments(deps, parseEvent(StepEvent, event).applicationId);

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
