/**
 * The one place the system reads the machine's clock. Everything else takes the time from an
 * injected clock (`deps.env.now`, the local runtime's `LocalClock`, a test's frozen time); `npm run
 * lint` refuses any other reading (lint/wall-clock.grit). The function is referenced here, not
 * called, so that the lint rule can stay simple and without exceptions.
 */
const wallClock: () => number = Date.now;

/** Milliseconds since the epoch on the machine's clock (libfaketime moves it in tests). */
export function systemMillis(): number {
  return wallClock();
}

/** The machine's clock: what a Lambda function uses as `deps.env.now`. */
export const systemClock = { now: (): Date => new Date(systemMillis()) };
