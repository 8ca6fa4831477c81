import { randomBytes } from 'node:crypto';
import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/aws/document-client';
import { DynamoApplicationStore } from '../adapters/aws/dynamo-application-store';
import { DecisionJournal } from '../adapters/aws/dynamo-decision-journal';
import { DynamoDecisionLinkStore } from '../adapters/aws/dynamo-decision-link-store';
import { DynamoIdempotencyStore } from '../adapters/aws/dynamo-idempotency-store';
import { DynamoPayoutLedger } from '../adapters/aws/dynamo-payout-ledger';
import { DynamoReceiptRegistry } from '../adapters/aws/dynamo-receipt-registry';
import { S3ReceiptStore } from '../adapters/aws/s3-receipt-store';
import { SesMailer } from '../adapters/aws/ses-mailer';
import { SfnWorkflowEngine } from '../adapters/aws/sfn-workflow-engine';
import type { Deps, Settings } from '../app/deps';
import type { Metrics } from '../app/ports';
import { ENV, readConfig } from '../config/env';
import { BankingCalendar } from '../domain/banking-days';
import { loadCatalogue } from '../rules/catalogue';
import { systemClock } from './clock';
import { cadenceFrom, payoutParts } from './payout-parts';

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

/** The settings every use case reads, from the environment once. */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Settings {
  const config = readConfig(
    [
      'publicBaseUrl',
      'caseworkerEmail',
      'teamLeadEmail',
      'secondApproverEmail',
      'fourEyesAboveOre',
      'reviewReminderWorkingDays',
    ],
    env,
  );
  return {
    publicBaseUrl: config.publicBaseUrl,
    caseworkerEmail: config.caseworkerEmail,
    teamLeadEmail: config.teamLeadEmail,
    secondApproverEmail: config.secondApproverEmail,
    fourEyesAboveOre: Number(config.fourEyesAboveOre),
    reviewReminderWorkingDays: Number(config.reviewReminderWorkingDays),
    maxReceiptBytes: 10 * 1024 * 1024,
    payoutCadence: cadenceFrom(env),
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
  return {
    ...storeAdapters(doc, clients.s3, tables),
    // Only the functions told of the finance bucket (payout runs, the HTTP API) get payout parts.
    ...(process.env[ENV.financeBucket]
      ? { payouts: payoutParts(doc, clients.s3, tables.payoutLedgerTable) }
      : {}),
    mailer: new SesMailer(clients.ses, tables.mailFrom),
    workflow: new SfnWorkflowEngine(clients.sfn, tables.stateMachineArn),
    metrics: new CloudWatchMetrics(),
    env: { now: systemClock.now, randomId },
    catalogue: loadCatalogue(),
    calendar: new BankingCalendar(),
    settings: settingsFromEnv(),
  };
}
