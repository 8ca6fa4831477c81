/**
 * The DynamoDB key schema, shared by the stateful stack that creates the tables and the adapters
 * that use them. Attribute names are the ones below; every table is on-demand, encrypted with the
 * customer-managed key, with point-in-time recovery.
 */
export const TABLES = {
  applications: {
    partitionKey: 'id',
    /** Applications by status, oldest update first: reminders, sweeps, the caseworker's list. */
    byStatus: { name: 'byStatus', partitionKey: 'status', sortKey: 'updatedAt' },
    /** A child's applications: `childKey` is a SHA-256 of applicant CPR + child birth date, never the CPR itself. */
    byChild: { name: 'byChild', partitionKey: 'childKey', sortKey: 'submittedAt' },
    /** A municipality's applications, newest first: the caseworkers' worklist. */
    byMunicipality: { name: 'byMunicipality', partitionKey: 'municipality', sortKey: 'submittedAt' },
    /** A person's applications: `applicantKey` is a SHA-256 of the applicant's CPR, never the CPR itself. */
    byApplicant: { name: 'byApplicant', partitionKey: 'applicantKey', sortKey: 'submittedAt' },
  },
  /**
   * Every decision (rules, caseworker, second approver, letters) as an append-only journal; the
   * staff access log sits beside it under sort keys `access#<instant>#<random>`, kept as long as the case.
   */
  decisions: { partitionKey: 'applicationId', sortKey: 'at' },
  decisionLinks: {
    partitionKey: 'id',
    ttl: 'expiresAtEpoch',
    /** Open links by purpose, oldest first, for reminders: `openPurpose` is removed when the link is used. */
    byOpenPurpose: { name: 'byOpenPurpose', partitionKey: 'openPurpose', sortKey: 'createdAt' },
  },
  payoutLedger: {
    partitionKey: 'applicationId',
    /** Due entries by status and due date, for the payout runs. */
    byStatusDue: { name: 'byStatusDue', partitionKey: 'status', sortKey: 'dueDate' },
  },
  /** Idempotency keys of POST /api/applications and receipt hashes (`receipt#<sha256>`). */
  idempotency: { partitionKey: 'key', ttl: 'expiresAtEpoch' },
  /** Signed-in sessions by the SHA-256 of their cookie; DynamoDB removes them when they expire. */
  sessions: { partitionKey: 'id', ttl: 'expiresAtEpoch' },
} as const;
