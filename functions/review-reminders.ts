import type { Deps } from '../shared/app/deps';
import { remindReviewers } from '../shared/app/use-cases/remind-reviewers';
import { awsDeps } from '../shared/runtime/aws-deps';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Scheduled daily (EventBridge Scheduler, Europe/Copenhagen): reminders and the overdue count. */
export const makeHandler = (deps: Deps) => async () => remindReviewers(deps);

export const handler = lambdaHandler(makeHandler, awsDeps);
