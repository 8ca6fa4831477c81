import * as z from 'zod/mini';

/** The payload every workflow step receives: the application id, nothing else personal. */
export const StepEvent = z.object({ applicationId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)) });

/** The payload of a step that waits for a callback. */
export const WaitEvent = z.extend(StepEvent, {
  taskToken: z.string().check(z.minLength(1), z.maxLength(2048)),
});

/** The payload of a step that records what came through a link: the link's opaque id. */
export const LinkEvent = z.extend(StepEvent, {
  linkId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
});

/**
 * A step's event that does not parse. Named `ZodError`, the name zod's classic API gave its
 * errors: the workflow catches it by that name as a permanent fault (PERMANENT_FAULTS) and the
 * journal records it, so deployed state machines, alarms and journals read as before.
 */
export class InvalidEventError extends Error {
  override readonly name = 'ZodError';

  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    // As zod's own message: the issues (codes and paths, no input values).
    super(JSON.stringify(issues, null, 2));
  }
}

/** A step's event parsed by its schema, or `InvalidEventError` naming what is wrong. */
export function parseEvent<T extends z.ZodMiniType>(schema: T, event: unknown): z.output<T> {
  const parsed = z.safeParse(schema, event);
  if (!parsed.success) throw new InvalidEventError(parsed.error.issues);
  return parsed.data;
}
