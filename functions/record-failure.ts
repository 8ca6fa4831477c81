import * as z from 'zod/mini';
import { recordFailure } from '../shared/app/use-cases/record-failure';
import { env } from '../shared/runtime/compose/basics';
import { applications, journal, links } from '../shared/runtime/compose/dynamo';
import { metrics } from '../shared/runtime/compose/metrics';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { parseEvent, StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** From the workflow's catch of a permanent fault: the application id and the caught error. */
const CaughtFault = z.extend(StepEvent, {
  error: z.optional(z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) })),
});

/**
 * From EventBridge when an execution ends FAILED, TIMED_OUT or ABORTED at a step (redrivable):
 * the execution's name is the application id.
 */
const ExecutionEnded = z.object({
  'detail-type': z.literal('Step Functions Execution Status Change'),
  detail: z.object({
    name: StepEvent.shape.applicationId,
    status: z.enum(['FAILED', 'TIMED_OUT', 'ABORTED']),
  }),
});

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, links, journal, metrics, env };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** "Record failure": marks the application failed and counts it for the alarm, whichever way the failure came. */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) => {
  const ended = z.safeParse(ExecutionEnded, event);
  if (ended.success) {
    await recordFailure(deps, ended.data.detail.name, { Error: `Execution${ended.data.detail.status}` });
    return;
  }
  const { applicationId, error } = parseEvent(CaughtFault, event);
  await recordFailure(deps, applicationId, error);
};

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
