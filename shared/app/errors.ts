import { CodedError } from '../domain/errors';

/** A step was asked about an application that does not exist: a fault, never an expected outcome. */
export class ApplicationNotFoundError extends CodedError {
  override readonly name = 'ApplicationNotFoundError';
  readonly code = 'application-not-found';
  constructor(
    readonly applicationId: string,
    options?: ErrorOptions,
  ) {
    super(`application ${applicationId} not found`, options);
  }
}

/** A stored claim no longer passes validation (a catalogue change removed its benefit, say): a data fault. */
export class StoredClaimInvalidError extends CodedError {
  override readonly name = 'StoredClaimInvalidError';
  readonly code = 'stored-claim-invalid';
  constructor(
    readonly applicationId: string,
    readonly paths: string[],
    options?: ErrorOptions,
  ) {
    super(`stored claim of ${applicationId} no longer validates: ${paths.join(', ')}`, options);
  }
}

/** Someone else changed the application between our read and our write; the step is retried. */
export class ConcurrentUpdateError extends CodedError {
  override readonly name = 'ConcurrentUpdateError';
  readonly code = 'concurrent-update';
  constructor(
    readonly applicationId: string,
    options?: ErrorOptions,
  ) {
    super(`application ${applicationId} changed while it was being updated`, options);
  }
}
