import type { Deps } from '../shared/app/deps';
import { schedulePayout } from '../shared/app/use-cases/schedule-payout';
import { awsDeps } from '../shared/runtime/aws-deps';
import { WaitEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Step "Schedule payout": one ledger entry per application; waits for the payout run. */
export const makeHandler = (deps: Deps) => async (event: unknown) => {
  const { applicationId, taskToken } = WaitEvent.parse(event);
  await schedulePayout(deps, applicationId, taskToken);
};

export const handler = lambdaHandler(makeHandler, awsDeps);
