import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { documentClient } from '../../shared/adapters/aws/document-client';
import { DynamoPayoutBatchStore } from '../../shared/adapters/aws/dynamo-payout-batch-store';
import { S3FinanceFileStore } from '../../shared/adapters/aws/s3-finance-file-store';
import { S3LetterStore } from '../../shared/adapters/aws/s3-letter-store';
import { EmailLetterChannel } from '../../shared/adapters/letters/email-letter-channel';
import { OpenIdProviders, type ProviderFault } from '../../shared/adapters/oidc/openid-providers';
import { PdfLetterRenderer, SOURCE_LETTER_FONT_DIR } from '../../shared/adapters/pdf/letter-pdf';
import type { Deps, Settings } from '../../shared/app/deps';
import { DEFAULT_CLAIM_NAMES } from '../../shared/app/identity-claims';
import type { Mailer, Metrics, WorkflowEngine } from '../../shared/app/ports';
import { ENV } from '../../shared/config/env';
import { BankingCalendar } from '../../shared/domain/banking-days';
import type { Payer } from '../../shared/payouts/payer';
import type { Catalogue } from '../../shared/rules/catalogue';
import { randomId, settingsFromEnv, storeAdapters } from '../../shared/runtime/aws-deps';
import { DEFAULT_PAYOUT_SETTINGS } from '../../shared/runtime/payout-parts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './endpoints';
import type { LocalIdentityProvider } from './identity-provider';
import { LOCAL_BUCKETS } from './s3';
import { LOCAL_TABLES } from './tables';

/**
 * The settings from the environment, with local defaults for whatever it does not set: the pages
 * on this machine, made-up municipal addresses, four eyes above 10.000 kr., reminders after 3 working days.
 */
export function localSettings(port: number, env: Readonly<Record<string, string | undefined>>): Settings {
  const defaults: Record<string, string> = {
    [ENV.publicBaseUrl]: `http://127.0.0.1:${port}`,
    [ENV.caseworkerEmail]: 'sagsbehandler@kommune.local',
    [ENV.teamLeadEmail]: 'teamleder@kommune.local',
    [ENV.secondApproverEmail]: 'godkender@kommune.local',
    [ENV.fourEyesAboveOre]: '1000000',
    [ENV.reviewReminderWorkingDays]: '3',
  };
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value));
  return { ...settingsFromEnv({ ...defaults, ...given }), staffApiWithoutSignIn: true };
}

/**
 * The settings with the local OpenID provider as both providers (the staff IdP and the MitID
 * broker), whatever the environment says of providers: `npm start` needs none. Claim names given
 * in the environment are kept; the access-token cookie is for AWS's edge and stays off.
 */
export function withLocalSignIn(settings: Settings, provider: LocalIdentityProvider): Settings {
  const { issuer, clients } = provider;
  return {
    ...settings,
    signIn: {
      staff: { issuer, ...clients.staff, scopes: 'openid profile email' },
      citizen: { issuer, ...clients.citizen, scopes: 'openid profile ssn' },
      claimNames: settings.signIn?.claimNames ?? DEFAULT_CLAIM_NAMES,
      staffAccessTokenCookie: false,
    },
  };
}

/** An S3 client for s3rver: path-style URLs, the fake key pair, the local region. */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    region: LOCAL_REGION,
    endpoint,
    forcePathStyle: true,
    credentials: LOCAL_CREDENTIALS,
  });
}

/** What the local composition root hands over: the servers' clients and the local adapters. */
export type LocalParts = {
  dynamodb: DynamoDBClient;
  s3: S3Client;
  mailer: Mailer;
  metrics: Metrics;
  workflow: WorkflowEngine;
  catalogue: Catalogue;
  settings: Settings;
  /** The local clock: every reading of the time goes through it. */
  now: () => Date;
  /** Who pays, per municipality (the pain.001 debtor): made-up accounts unless `PAYOUT_PAYERS` says otherwise. */
  payers: Record<string, Payer>;
  /** Where a sign-in's trouble with the provider is reported (step and error name, no claims). */
  onSignInFault?: (fault: ProviderFault) => void;
};

/** The same `Deps` as on AWS, with the real DynamoDB and S3 adapters pointed at the local servers. */
export function localDeps(parts: LocalParts): Deps {
  return {
    ...storeAdapters(
      documentClient(parts.dynamodb),
      parts.s3,
      {
        applicationsTable: LOCAL_TABLES.applications,
        decisionsTable: LOCAL_TABLES.decisions,
        decisionLinksTable: LOCAL_TABLES.decisionLinks,
        payoutLedgerTable: LOCAL_TABLES.payoutLedger,
        idempotencyTable: LOCAL_TABLES.idempotency,
        sessionsTable: LOCAL_TABLES.sessions,
        receiptsBucket: LOCAL_BUCKETS.receipts,
      },
      parts.now,
    ),
    mailer: parts.mailer,
    // The same letters as on AWS: typeset from the repository's fonts, kept in s3rver, e-mailed to the outbox.
    letters: {
      renderer: new PdfLetterRenderer(SOURCE_LETTER_FONT_DIR),
      store: new S3LetterStore(parts.s3, LOCAL_BUCKETS.receipts),
      channel: new EmailLetterChannel(parts.mailer),
    },
    workflow: parts.workflow,
    metrics: parts.metrics,
    env: { now: parts.now, randomId },
    catalogue: parts.catalogue,
    calendar: new BankingCalendar(),
    settings: parts.settings,
    ...(parts.settings.signIn
      ? { identityProviders: new OpenIdProviders(parts.settings.signIn, parts.onSignInFault) }
      : {}),
    payouts: {
      batches: new DynamoPayoutBatchStore(documentClient(parts.dynamodb), LOCAL_TABLES.payoutLedger),
      files: new S3FinanceFileStore(parts.s3, LOCAL_BUCKETS.finance),
      settings: {
        ...DEFAULT_PAYOUT_SETTINGS,
        cadence: parts.settings.payoutCadence ?? { kind: 'banking-day' },
        financeEmail: 'oekonomi@kommune.local',
        payers: parts.payers,
      },
    },
  };
}
