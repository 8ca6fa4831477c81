import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Payer } from '../shared/payouts/payer';

/** The municipalities whose rules the catalogue carries. */
export type Municipality = 'randers' | 'rudersdal';

/** S3 Object Lock modes: GOVERNANCE can be lifted by a privileged role, COMPLIANCE by nobody. */
export type LockMode = 'GOVERNANCE' | 'COMPLIANCE';

/**
 * How long one municipality keeps what the system stores (facts.md §5). Children's case files are
 * preserved in full and nothing may be deleted without Rigsarkivet's permission, so deletion is
 * never automatic unless a municipality says so here.
 */
export type RetentionConfig = {
  /** Days each receipt is locked against deletion (Object Lock, GOVERNANCE). */
  receiptsRetentionDays: number;
  /** Days each payout file is locked: accounting material, 5 years (bogføringsloven). */
  financeRetentionDays: number;
  /** Lock mode of payout files: COMPLIANCE once the municipality's finance team has confirmed it. */
  financeLockMode: LockMode;
  /** Whether objects are deleted once their retention ends; false leaves deletion to a person. */
  deleteAutomatically: boolean;
};

/** Everything a deployment needs to know that is not code: addresses, limits and retention. */
export type DeploymentConfig = {
  region: string;
  /** The origin citizens' browsers load the pages from: receipt uploads and e-mail links use it. */
  publicOrigin: string;
  /** The SES domain identity mail is sent from. */
  mailDomain: string;
  /** The bare sender address (no display name): IAM's `ses:FromAddress` condition compares it. */
  mailFrom: string;
  contacts: { caseworker: string; teamLead: string; secondApprover: string; finance: string };
  /** Who receives alarms by e-mail; none subscribes when absent. */
  alarmEmail?: string;
  /** Granted amounts above this many øre need a second approver. */
  fourEyesAboveOre: number;
  /** Working days a review may wait before its reminder. */
  reviewReminderWorkingDays: number;
  /** Requests per second (steady and burst) the HTTP API accepts before throttling. */
  apiThrottle: { rateLimit: number; burstLimit: number };
  /**
   * Tighter limits for the routes anyone may call, by route key ("POST /api/applications"): a flood
   * of one route cannot use up the whole API's limit.
   */
  routeThrottles: Record<string, { rateLimit: number; burstLimit: number }>;
  logRetention: RetentionDays;
  retention: Record<Municipality, RetentionConfig>;
  /** The edge (CloudFront with AWS WAF): requests per client IP per 5 minutes, and the longest path or query. */
  edge: { requestsPerIpPer5Minutes: number; maxPathBytes: number };
  /**
   * Who pays, per municipality: the name, IBAN and BIC of the account the payouts leave from (the
   * pain.001 debtor). Finance gives them; `-c payers='{…}'` overrides. Checked at synth
   * (infra/payers-config.ts) and again by the functions at start (`PAYOUT_PAYERS`).
   */
  payers: Record<Municipality, Payer>;
  /** Staff sign-in: the Cognito user pool's managed login domain and the municipalities' identity providers. */
  staffSignIn: StaffSignInConfig;
  /** Families' sign-in through the municipality's MitID broker (OpenID Connect); absent, no MitID on AWS. */
  citizenSignIn?: CitizenSignInConfig;
};

/**
 * A municipality's identity provider, federated into the staff user pool. Its client secret (OIDC)
 * lives in Secrets Manager under `clientSecretName`, put there by hand: never in code or config.
 */
export type StaffIdentityProvider =
  | {
      kind: 'saml';
      /** The provider's name in Cognito (3–32 letters, digits, `.`, `_`, `-`), e.g. `Randers-Entra`. */
      name: string;
      /** The provider's federation metadata URL. */
      metadataUrl: string;
      /** SAML attribute names; Entra ID's claim URIs where absent. */
      attributes?: Partial<StaffAttributeNames>;
    }
  | {
      kind: 'oidc';
      name: string;
      /** The provider's issuer URL (its discovery document is read from there). */
      issuer: string;
      clientId: string;
      clientSecretName: string;
      /** Claim names; the OpenID standard claims where absent. */
      attributes?: Partial<StaffAttributeNames>;
    };

/** Where the provider puts what the user pool keeps of a person. */
export type StaffAttributeNames = { email: string; name: string; givenName: string; familyName: string };

/** Staff sign-in: Cognito's managed login domain prefix and the federated identity providers (none: Cognito users only). */
export type StaffSignInConfig = { domainPrefix: string; identityProviders: StaffIdentityProvider[] };

/**
 * The MitID broker as an OpenID provider: issuer, the client id it issued, the secret's name in
 * Secrets Manager, and the scopes that release name and CPR number (`openid profile ssn` unless set).
 */
export type CitizenSignInConfig = {
  issuer: string;
  clientId: string;
  clientSecretName: string;
  scopes?: string;
};

/** Five years in days (with a leap day): the bookkeeping act's minimum for accounting material. */
export const FIVE_YEARS_DAYS = 1826;

/** The deployment for Randers and Rudersdal. */
export const config: DeploymentConfig = {
  region: 'eu-north-1',
  publicOrigin: 'https://tilskud.example.org',
  mailDomain: 'tilskud.example.org',
  mailFrom: 'no-reply@tilskud.example.org',
  contacts: {
    caseworker: 'sagsbehandler@tilskud.example.org',
    teamLead: 'teamleder@tilskud.example.org',
    secondApprover: 'godkender@tilskud.example.org',
    finance: 'oekonomi@tilskud.example.org',
  },
  fourEyesAboveOre: 1_000_000,
  reviewReminderWorkingDays: 5,
  apiThrottle: { rateLimit: 50, burstLimit: 100 },
  routeThrottles: {
    'POST /api/applications': { rateLimit: 5, burstLimit: 10 },
    'POST /api/uploads': { rateLimit: 10, burstLimit: 20 },
    'GET /api/applications/{id}': { rateLimit: 20, burstLimit: 40 },
    'POST /decisions/{opaqueId}': { rateLimit: 5, burstLimit: 10 },
    'POST /answers/{opaqueId}': { rateLimit: 5, burstLimit: 10 },
    'POST /api/rules/evaluate': { rateLimit: 20, burstLimit: 40 },
  },
  logRetention: RetentionDays.ONE_YEAR,
  // EXAMPLE ACCOUNTS, as the example.org addresses above: each municipality's finance department gives
  // the real ones (IBAN and BIC of the account payouts leave from) before a deployment pays anyone.
  payers: {
    randers: { name: 'Randers Kommune', iban: 'DK5000400440116243', bic: 'DABADKKK' },
    rudersdal: { name: 'Rudersdal Kommune', iban: 'DK9520000123456789', bic: 'NDEADKKK' },
  },
  edge: { requestsPerIpPer5Minutes: 1000, maxPathBytes: 2048 },
  // Identity providers per deployment, here or with `-c staffIdentityProviders='[…]'` (README "Sign-in on AWS").
  staffSignIn: { domainPrefix: 'tilskud-personale', identityProviders: [] },
  retention: {
    // Receipts are vouchers for payouts, so they share the accounting material's five years.
    randers: {
      receiptsRetentionDays: FIVE_YEARS_DAYS,
      financeRetentionDays: FIVE_YEARS_DAYS,
      financeLockMode: 'GOVERNANCE',
      deleteAutomatically: false,
    },
    rudersdal: {
      receiptsRetentionDays: FIVE_YEARS_DAYS,
      financeRetentionDays: FIVE_YEARS_DAYS,
      financeLockMode: 'GOVERNANCE',
      deleteAutomatically: false,
    },
  },
};

/** What one shared bucket must do so that every municipality's retention holds. */
export type BucketRetention = {
  /** The longest configured retention: the bucket's default Object Lock period. */
  days: number;
  mode: LockMode;
  /** Days after which objects expire; only when every municipality allows automatic deletion. */
  expireAfterDays?: number;
};

/** The retention of the receipts or finance bucket, shared by all municipalities. */
export function bucketRetention(
  deployment: DeploymentConfig,
  bucket: 'receipts' | 'finance',
): BucketRetention {
  const all = Object.entries(deployment.retention);
  for (const [municipality, retention] of all) validateRetention(municipality, retention);
  const days = Math.max(
    ...all.map(([, r]) => (bucket === 'receipts' ? r.receiptsRetentionDays : r.financeRetentionDays)),
  );
  const mode: LockMode =
    bucket === 'receipts' || all.every(([, r]) => r.financeLockMode === 'GOVERNANCE')
      ? 'GOVERNANCE'
      : 'COMPLIANCE';
  const deleteAutomatically = all.length > 0 && all.every(([, r]) => r.deleteAutomatically);
  return deleteAutomatically ? { days, mode, expireAfterDays: days } : { days, mode };
}

function validateRetention(municipality: string, retention: RetentionConfig): void {
  const { receiptsRetentionDays, financeRetentionDays } = retention;
  for (const [name, days] of Object.entries({ receiptsRetentionDays, financeRetentionDays })) {
    if (!Number.isInteger(days) || days < 1) {
      throw new Error(`retention.${municipality}.${name} must be a whole number of days, got ${days}`);
    }
  }
  if (financeRetentionDays < FIVE_YEARS_DAYS) {
    throw new Error(
      `retention.${municipality}.financeRetentionDays is ${financeRetentionDays}: accounting material is kept at least ${FIVE_YEARS_DAYS} days`,
    );
  }
}
