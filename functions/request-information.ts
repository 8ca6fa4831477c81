import type { Deps } from '../shared/app/deps';
import { requestAction } from '../shared/app/use-cases/request-action';
import { awsDeps } from '../shared/runtime/aws-deps';
import { WaitEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Waiting step: keeps the task token behind an opaque link and e-mails the link (information). */
export const makeHandler = (deps: Deps) => async (event: unknown) => {
  const { applicationId, taskToken } = WaitEvent.parse(event);
  await requestAction(deps, applicationId, 'information', taskToken);
};

export const handler = lambdaHandler(makeHandler, awsDeps);
