import type { Deps } from '../shared/app/deps';
import { payoutDeps } from '../shared/app/payout-deps';
import { runScheduledPayouts } from '../shared/app/use-cases/payout-run';
import { awsDeps } from '../shared/runtime/aws-deps';
import { lambdaHandler } from '../shared/runtime/lambda';

/**
 * Scheduled every weekday morning (EventBridge Scheduler, Europe/Copenhagen): runs today's payout
 * batch when today is a run day of the cadence and a banking day, and resumes it when retried.
 */
export const makeHandler = (deps: Deps) => async () => {
  const batch = await runScheduledPayouts(payoutDeps(deps));
  return batch ? { batchId: batch.id, step: batch.step, count: batch.count } : { batchId: null };
};

export const handler = lambdaHandler(makeHandler, awsDeps);
