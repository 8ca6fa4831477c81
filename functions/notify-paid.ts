import type { Deps } from '../shared/app/deps';
import { notifyPaid } from '../shared/app/use-cases/notify-paid';
import { awsDeps } from '../shared/runtime/aws-deps';
import { StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Step "Tell family it is paid". */
export const makeHandler = (deps: Deps) => async (event: unknown) =>
  notifyPaid(deps, StepEvent.parse(event).applicationId);

export const handler = lambdaHandler(makeHandler, awsDeps);
