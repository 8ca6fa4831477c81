import { z } from 'zod';
import type { Deps } from '../shared/app/deps';
import { recordFailure } from '../shared/app/use-cases/close';
import { awsDeps } from '../shared/runtime/aws-deps';
import { StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

const FailureEvent = StepEvent.extend({
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).optional(),
});

/** Step "Record failure": marks the application failed and counts it for the alarm. */
export const makeHandler = (deps: Deps) => async (event: unknown) => {
  const { applicationId, error } = FailureEvent.parse(event);
  await recordFailure(deps, applicationId, error);
};

export const handler = lambdaHandler(makeHandler, awsDeps);
