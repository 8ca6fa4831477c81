import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../adapters/aws/document-client';
import { DynamoApplicationStore } from '../../adapters/aws/dynamo-application-store';
import { DecisionJournal, DynamoAccessLog } from '../../adapters/aws/dynamo-decision-journal';
import { DynamoDecisionLinkStore } from '../../adapters/aws/dynamo-decision-link-store';
import { DynamoIdempotencyStore } from '../../adapters/aws/dynamo-idempotency-store';
import { DynamoPayoutLedger } from '../../adapters/aws/dynamo-payout-ledger';
import { DynamoReceiptRegistry } from '../../adapters/aws/dynamo-receipt-registry';
import { DynamoSessionStore } from '../../adapters/aws/dynamo-session-store';
import type {
  AccessLog,
  ApplicationStore,
  DecisionLinkStore,
  IdempotencyStore,
  Journal,
  PayoutLedger,
  ReceiptRegistry,
  SessionStore,
} from '../../app/ports';
import { ENV, readConfig } from '../../config/env';
import { region } from './ports';

let doc: DynamoDBDocumentClient | undefined;

/** The process's one DynamoDB document client, shared by every table's adapter. */
export const dynamoDocument = (): DynamoDBDocumentClient =>
  (doc ??= documentClient(new DynamoDBClient({ region: region() })));

/** A table's name from the function's environment (a missing one stops the start, naming it). */
const table = (key: Parameters<typeof readConfig>[0][number]) => readConfig([key])[key];

/** Applications (and their submissions' idempotency keys). */
export const applications = (): ApplicationStore =>
  new DynamoApplicationStore(dynamoDocument(), table('applicationsTable'), table('idempotencyTable'));

/** Decision links. */
export const links = (): DecisionLinkStore =>
  new DynamoDecisionLinkStore(dynamoDocument(), table('decisionLinksTable'));

/** Which application each receipt's hash belongs to. */
export const registry = (): ReceiptRegistry =>
  new DynamoReceiptRegistry(dynamoDocument(), table('idempotencyTable'));

/** The payout ledger. */
export const ledger = (): PayoutLedger =>
  new DynamoPayoutLedger(dynamoDocument(), table('payoutLedgerTable'));

/** Idempotency keys. */
export const idempotency = (): IdempotencyStore =>
  new DynamoIdempotencyStore(dynamoDocument(), table('idempotencyTable'));

/** The decision journal. */
export const journal = (): Journal => new DecisionJournal(dynamoDocument(), table('decisionsTable'));

/** Who looked at which case (in the decisions table). */
export const accessLog = (): AccessLog => new DynamoAccessLog(dynamoDocument(), table('decisionsTable'));

/** Signed-in sessions; only the functions that serve pages are told of (and may read) the table. */
export const sessions = (): SessionStore =>
  new DynamoSessionStore(
    dynamoDocument(),
    process.env[ENV.sessionsTable] || 'no-sessions-table-for-this-function',
  );
