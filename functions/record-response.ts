import type { Deps } from '../shared/app/deps';
import { recordResponse } from '../shared/app/use-cases/record-response';
import { awsDeps } from '../shared/runtime/aws-deps';
import { LinkEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Steps "Record decision", "Record second approval" and "Record answer": what came through the link goes on the application. */
export const makeHandler = (deps: Deps) => async (event: unknown) => {
  const { applicationId, linkId } = LinkEvent.parse(event);
  await recordResponse(deps, applicationId, linkId);
};

export const handler = lambdaHandler(makeHandler, awsDeps);
