import type { Deps } from '../shared/app/deps';
import { evaluateApplication } from '../shared/app/use-cases/evaluate-application';
import { awsDeps } from '../shared/runtime/aws-deps';
import { StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Step "Evaluate claim": the rules' decision on the stored claim. */
export const makeHandler = (deps: Deps) => async (event: unknown) =>
  evaluateApplication(deps, StepEvent.parse(event).applicationId);

export const handler = lambdaHandler(makeHandler, awsDeps);
