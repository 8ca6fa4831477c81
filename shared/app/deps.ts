import type { BankingCalendar } from '../domain/banking-days';
import type { Cadence } from '../payouts/schedule';
import type { Catalogue } from '../rules/catalogue';
import type { ClaimNames } from './identity-claims';
import type { PayoutParts } from './payout-ports';
import type {
  AccessLog,
  ApplicationStore,
  DecisionLinkStore,
  Environment,
  IdempotencyStore,
  IdentityProviders,
  Journal,
  LetterChannel,
  LetterRenderer,
  LetterStore,
  Mailer,
  Metrics,
  PayoutLedger,
  ReceiptRegistry,
  ReceiptStore,
  SessionStore,
  WorkflowEngine,
} from './ports';

/** Settings the use cases need, read once from configuration. */
export type Settings = {
  publicBaseUrl: string;
  caseworkerEmail: string;
  teamLeadEmail: string;
  secondApproverEmail: string;
  /** Grants above this many øre need a second approver (four eyes). */
  fourEyesAboveOre: number;
  /** Working days before a waiting reviewer is reminded. */
  reviewReminderWorkingDays: number;
  /** Largest receipt accepted, in bytes. */
  maxReceiptBytes: number;
  /** How often payout runs pay (every banking day unless set): when the family can expect the money. */
  payoutCadence?: Cadence;
  /**
   * Locally only: the staff API (`/api/payout-batches…`) answers callers on this machine without
   * sign-in, as the local-only helpers do; staff pages always need it. Never set on AWS, where
   * API Gateway's JWT authorizer stands in front of those routes.
   */
  staffApiWithoutSignIn?: boolean;
  /** Sign-in with OpenID Connect; absent where the deployment names no provider. */
  signIn?: SignInSettings;
};

/** One OpenID Connect client registration: the provider (its issuer) and this system's client there. */
export type OidcClientSettings = { issuer: string; clientId: string; clientSecret: string; scopes: string };

/** The providers of a deployment and how their claims are read. */
export type SignInSettings = {
  /** The municipality's identity provider (Cognito federated to Entra ID on AWS). */
  staff?: OidcClientSettings;
  /** The MitID broker. */
  citizen?: OidcClientSettings;
  claimNames: ClaimNames;
  /**
   * AWS: after a staff sign-in, also set `__Host-staff-at` with the access token (a JWT), which a
   * CloudFront Function hands API Gateway's JWT authorizer as `Authorization: Bearer`.
   */
  staffAccessTokenCookie: boolean;
};

/** Everything the use cases talk to: ports, the catalogue, the calendar and the settings. */
export type Deps = {
  applications: ApplicationStore;
  links: DecisionLinkStore;
  receipts: ReceiptStore;
  registry: ReceiptRegistry;
  mailer: Mailer;
  workflow: WorkflowEngine;
  ledger: PayoutLedger;
  idempotency: IdempotencyStore;
  journal: Journal;
  /** Signed-in sessions (staff and families). */
  sessions: SessionStore;
  /** Who looked at which case's personal data, and who decided. */
  accessLog: AccessLog;
  metrics: Metrics;
  env: Environment;
  catalogue: Catalogue;
  calendar: BankingCalendar;
  settings: Settings;
  /** The OpenID Connect providers people sign in with (absent: sign-in is not set up). */
  identityProviders?: IdentityProviders;
  /** Decision letters: typeset as PDF, kept, and delivered to the family. */
  letters: { renderer: LetterRenderer; store: LetterStore; channel: LetterChannel };
  /** Payout runs: batches, the finance bucket and their settings (absent where nothing runs payouts). */
  payouts?: PayoutParts;
};
