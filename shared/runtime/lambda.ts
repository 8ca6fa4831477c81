import { Logger } from '@aws-lambda-powertools/logger';
import { CodedError } from '../domain/errors';

/** One logger per function; it logs ids and error names, never claims, names, CPR numbers or amounts. */
export const logger = new Logger({ serviceName: 'supplements' });

/**
 * A Lambda entry point over a handler factory: the dependencies (AWS clients, configuration) are
 * built once, on the first invocation, by `build`; tests call the factory with fakes instead.
 */
export function lambdaHandler<D, E, R>(make: (deps: D) => (event: E) => Promise<R>, build: () => Promise<D>) {
  let ready: Promise<(event: E) => Promise<R>> | undefined;
  return async (event: E): Promise<R> => {
    ready ??= build().then(make);
    const run = await ready;
    try {
      return await run(event);
    } catch (error) {
      // Only a well-formed id is logged: an invalid event's value could be anything, personal data included.
      const id = (event as { applicationId?: unknown } | undefined)?.applicationId;
      logger.error('step failed', {
        error: (error as Error).name,
        // The stable code of our own faults; messages may name ids, codes never name data.
        ...(error instanceof CodedError ? { code: error.code } : {}),
        ...(typeof id === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(id) ? { applicationId: id } : {}),
      });
      throw error;
    }
  };
}
