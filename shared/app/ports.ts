import type { Application, DecisionActor, LinkPurpose, Status } from './application';
import type { Session } from './identity';

/** The Idempotency-Key a new application is created under: its (hashed) key, the record kept with it and when it expires. */
export type KeyHold = { key: string; record: string; expiresAt: string };

/** What `createWithKey` did: stored both, or nothing because the key or one of the receipts was taken. */
export type CreateOutcome =
  | { outcome: 'created' }
  | { outcome: 'key-taken' }
  | { outcome: 'uploads-taken'; uploads: string[] };

/** Applications by id; writes are conditional on the version read, so two writers cannot both win. */
export interface ApplicationStore {
  get(id: string): Promise<Application | undefined>;
  /** Stores a new application; false when the id is taken. */
  create(application: Application): Promise<boolean>;
  /**
   * Stores a new application, takes its Idempotency-Key and its receipts' upload ids in one
   * conditional write (a DynamoDB transaction): all or nothing. When another request holds the key
   * or another application an upload, nothing is stored.
   */
  createWithKey(application: Application, hold: KeyHold): Promise<CreateOutcome>;
  /**
   * Takes upload ids for an application, all or none; returns the ids another application holds
   * (none taken then). Ids the application already holds are taken again without complaint.
   */
  claimUploads(applicationId: string, uploadIds: readonly string[]): Promise<string[]>;
  /** The record held under an Idempotency-Key (as `createWithKey` stored it), if any. */
  heldKey(key: string): Promise<string | undefined>;
  /** Replaces the application if its stored version is `application.version - 1`; false on a conflict. */
  put(application: Application): Promise<boolean>;
  /** Earlier applications for the same child (same applicant CPR and child birth date), newest first. */
  listForChild(application: Application, limit: number): Promise<Application[]>;
  /** Applications in a status since before `before` (ISO instant), for reminders and sweeps. */
  listByStatus(status: Status, before: string, limit: number): Promise<Application[]>;
  /** A municipality's applications, newest first: the caseworkers' worklist and search. */
  listForMunicipality(municipality: Application['municipality'], limit: number): Promise<Application[]>;
  /** The applications a person (by CPR) applied for, newest first: "Mine ansøgninger". */
  listForApplicant(cpr: string, limit: number): Promise<Application[]>;
}

/** Signed-in sessions by the hash of their cookie; they expire by themselves (TTL) and on sign-out. */
export interface SessionStore {
  create(session: Session): Promise<void>;
  get(id: string): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
}

/** One staff access to a case's personal data, or a decision on it (who, what, when). */
export type AccessEntry = {
  applicationId: string;
  at: string;
  /** The identity provider's subject and the name it gave. */
  sub: string;
  name: string;
  what:
    | 'viewed-case'
    | 'showed-cpr'
    | 'viewed-receipt'
    | 'took-case'
    | 'decided'
    | 'read-access-log'
    | 'corrected-payout';
};

/** The access log: kept beside the case's journal, as long as the case. */
export interface AccessLog {
  record(entry: AccessEntry): Promise<void>;
  /** A case's entries, oldest first. */
  list(applicationId: string): Promise<AccessEntry[]>;
}

export type { LinkPurpose } from './application';

/** How a wait ended without the link being used: what its page then tells whoever opens it. */
export type WaitEnd = 'timed-out' | 'escalated' | 'closed' | 'failed' | 'stopped';

/** What a person gave through a link: a decision, or a family's answer. Kept on the link until the workflow records it. */
export type LinkResponse =
  | {
      kind: 'decision';
      action: 'approve' | 'reject' | 'request-information';
      grantedOre?: number;
      reason?: string;
      partial: boolean;
      needsSecondApproval: boolean;
      /** The signed-in member of staff who gave it, if any: named on the decision. */
      actor?: DecisionActor;
    }
  | { kind: 'answer'; text: string; receipts: string[] };

/**
 * A decision link: the opaque id in an e-mail, pointing at the application and, server-side only,
 * the workflow's task token. Valid exactly while its wait is open: used once, revoked when the wait
 * ends otherwise, and it expires with the wait's time-out.
 */
export type DecisionLink = {
  id: string;
  applicationId: string;
  purpose: LinkPurpose;
  taskToken: string;
  /** The anti-forgery value the page embeds and the POST must return. */
  formToken: string;
  recipient: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
  remindedAt?: string;
  /** When the e-mail with the link went out (a retried step then sends no second one). */
  mailedAt?: string;
  /** The wait ended without the link: when, and how. */
  revokedAt?: string;
  endedBy?: WaitEnd;
  /** What was given through the link, once used. */
  response?: LinkResponse;
};

export interface DecisionLinkStore {
  create(link: DecisionLink): Promise<void>;
  get(id: string): Promise<DecisionLink | undefined>;
  /**
   * Marks the link used with what was given through it, if it is unused, not revoked, not expired
   * and the form token matches; false otherwise.
   */
  use(id: string, formToken: string, at: string, response: LinkResponse): Promise<boolean>;
  /** Revokes the link unless it is used or revoked already: its wait ended (`endedBy`). */
  revoke(id: string, at: string, endedBy: WaitEnd): Promise<void>;
  /** The workflow refused what came through the used link (its wait had ended): revoked, the response dropped. */
  refuse(id: string, at: string): Promise<void>;
  markMailed(id: string, at: string): Promise<void>;
  /** Open links of a purpose created before `before`, for reminders. */
  listOpen(purpose: LinkPurpose, before: string, limit: number): Promise<DecisionLink[]>;
  markReminded(id: string, at: string): Promise<void>;
}

/** A stored receipt: what the upload said and what its bytes are. */
export type ReceiptObject = {
  key: string;
  size: number;
  contentType?: string;
  head: Uint8Array;
  sha256: string;
};

export interface ReceiptStore {
  /**
   * A pre-signed PUT for one receipt. With `sha256` (the file's SHA-256, base64) the signature covers
   * it too: S3 needs a checksum on every upload to a bucket with Object Lock default retention.
   */
  presignUpload(
    key: string,
    contentType: string,
    size: number,
    sha256?: string,
  ): Promise<{ url: string; headers: Record<string, string> }>;
  /** Whether the receipt has been uploaded (one HEAD request; nothing is read). */
  exists(key: string): Promise<boolean>;
  /** The receipt's size, declared type, first bytes and hash; undefined when it is not there. */
  inspect(key: string): Promise<ReceiptObject | undefined>;
  /** The receipt's bytes, for the caseworker to see it; undefined when it is not there. */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Copies a receipt to another key (from staging under retention); the copy gets the bucket's default retention. */
  copy(fromKey: string, toKey: string): Promise<void>;
}

/** Remembers which application first used a receipt (by content hash) and which key maps to which application. */
export interface ReceiptRegistry {
  /** Records the hash for the application; returns the other application that used it first, if any. */
  claim(sha256: string, applicationId: string): Promise<string | undefined>;
  /** The application whose document check recorded the hash, if any; records nothing. */
  owner(sha256: string): Promise<string | undefined>;
}

export type Mail = { to: string; subject: string; text: string; html: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Starts applications' workflows and answers their callbacks. */
export interface WorkflowEngine {
  start(applicationId: string): Promise<void>;
  succeed(taskToken: string, output: unknown): Promise<void>;
  fail(taskToken: string, error: string, cause: string): Promise<void>;
}

/** One approved amount waiting to be paid; exactly one per application. */
export type PayoutEntry = {
  applicationId: string;
  municipality: string;
  benefit: string;
  amountOre: number;
  dueDate: string;
  /**
   * `accepted`: the bank accepted the line and executes it on the batch's payout date; the family is
   * told once that day has come (then `executed`).
   */
  status: 'scheduled' | 'in-batch' | 'accepted' | 'executed' | 'rejected';
  taskToken?: string;
  batchId?: string;
  /** The payee's CPR: NemKonto finds the account from it (facts.md §2). */
  payeeCpr?: string;
  /**
   * Taxable pay (B-income, e.g. a care fee), as the catalogue marks the benefit: never in the
   * supplements' bank files, but in the payroll export for the municipality's payroll system.
   */
  taxable?: boolean;
  /** The bank's reason when finance reports the line rejected. */
  rejection?: { reason: string; batchId: string; at: string };
  /** Earlier, rejected lines of this payout, kept when it was corrected and queued again. */
  previous?: PreviousPayout[];
  createdAt: string;
};

/** A rejected line of a payout as it was before the correction: what was sent and why it came back. */
export type PreviousPayout = {
  batchId: string;
  amountOre: number;
  dueDate: string;
  rejection: { reason: string; at: string };
  correctedAt: string;
  correctedBy: string;
};

/** What the bank did with a line of a batch. */
export type LineOutcome = { accepted: true } | { executed: true } | { reason: string; at: string };

export interface PayoutLedger {
  /** Writes the entry unless the application already has one; returns the stored entry. */
  schedule(entry: PayoutEntry): Promise<PayoutEntry>;
  get(applicationId: string): Promise<PayoutEntry | undefined>;
  /** Attaches the workflow's task token so the payout run can resume the application. */
  attachTaskToken(applicationId: string, taskToken: string): Promise<void>;
  /** Scheduled entries due on or before `throughDate`, oldest due date first, page by page. */
  listDue(throughDate: string): AsyncIterable<PayoutEntry>;
  /** The entries of a batch still in it (status `in-batch`, or `accepted` when asked). */
  listInBatch(batchId: string, status?: 'in-batch' | 'accepted'): AsyncIterable<PayoutEntry>;
  /** Every entry a batch ever held, whatever happened to it since (settled, rejected, queued again). */
  listEverInBatch(batchId: string): AsyncIterable<PayoutEntry>;
  /** Puts a scheduled entry in the batch unless another batch has it; true when it is in `batchId` now. */
  claimForBatch(applicationId: string, batchId: string): Promise<boolean>;
  /**
   * Moves an entry of the batch on: `in-batch` to `accepted`, `executed` or `rejected`, or `accepted`
   * to `executed` or `rejected`; false when it is not (or no longer) in a state that allows it.
   */
  settle(applicationId: string, batchId: string, outcome: LineOutcome): Promise<boolean>;
  /**
   * Schedules a rejected entry again, with the corrected amount and due date, for a later run; the
   * rejected line is kept in `previous`. False when the entry is not rejected.
   */
  reschedule(
    applicationId: string,
    amountOre: number,
    dueDate: string,
    correction?: { at: string; by: string },
  ): Promise<boolean>;
}

/** Idempotency keys: the first request with a key wins; repeats get the first result. */
export interface IdempotencyStore {
  /** Reserves the key with the first request's result; returns the result already stored under the key, if any. */
  reserve(key: string, result: string, expiresAt: string): Promise<string | undefined>;
}

/** The clock and randomness, injected so tests freeze them. */
export interface Environment {
  now(): Date;
  /** A URL-safe random id with at least 128 bits of entropy. */
  randomId(): string;
}

/** The append-only journal of every decision and letter (offentlighedsloven § 15: journalisering). */
export interface Journal {
  record(applicationId: string, at: string, entry: Record<string, unknown>): Promise<void>;
  /** A case's entries, oldest first: its decisions, letters and payouts, for the case page. */
  list(applicationId: string): Promise<{ at: string; entry: Record<string, unknown> }[]>;
}

/** Counts that raise alarms: failed applications, reviews past their deadline. */
export interface Metrics {
  count(
    name: 'ApplicationFailed' | 'ReviewsOverdue' | 'RemindersSent' | 'ReceiptMailFailed',
    value?: number,
  ): void;
}

/** Who signs in through which provider: staff through the municipality's, families through the MitID broker. */
export type SignInKind = 'staff' | 'citizen';

/** What the callback checks again (kept in the browser that started the sign-in, by the HTTP layer). */
export type SignInChecks = { state: string; nonce: string; verifier: string; redirectUri: string };

/** Why a sign-in did not complete: the provider could not be reached, said no, or answered wrongly. */
export type SignInFailure = { ok: false; reason: 'unreachable' | 'refused' | 'invalid' };

/**
 * The OpenID Connect providers of a deployment (code flow with PKCE, state and nonce), the same on
 * AWS and locally. The provider's ID token is checked here; what its claims mean is not.
 */
export interface IdentityProviders {
  /** Whether the deployment has a provider for this kind of person. */
  offers(kind: SignInKind): boolean;
  /** Where to send the browser to sign in, and the checks its return must pass. */
  start(
    kind: SignInKind,
    options: { redirectUri: string; lang: 'da' | 'en' },
  ): Promise<{ ok: true; url: string; checks: SignInChecks } | SignInFailure>;
  /** Redeems the code of the provider's redirect (its query parameters); the ID token's claims. */
  finish(
    kind: SignInKind,
    params: Record<string, string>,
    checks: SignInChecks,
  ): Promise<
    | { ok: true; claims: Record<string, unknown>; accessToken?: string; expiresInSeconds?: number }
    | SignInFailure
  >;
  /** The provider's sign-out address (end_session_endpoint), coming back to `returnTo`; none if it has none. */
  endSessionUrl(kind: SignInKind, returnTo: string): Promise<string | undefined>;
}
