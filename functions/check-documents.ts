import type { Deps } from '../shared/app/deps';
import { checkDocuments } from '../shared/app/use-cases/check-documents';
import { awsDeps } from '../shared/runtime/aws-deps';
import { StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

/** Step "Check documents": receipts present, readable, not reused, on time, covering the grant. */
export const makeHandler = (deps: Deps) => async (event: unknown) =>
  checkDocuments(deps, StepEvent.parse(event).applicationId);

export const handler = lambdaHandler(makeHandler, awsDeps);
