import * as z from 'zod/mini';
import { sendDecisionLetter } from '../shared/app/use-cases/send-decision-letter';
import { env } from '../shared/runtime/compose/basics';
import { applications, journal, links } from '../shared/runtime/compose/dynamo';
import { type Composed, compose, needsOf } from '../shared/runtime/compose/ports';
import { letters } from '../shared/runtime/compose/typeset-letters';
import { parseEvent, StepEvent } from '../shared/runtime/events';
import { lambdaHandler } from '../shared/runtime/lambda';

const LetterEvent = z.extend(StepEvent, {
  letter: z.enum(['rejection', 'partial', 'documents', 'no-answer']),
});

/** The ports this function composes on AWS; the local runtime hands its handler these only. */
export const ports = { applications, links, journal, letters, env };

/** The port names of `ports`. */
export const needs = needsOf(ports);

/** Steps that send a decision letter with reasons, legal basis and complaint guidance. */
export const makeHandler = (deps: Composed<typeof ports>) => async (event: unknown) => {
  const { applicationId, letter } = parseEvent(LetterEvent, event);
  await sendDecisionLetter(deps, applicationId, letter);
};

/** Builds the ports, once, at the first invocation (and in the cold-start bench). */
export const buildDeps = () => compose(ports);

export const handler = lambdaHandler(makeHandler, buildDeps);
