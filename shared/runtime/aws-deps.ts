import { randomBytes } from 'node:crypto';
import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { documentClient } from '../adapters/aws/document-client';
import { DynamoApplicationStore } from '../adapters/aws/dynamo-application-store';
import { DecisionJournal, DynamoAccessLog } from '../adapters/aws/dynamo-decision-journal';
import { DynamoDecisionLinkStore } from '../adapters/aws/dynamo-decision-link-store';
import { DynamoIdempotencyStore } from '../adapters/aws/dynamo-idempotency-store';
import { DynamoPayoutLedger } from '../adapters/aws/dynamo-payout-ledger';
import { DynamoReceiptRegistry } from '../adapters/aws/dynamo-receipt-registry';
import { DynamoSessionStore } from '../adapters/aws/dynamo-session-store';
import { S3LetterStore } from '../adapters/aws/s3-letter-store';
import { S3ReceiptStore } from '../adapters/aws/s3-receipt-store';
import { SesMailer } from '../adapters/aws/ses-mailer';
import { SfnWorkflowEngine } from '../adapters/aws/sfn-workflow-engine';
import { EmailLetterChannel } from '../adapters/letters/email-letter-channel';
import { OpenIdProviders } from '../adapters/oidc/openid-providers';
import type { Deps, Settings } from '../app/deps';
import type { LetterRenderer, Metrics } from '../app/ports';
import { ENV, readConfig } from '../config/env';
import { BankingCalendar } from '../domain/banking-days';
import { parseCadence } from '../payouts/schedule';
import { loadCatalogue } from '../rules/catalogue';
import { systemClock } from './clock';
import { payoutParts } from './payout-parts';
import { SettingsError } from './settings-error';
import { SIGN_IN_ENV, signInFrom } from './sign-in-settings';

/** Where the AWS clients point: AWS by default; the local runtime passes its loopback endpoints. */
export type Endpoints = { dynamodb?: string; s3?: string; region?: string };

/** The AWS SDK clients, built once per process and shared by every adapter. */
export function awsClients(endpoints: Endpoints = {}) {
  const region = endpoints.region ?? process.env.AWS_REGION ?? 'eu-north-1';
  return {
    dynamodb: new DynamoDBClient({ region, ...(endpoints.dynamodb ? { endpoint: endpoints.dynamodb } : {}) }),
    s3: new S3Client({ region, ...(endpoints.s3 ? { endpoint: endpoints.s3, forcePathStyle: true } : {}) }),
    ses: new SESv2Client({ region }),
    sfn: new SFNClient({ region }),
  };
}

// In its own file so that payout-parts.ts throws it too without importing this one (a cycle); still exported here.
export { SettingsError };

const wholeNumber = (example: string) =>
  z
    .string()
    .regex(/^\d{1,12}$/, `must be a whole number, e.g. ${example}`)
    .transform(Number);

/** The settings as the environment gives them, parsed once at start (zod); nothing falls back silently. */
const SettingsEnv = z.object({
  [ENV.publicBaseUrl]: z.url({ message: 'must be an absolute URL, e.g. https://tilskud.kommune.dk' }),
  [ENV.caseworkerEmail]: z.email({ message: 'must be an e-mail address' }),
  [ENV.teamLeadEmail]: z.email({ message: 'must be an e-mail address' }),
  [ENV.secondApproverEmail]: z.email({ message: 'must be an e-mail address' }),
  [ENV.fourEyesAboveOre]: wholeNumber('1000000 (øre, i.e. 10.000,00 kr.)'),
  [ENV.reviewReminderWorkingDays]: wholeNumber('3'),
  [ENV.payoutCadence]: z
    .string()
    .optional()
    .transform((text, ctx) => {
      try {
        return parseCadence(text ?? 'banking-day');
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be banking-day, weekly:MON…FRI or monthly:1…31' });
        return z.NEVER;
      }
    }),
  ...SIGN_IN_ENV,
});

/**
 * The settings every use case reads, from the environment once. An invalid or missing value stops
 * the function (and `npm start`) with a message naming each variable: "10.000" for four eyes would
 * otherwise have become NaN and switched four eyes off.
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Settings {
  const parsed = SettingsEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return env[name] === undefined || env[name] === '' ? `${name} is missing` : `${name} ${issue.message}`;
    });
    throw new SettingsError(`invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  const { signIn, problems } = signInFrom(config, config[ENV.publicBaseUrl]);
  if (problems.length > 0) {
    throw new SettingsError(
      `invalid configuration: ${problems.map((p) => `${p.name} ${p.message}`).join('; ')}`,
    );
  }
  return {
    publicBaseUrl: config[ENV.publicBaseUrl],
    caseworkerEmail: config[ENV.caseworkerEmail],
    teamLeadEmail: config[ENV.teamLeadEmail],
    secondApproverEmail: config[ENV.secondApproverEmail],
    fourEyesAboveOre: config[ENV.fourEyesAboveOre],
    reviewReminderWorkingDays: config[ENV.reviewReminderWorkingDays],
    maxReceiptBytes: 10 * 1024 * 1024,
    payoutCadence: config[ENV.payoutCadence],
    ...(signIn ? { signIn } : {}),
  };
}

/** Counts as CloudWatch metrics through Powertools (embedded metric format), flushed after each count. */
class CloudWatchMetrics implements Metrics {
  private readonly metrics = new PowertoolsMetrics({ namespace: 'Supplements', serviceName: 'supplements' });
  count(name: Parameters<Metrics['count']>[0], value = 1): void {
    this.metrics.addMetric(name, MetricUnit.Count, value);
    this.metrics.publishStoredMetrics();
  }
}

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

/** The DynamoDB and S3 adapters over one document client and one S3 client, the same on AWS and locally; `now` is the clock they read. */
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

/**
 * The letter typesetter of every function but send-decision-letter (shared/runtime/letter-deps.ts):
 * pdfkit and the fonts stay out of the other bundles, and a letter asked of them is a fault.
 */
const NO_TYPESETTER: LetterRenderer = {
  render: async () => {
    throw new Error('only the send-decision-letter function typesets letters');
  },
};

/** Each variable that may name a Secrets Manager secret, and the variable the secret then fills. */
const SECRET_REFERENCES = [
  [ENV.staffOidcClientSecretArn, ENV.staffOidcClientSecret],
  [ENV.citizenOidcClientSecretArn, ENV.citizenOidcClientSecret],
] as const;

/** Reads a secret's text by ARN or name. */
export type ReadSecret = (secretId: string) => Promise<string | undefined>;

/**
 * The environment with every secret named by reference (`…_SECRET_ARN`) read in, once at start: a
 * function's configuration says where its client secrets are, never what they are. A secret given
 * both ways, or a reference that reads as empty, stops the start naming the variable.
 */
export async function withReferencedSecrets(
  env: Readonly<Record<string, string | undefined>>,
  read: ReadSecret,
): Promise<Record<string, string | undefined>> {
  const resolved: Record<string, string | undefined> = { ...env };
  for (const [reference, target] of SECRET_REFERENCES) {
    const secretId = env[reference]?.trim();
    if (!secretId) continue;
    if (env[target])
      throw new SettingsError(`invalid configuration: give ${target} or ${reference}, not both`);
    const value = (await read(secretId))?.trim();
    if (!value) throw new SettingsError(`invalid configuration: the secret ${reference} names is empty`);
    resolved[target] = value;
  }
  return resolved;
}

/** Secrets Manager as a `ReadSecret`; the client is made on the first read (most functions read none). */
export function secretsManager(region = process.env.AWS_REGION ?? 'eu-north-1'): ReadSecret {
  let client: SecretsManagerClient | undefined;
  return async (secretId) => {
    client ??= new SecretsManagerClient({ region });
    return (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
  };
}

/** Ids for links, uploads and applications: 144 random bits, URL-safe. */
export const randomId = () => randomBytes(18).toString('base64url');

/** The production dependencies of a Lambda function, built from its environment. */
export async function awsDeps(): Promise<Deps> {
  const tables = readConfig([
    'applicationsTable',
    'decisionsTable',
    'decisionLinksTable',
    'payoutLedgerTable',
    'idempotencyTable',
    'receiptsBucket',
    'stateMachineArn',
    'mailFrom',
  ]);
  const clients = awsClients();
  const doc = documentClient(clients.dynamodb);
  const settings = settingsFromEnv(await withReferencedSecrets(process.env, secretsManager()));
  const mailer = new SesMailer(clients.ses, tables.mailFrom);
  return {
    // Only the functions that serve pages are told of the sessions table (and may read it).
    ...storeAdapters(doc, clients.s3, {
      ...tables,
      sessionsTable: process.env[ENV.sessionsTable] || 'no-sessions-table-for-this-function',
    }),
    // Only the functions told of the finance bucket (payout runs, the HTTP API) get payout parts.
    ...(process.env[ENV.financeBucket]
      ? { payouts: payoutParts(doc, clients.s3, tables.payoutLedgerTable) }
      : {}),
    mailer,
    // Letters' PDFs beside the receipts, under the same retention; e-mailed until Digital Post comes.
    letters: {
      renderer: NO_TYPESETTER,
      store: new S3LetterStore(clients.s3, tables.receiptsBucket),
      channel: new EmailLetterChannel(mailer),
    },
    workflow: new SfnWorkflowEngine(clients.sfn, tables.stateMachineArn),
    metrics: new CloudWatchMetrics(),
    env: { now: systemClock.now, randomId },
    catalogue: loadCatalogue(),
    calendar: new BankingCalendar(),
    settings,
    ...(settings.signIn ? { identityProviders: new OpenIdProviders(settings.signIn) } : {}),
  };
}
