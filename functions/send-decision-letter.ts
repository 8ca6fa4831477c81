import * as z from 'zod';
import type { Deps } from '../shared/app/deps';
import { sendDecisionLetter } from '../shared/app/use-cases/send-decision-letter';
import { StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';
import { awsLetterDeps } from '../shared/runtime/letter-deps';

const LetterEvent = StepEvent.extend({ letter: z.enum(['rejection', 'partial', 'documents', 'no-answer']) });

/** Steps that send a decision letter with reasons, legal basis and complaint guidance. */
export const makeHandler = (deps: Deps) => async (event: unknown) => {
  const { applicationId, letter } = LetterEvent.parse(event);
  await sendDecisionLetter(deps, applicationId, letter);
};

export const handler = lambdaHandler(makeHandler, awsLetterDeps);
