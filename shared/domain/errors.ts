/**
 * A fault with a stable code: logs, alarms and the HTTP edge match on `code`, never on the message,
 * and `cause` keeps the error it came from. Expected business outcomes are values, not these.
 */
export abstract class CodedError extends Error {
  /** Stable, kebab-case, never reworded: e.g. `application-not-found`. */
  abstract readonly code: string;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
