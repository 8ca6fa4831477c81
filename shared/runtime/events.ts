import * as z from 'zod';

/** The payload every workflow step receives: the application id, nothing else personal. */
export const StepEvent = z.object({ applicationId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });

/** The payload of a step that waits for a callback. */
export const WaitEvent = StepEvent.extend({ taskToken: z.string().min(1).max(2048) });

/** The payload of a step that records what came through a link: the link's opaque id. */
export const LinkEvent = StepEvent.extend({ linkId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });
