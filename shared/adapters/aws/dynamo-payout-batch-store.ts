import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { PayoutBatchStore } from '../../app/payout-ports';
import type { BatchRelease, BatchStep, PayoutBatch } from '../../payouts/batch';
import { TABLES } from '../tables';
import { isConditionalCheckFailed } from './errors';

const table = TABLES.payoutLedger;
const index = table.byStatusDue;
/**
 * Batches share the payout ledger table under `batch#<id>`. Their `status` is `batch` and their
 * `dueDate` the scheduled time, so the status/due-date index lists them newest first without a scan,
 * and no query for entries (`scheduled`, `in-batch`) ever meets one.
 */
const BATCH_STATUS = 'batch';
const keyOf = (id: string) => `batch#${id}`;
/**
 * The claim on a batch's finance e-mail: an item of its own (`notice#<id>`), apart from the batch,
 * which `advance` replaces whole. It has no status, so the status index never lists it.
 */
const noticeKeyOf = (id: string) => `notice#${id}`;
/** The four eyes on a batch, also an item of its own (`release#<id>`), for the same reason. */
const releaseKeyOf = (id: string) => `release#${id}`;

type BatchItem = PayoutBatch & { applicationId: string; status: string; dueDate: string };

const toItem = (batch: PayoutBatch): BatchItem => ({
  ...batch,
  [table.partitionKey]: keyOf(batch.id),
  [index.partitionKey]: BATCH_STATUS,
  [index.sortKey]: batch.scheduledAt,
});

const fromItem = ({ applicationId: _a, status: _s, dueDate: _d, ...batch }: BatchItem): PayoutBatch => batch;

/** Payout batches in DynamoDB: created once per id, moved forward by conditional writes on the step. */
export class DynamoPayoutBatchStore implements PayoutBatchStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(batch: PayoutBatch): Promise<PayoutBatch> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(batch),
          ConditionExpression: 'attribute_not_exists(#key)',
          ExpressionAttributeNames: { '#key': table.partitionKey },
        }),
      );
      return batch;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    const stored = await this.get(batch.id);
    if (!stored) throw new Error(`payout batch ${batch.id} vanished after a conflicting write`);
    return stored;
  }

  async get(id: string): Promise<PayoutBatch | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: keyOf(id) },
        ConsistentRead: true,
      }),
    );
    return Item && fromItem(Item as BatchItem);
  }

  async advance(batch: PayoutBatch, from: BatchStep): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(batch),
          ConditionExpression: '#step = :from',
          ExpressionAttributeNames: { '#step': 'step' },
          ExpressionAttributeValues: { ':from': from },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async list(limit: number): Promise<PayoutBatch[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#status = :batch',
        ExpressionAttributeNames: { '#status': index.partitionKey },
        ExpressionAttributeValues: { ':batch': BATCH_STATUS },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map((item) => fromItem(item as BatchItem));
  }

  async claimNotice(batchId: string, at: string, staleBefore: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { [table.partitionKey]: noticeKeyOf(batchId), claimedAt: at },
          // The one e-mail per batch: the first claim wins; only a claim whose run never sent is taken over.
          ConditionExpression:
            'attribute_not_exists(#key) OR (attribute_not_exists(#sentAt) AND #claimedAt < :stale)',
          ExpressionAttributeNames: {
            '#key': table.partitionKey,
            '#sentAt': 'sentAt',
            '#claimedAt': 'claimedAt',
          },
          ExpressionAttributeValues: { ':stale': staleBefore },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async noticeSent(batchId: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: noticeKeyOf(batchId) },
        UpdateExpression: 'SET #sentAt = :at',
        ExpressionAttributeNames: { '#sentAt': 'sentAt' },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  async releaseOf(batchId: string): Promise<BatchRelease | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: releaseKeyOf(batchId) },
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const { releasedBy, releasedAt, confirmedBy, confirmedAt } = Item as BatchRelease;
    return { releasedBy, releasedAt, ...(confirmedBy ? { confirmedBy, confirmedAt } : {}) };
  }

  async release(batchId: string, by: string, at: string): Promise<boolean> {
    return this.conditional(
      new PutCommand({
        TableName: this.tableName,
        Item: { [table.partitionKey]: releaseKeyOf(batchId), releasedBy: by, releasedAt: at },
        ConditionExpression: 'attribute_not_exists(#key)',
        ExpressionAttributeNames: { '#key': table.partitionKey },
      }),
    );
  }

  async confirmRelease(batchId: string, releasedBy: string, by: string, at: string): Promise<boolean> {
    if (by === releasedBy) return false;
    return this.conditional(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: releaseKeyOf(batchId) },
        UpdateExpression: 'SET #confirmedBy = :by, #confirmedAt = :at',
        // The second pair of eyes is another person than the first, and confirms once.
        ConditionExpression: '#releasedBy = :releasedBy AND attribute_not_exists(#confirmedBy)',
        ExpressionAttributeNames: {
          '#releasedBy': 'releasedBy',
          '#confirmedBy': 'confirmedBy',
          '#confirmedAt': 'confirmedAt',
        },
        ExpressionAttributeValues: { ':by': by, ':at': at, ':releasedBy': releasedBy },
      }),
    );
  }

  /** Sends a conditional write; false when its condition failed. */
  private async conditional(command: PutCommand | UpdateCommand): Promise<boolean> {
    try {
      await this.client.send(command as PutCommand);
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
