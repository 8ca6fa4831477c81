import type { Deps } from '../shared/app/deps';
import { checkPayout } from '../shared/app/use-cases/check-payout';
import { awsDeps } from '../shared/runtime/aws-deps';
import { StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Step "Check payout": after a long wait, has the payout run executed the payout? */
export const makeHandler = (deps: Deps) => async (event: unknown) =>
  checkPayout(deps, StepEvent.parse(event).applicationId);

export const handler = lambdaHandler(makeHandler, awsDeps);
