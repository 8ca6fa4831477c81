import * as z from 'zod';
import type { Deps } from '../shared/app/deps';
import { requestAction } from '../shared/app/use-cases/request-action';
import { awsDeps } from '../shared/runtime/aws-deps';
import { WaitEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

const ReviewEvent = WaitEvent.extend({ purpose: z.enum(['review', 'escalation']) });

/** Steps "Caseworker review" and "Escalate to team lead": the link goes to the caseworker or the team lead. */
export const makeHandler = (deps: Deps) => async (event: unknown) => {
  const { applicationId, taskToken, purpose } = ReviewEvent.parse(event);
  await requestAction(deps, applicationId, purpose, taskToken);
};

export const handler = lambdaHandler(makeHandler, awsDeps);
