/**
 * Environment variable names shared by the CDK constructs that set them and the handlers that read
 * them, so the two cannot drift apart. Values are read once, at start, by `readConfig`.
 */
export const ENV = {
  applicationsTable: 'APPLICATIONS_TABLE',
  decisionsTable: 'DECISIONS_TABLE',
  decisionLinksTable: 'DECISION_LINKS_TABLE',
  payoutLedgerTable: 'PAYOUT_LEDGER_TABLE',
  idempotencyTable: 'IDEMPOTENCY_TABLE',
  sessionsTable: 'SESSIONS_TABLE',
  receiptsBucket: 'RECEIPTS_BUCKET',
  financeBucket: 'FINANCE_BUCKET',
  stateMachineArn: 'STATE_MACHINE_ARN',
  mailFrom: 'MAIL_FROM',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  teamLeadEmail: 'TEAM_LEAD_EMAIL',
  caseworkerEmail: 'CASEWORKER_EMAIL',
  financeEmail: 'FINANCE_EMAIL',
  secondApproverEmail: 'SECOND_APPROVER_EMAIL',
  fourEyesAboveOre: 'FOUR_EYES_ABOVE_ORE',
  /** `banking-day`, `weekly:FRI` or `monthly:25`, in Europe/Copenhagen. */
  payoutCadence: 'PAYOUT_CADENCE',
  reviewReminderWorkingDays: 'REVIEW_REMINDER_WORKING_DAYS',
  /**
   * Who pays, per municipality (the pain.001 debtor), as JSON:
   * `{"randers":{"name":"Randers Kommune","iban":"DK…","bic":"DABADKKK"}}`. Set by the stack from the
   * deployment configuration (infra/config.ts `payers`); read by the functions that get payout parts.
   */
  payoutPayers: 'PAYOUT_PAYERS',
  /** The value CloudFront sends in x-origin-verify (AWS only): requests without it are refused. */
  originVerify: 'ORIGIN_VERIFY',
  /** The staff identity provider (OpenID Connect): issuer URL, this system's client id and secret. */
  staffOidcIssuer: 'STAFF_OIDC_ISSUER',
  staffOidcClientId: 'STAFF_OIDC_CLIENT_ID',
  staffOidcClientSecret: 'STAFF_OIDC_CLIENT_SECRET',
  /** AWS: the Secrets Manager secret holding that client secret, read once at start instead (shared/runtime/secret-settings.ts). */
  staffOidcClientSecretArn: 'STAFF_OIDC_CLIENT_SECRET_ARN',
  /** Space-separated scopes asked of the staff provider; `openid profile email` unless set. */
  staffOidcScopes: 'STAFF_OIDC_SCOPES',
  /** The MitID broker (OpenID Connect): issuer URL, client id and secret. */
  citizenOidcIssuer: 'CITIZEN_OIDC_ISSUER',
  citizenOidcClientId: 'CITIZEN_OIDC_CLIENT_ID',
  citizenOidcClientSecret: 'CITIZEN_OIDC_CLIENT_SECRET',
  /** AWS: the Secrets Manager secret (ARN or name) holding the broker's client secret, read once at start. */
  citizenOidcClientSecretArn: 'CITIZEN_OIDC_CLIENT_SECRET_ARN',
  /** Space-separated scopes asked of the broker; `openid profile ssn` unless set. */
  citizenOidcScopes: 'CITIZEN_OIDC_SCOPES',
  /** Comma-separated claim names, first found wins, replacing the defaults (identity-claims.ts). */
  oidcGroupsClaims: 'OIDC_GROUPS_CLAIMS',
  oidcMunicipalityClaims: 'OIDC_MUNICIPALITY_CLAIMS',
  oidcCprClaims: 'OIDC_CPR_CLAIMS',
  /** `true` on AWS: a staff sign-in also sets `__Host-staff-at` (the access token) for the JWT authorizer. */
  staffAccessTokenCookie: 'STAFF_ACCESS_TOKEN_COOKIE',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/** Reads the named variables once; throws naming every one that is missing. */
export function readConfig<K extends keyof typeof ENV>(
  keys: readonly K[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<K, string> {
  const missing = keys.filter((key) => !env[ENV[key]]);
  if (missing.length > 0) {
    throw new Error(`missing configuration: ${missing.map((key) => ENV[key]).join(', ')}`);
  }
  return Object.fromEntries(keys.map((key) => [key, env[ENV[key]] ?? ''])) as Record<K, string>;
}
