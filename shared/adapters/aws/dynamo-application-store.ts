import { createHash } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Application, Status } from '../../app/application';
import type { ApplicationStore, CreateOutcome, KeyHold } from '../../app/ports';
import { TABLES } from '../tables';
import { queryUpTo } from './dynamo-query';
import { isConditionalCheckFailed } from './errors';
import { epochSeconds, utcInstant } from './instants';

const table = TABLES.applications;
const keys = TABLES.idempotency;

/** Keys of POST /api/applications in the idempotency table, apart from `receipt#` items. */
const keyItemKey = (key: string) => `request#${key}`;
/** Upload ids in the idempotency table, each held by the application it belongs to (no expiry). */
const uploadItemKey = (uploadId: string) => `upload#${uploadId}`;

type Reasons = { CancellationReasons?: { Code?: string }[] };
/** The indexes of a cancelled transaction's items whose condition failed. */
const failedConditions = (error: unknown): number[] =>
  ((error as Reasons).CancellationReasons ?? []).flatMap((r, i) =>
    r.Code === 'ConditionalCheckFailed' ? [i] : [],
  );

/** The index attributes stored beside an application; they are derived, never read back into it. */
type IndexAttributes = { updatedAt: string; childKey: string; applicantKey: string };

/** Applications in DynamoDB, one item per application, with the attributes the byStatus and byChild indexes need. */
export class DynamoApplicationStore implements ApplicationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** The idempotency table, where `createWithKey` takes the key in the same transaction. */
    private readonly keysTableName?: string,
  ) {}

  async createWithKey(application: Application, hold: KeyHold): Promise<CreateOutcome> {
    const keysTable = this.keysTable();
    const uploads = application.receipts.map((uploadId) => ({
      Put: {
        TableName: keysTable,
        Item: { [keys.partitionKey]: uploadItemKey(uploadId), applicationId: application.id },
        ConditionExpression: 'attribute_not_exists(#key)',
        ExpressionAttributeNames: { '#key': keys.partitionKey },
      },
    }));
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: keysTable,
                Item: {
                  [keys.partitionKey]: keyItemKey(hold.key),
                  applicationId: hold.record,
                  [keys.ttl]: epochSeconds(hold.expiresAt),
                },
                ConditionExpression: 'attribute_not_exists(#key)',
                ExpressionAttributeNames: { '#key': keys.partitionKey },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: toItem(application),
                ConditionExpression: 'attribute_not_exists(#id)',
                ExpressionAttributeNames: { '#id': table.partitionKey },
              },
            },
            ...uploads,
          ],
        }),
      );
      return { outcome: 'created' };
    } catch (error) {
      // Only lost conditions are outcomes: the key (item 0) or receipts (items 2…). Anything else
      // (the application's id, a service fault) is a fault, and the transaction wrote nothing.
      const failed = failedConditions(error);
      if (failed.includes(0)) return { outcome: 'key-taken' };
      const taken = failed.filter((i) => i >= 2).map((i) => application.receipts[i - 2] ?? '');
      if (taken.length > 0) return { outcome: 'uploads-taken', uploads: taken };
      throw error;
    }
  }

  async claimUploads(applicationId: string, uploadIds: readonly string[]): Promise<string[]> {
    if (uploadIds.length === 0) return [];
    const keysTable = this.keysTable();
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: uploadIds.map((uploadId) => ({
            Put: {
              TableName: keysTable,
              Item: { [keys.partitionKey]: uploadItemKey(uploadId), applicationId },
              ConditionExpression: 'attribute_not_exists(#key) OR #app = :app',
              ExpressionAttributeNames: { '#key': keys.partitionKey, '#app': 'applicationId' },
              ExpressionAttributeValues: { ':app': applicationId },
            },
          })),
        }),
      );
      return [];
    } catch (error) {
      const taken = failedConditions(error).map((i) => uploadIds[i] ?? '');
      if (taken.length > 0) return taken;
      throw error;
    }
  }

  private keysTable(): string {
    if (!this.keysTableName) throw new Error('this application store has no idempotency table');
    return this.keysTableName;
  }

  async heldKey(key: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.keysTable(),
        Key: { [keys.partitionKey]: keyItemKey(key) },
        ConsistentRead: true,
      }),
    );
    const record = Item?.applicationId;
    return typeof record === 'string' ? record : undefined;
  }

  async get(id: string): Promise<Application | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { [table.partitionKey]: id }, ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async create(application: Application): Promise<boolean> {
    return this.conditionalPut(application, {
      ConditionExpression: 'attribute_not_exists(#id)',
      ExpressionAttributeNames: { '#id': table.partitionKey },
    });
  }

  async put(application: Application): Promise<boolean> {
    return this.conditionalPut(application, {
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': application.version - 1 },
    });
  }

  async listForChild(application: Application, limit: number): Promise<Application[]> {
    if (limit <= 0) return [];
    const items = await queryUpTo(
      this.client,
      {
        TableName: this.tableName,
        IndexName: table.byChild.name,
        KeyConditionExpression: '#childKey = :childKey AND #submittedAt < :submittedAt',
        ExpressionAttributeNames: {
          '#childKey': table.byChild.partitionKey,
          '#submittedAt': table.byChild.sortKey,
        },
        ExpressionAttributeValues: {
          ':childKey': childKey(application),
          ':submittedAt': application.submittedAt,
        },
        ScanIndexForward: false,
      },
      limit,
    );
    return items.map(fromItem).filter((earlier) => earlier.id !== application.id);
  }

  async listByStatus(status: Status, before: string, limit: number): Promise<Application[]> {
    if (limit <= 0) return [];
    const items = await queryUpTo(
      this.client,
      {
        TableName: this.tableName,
        IndexName: table.byStatus.name,
        KeyConditionExpression: '#status = :status AND #updatedAt < :before',
        ExpressionAttributeNames: {
          '#status': table.byStatus.partitionKey,
          '#updatedAt': table.byStatus.sortKey,
        },
        ExpressionAttributeValues: { ':status': status, ':before': utcInstant(before) },
        ScanIndexForward: true,
      },
      limit,
    );
    return items.map(fromItem);
  }

  async listForMunicipality(municipality: Application['municipality'], limit: number) {
    return this.newest(table.byMunicipality, municipality, limit);
  }

  async listForApplicant(cpr: string, limit: number) {
    return this.newest(table.byApplicant, applicantKey(cpr), limit);
  }

  private async newest(
    index: { name: string; partitionKey: string },
    value: string,
    limit: number,
  ): Promise<Application[]> {
    if (limit <= 0) return [];
    const items = await queryUpTo(
      this.client,
      {
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#key = :value',
        ExpressionAttributeNames: { '#key': index.partitionKey },
        ExpressionAttributeValues: { ':value': value },
        ScanIndexForward: false,
      },
      limit,
    );
    return items.map(fromItem);
  }

  private async conditionalPut(
    application: Application,
    condition: Pick<
      PutCommandInput,
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: toItem(application), ...condition }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}

/**
 * The byChild partition key: SHA-256 (hex) of "<CPR without dash>:<child's birth date>", so the index
 * groups a child's applications without holding the CPR number.
 */
export function childKey(application: Application): string {
  const cpr = application.applicant.cpr.replace('-', '');
  return createHash('sha256')
    .update(`${cpr}:${childBirthDate(application)}`)
    .digest('hex');
}

function childBirthDate(application: Application): string {
  const child = application.claim.child;
  const birthDate =
    typeof child === 'object' && child !== null ? (child as Record<string, unknown>).birthDate : undefined;
  if (typeof birthDate !== 'string') throw new Error(`application ${application.id} has no child birth date`);
  return birthDate;
}

/** The byApplicant partition key: SHA-256 (hex) of the CPR, so the index never holds the number. */
export const applicantKey = (cpr: string) => createHash('sha256').update(`applicant:${cpr}`).digest('hex');

function toItem(application: Application): Application & IndexAttributes {
  const updatedAt = application.timeline.at(-1)?.at ?? application.submittedAt;
  return {
    ...application,
    updatedAt: utcInstant(updatedAt),
    childKey: childKey(application),
    applicantKey: applicantKey(application.applicant.cpr),
  };
}

function fromItem(item: Record<string, unknown>): Application {
  const { updatedAt: _updatedAt, childKey: _childKey, applicantKey: _applicantKey, ...application } = item;
  return application as Application;
}
