/** A step was asked about an application that does not exist: a fault, never an expected outcome. */
export class ApplicationNotFoundError extends Error {
  override readonly name = 'ApplicationNotFoundError';
  constructor(readonly applicationId: string) {
    super(`application ${applicationId} not found`);
  }
}

/** A stored claim no longer passes validation (a catalogue change removed its benefit, say): a data fault. */
export class StoredClaimInvalidError extends Error {
  override readonly name = 'StoredClaimInvalidError';
  constructor(
    readonly applicationId: string,
    readonly paths: string[],
  ) {
    super(`stored claim of ${applicationId} no longer validates: ${paths.join(', ')}`);
  }
}

/** Someone else changed the application between our read and our write; the step is retried. */
export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
  constructor(readonly applicationId: string) {
    super(`application ${applicationId} changed while it was being updated`);
  }
}
