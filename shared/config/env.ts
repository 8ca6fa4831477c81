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
  /** The value CloudFront sends in x-origin-verify (AWS only): requests without it are refused. */
  originVerify: 'ORIGIN_VERIFY',
  /** Staff sign-in (AWS: the Cognito user pool's issuer URL, `https://cognito-idp.<region>.amazonaws.com/<pool id>`). */
  oidcStaffIssuer: 'OIDC_STAFF_ISSUER',
  /** The web app's client id at the staff identity provider. */
  oidcStaffClientId: 'OIDC_STAFF_CLIENT_ID',
  /** The Secrets Manager secret (ARN) holding the web app's client secret: read at start, never in the environment itself. */
  oidcStaffClientSecretArn: 'OIDC_STAFF_CLIENT_SECRET_ARN',
  /** Cognito's logout endpoint (`https://<domain>/logout`), which ends the managed login session too. */
  oidcStaffLogoutUrl: 'OIDC_STAFF_LOGOUT_URL',
  /**
   * The cookie a staff sign-in sets to the access token (AWS: `__Host-staff-at`), which the edge
   * turns into `Authorization: Bearer` for API Gateway's JWT authorizer; unset, no such cookie is set.
   */
  staffTokenCookie: 'STAFF_TOKEN_COOKIE',
  /** The MitID broker (families' sign-in): its issuer URL and the client id it issued. */
  oidcCitizenIssuer: 'OIDC_CITIZEN_ISSUER',
  oidcCitizenClientId: 'OIDC_CITIZEN_CLIENT_ID',
  /** The Secrets Manager secret (ARN or name) holding the broker's client secret. */
  oidcCitizenClientSecretArn: 'OIDC_CITIZEN_CLIENT_SECRET_ARN',
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
