import type { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoApplicationStore } from '../adapters/aws/dynamo-application-store';
import { DecisionJournal, DynamoAccessLog } from '../adapters/aws/dynamo-decision-journal';
import { DynamoDecisionLinkStore } from '../adapters/aws/dynamo-decision-link-store';
import { DynamoIdempotencyStore } from '../adapters/aws/dynamo-idempotency-store';
import { DynamoPayoutLedger } from '../adapters/aws/dynamo-payout-ledger';
import { DynamoReceiptRegistry } from '../adapters/aws/dynamo-receipt-registry';
import { DynamoSessionStore } from '../adapters/aws/dynamo-session-store';
import { S3ReceiptStore } from '../adapters/aws/s3-receipt-store';
import { OpenIdProviders } from '../adapters/oidc/openid-providers';
import type { Deps } from '../app/deps';
import { ENV, readConfig } from '../config/env';
import { systemClock } from './clock';
import { calendar, env } from './compose/basics';
import { catalogue } from './compose/catalogue';
import {
  accessLog,
  applications,
  dynamoDocument,
  idempotency,
  journal,
  ledger,
  links,
  registry,
  sessions,
} from './compose/dynamo';
import { keptLetters } from './compose/letters';
import { mailer } from './compose/mail';
import { metrics } from './compose/metrics';
import { region } from './compose/ports';
import { receipts, s3Client } from './compose/s3';
import { workflow } from './compose/workflow';
import { payoutParts } from './payout-parts';
import { type ReadSecret, settingsFromEnv, withReferencedSecrets } from './settings';

export { randomId } from './compose/basics';
export { type ReadSecret, SettingsError, settingsFromEnv, withReferencedSecrets } from './settings';

/** Where the data lives: table and bucket names (from the environment on AWS, fixed locally). */
export type StoreNames = {
  applicationsTable: string;
  decisionsTable: string;
  decisionLinksTable: string;
  payoutLedgerTable: string;
  idempotencyTable: string;
  sessionsTable: string;
  receiptsBucket: string;
};

/** The DynamoDB and S3 adapters over one document client and one S3 client, as the local runtime builds them; `now` is the clock they read. */
export function storeAdapters(
  doc: DynamoDBDocumentClient,
  s3: S3Client,
  names: StoreNames,
  now: () => Date = systemClock.now,
) {
  return {
    applications: new DynamoApplicationStore(doc, names.applicationsTable, names.idempotencyTable),
    links: new DynamoDecisionLinkStore(doc, names.decisionLinksTable),
    receipts: new S3ReceiptStore(s3, names.receiptsBucket, now),
    registry: new DynamoReceiptRegistry(doc, names.idempotencyTable),
    ledger: new DynamoPayoutLedger(doc, names.payoutLedgerTable),
    idempotency: new DynamoIdempotencyStore(doc, names.idempotencyTable),
    journal: new DecisionJournal(doc, names.decisionsTable),
    accessLog: new DynamoAccessLog(doc, names.decisionsTable),
    sessions: new DynamoSessionStore(doc, names.sessionsTable),
  };
}

/** Secrets Manager as a `ReadSecret`; the client is made on the first read (most starts read none). */
export function secretsManager(inRegion = region()): ReadSecret {
  let client: SecretsManagerClient | undefined;
  return async (secretId) => {
    client ??= new SecretsManagerClient({ region: inRegion });
    return (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
  };
}

/**
 * The dependencies of the HTTP functions (http-api, finance-api), which serve every route and so
 * use every port; the workflow's functions compose only theirs (functions/*.ts `ports`). The
 * client secrets are read from Secrets Manager once, at start.
 */
export async function awsDeps(): Promise<Deps> {
  const settings = settingsFromEnv(await withReferencedSecrets(process.env, secretsManager()));
  return {
    applications: applications(),
    links: links(),
    receipts: receipts(),
    registry: registry(),
    ledger: ledger(),
    idempotency: idempotency(),
    journal: journal(),
    accessLog: accessLog(),
    sessions: sessions(),
    // Only the functions told of the finance bucket (payout runs, the HTTP API) get payout parts.
    ...(process.env[ENV.financeBucket]
      ? {
          payouts: payoutParts(
            dynamoDocument(),
            s3Client(),
            readConfig(['payoutLedgerTable']).payoutLedgerTable,
          ),
        }
      : {}),
    mailer: mailer(),
    letters: keptLetters(),
    workflow: workflow(),
    metrics: metrics(),
    env: env(),
    catalogue: catalogue(),
    calendar: calendar(),
    settings,
    ...(settings.signIn ? { identityProviders: new OpenIdProviders(settings.signIn) } : {}),
  };
}
