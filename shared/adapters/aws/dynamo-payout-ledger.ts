import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { LineOutcome, PayoutEntry, PayoutLedger } from '../../app/ports';
import { TABLES } from '../tables';
import { isConditionalCheckFailed } from './errors';

const table = TABLES.payoutLedger;
const index = table.byStatusDue;

/** The payout ledger in DynamoDB: one item per application, written once. */
export class DynamoPayoutLedger implements PayoutLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async schedule(entry: PayoutEntry): Promise<PayoutEntry> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: entry,
          ConditionExpression: 'attribute_not_exists(#applicationId)',
          ExpressionAttributeNames: { '#applicationId': table.partitionKey },
        }),
      );
      return entry;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    const stored = await this.get(entry.applicationId);
    if (!stored) throw new Error(`payout entry of ${entry.applicationId} vanished after a conflicting write`);
    return stored;
  }

  async get(applicationId: string): Promise<PayoutEntry | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: applicationId },
        ConsistentRead: true,
      }),
    );
    return Item as PayoutEntry | undefined;
  }

  async attachTaskToken(applicationId: string, taskToken: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: applicationId },
        UpdateExpression: 'SET #taskToken = :taskToken',
        // A token for an application with no entry is a fault; without the condition it would create a stub.
        ConditionExpression: 'attribute_exists(#applicationId)',
        ExpressionAttributeNames: { '#applicationId': table.partitionKey, '#taskToken': 'taskToken' },
        ExpressionAttributeValues: { ':taskToken': taskToken },
      }),
    );
  }

  listDue(throughDate: string): AsyncIterable<PayoutEntry> {
    return this.query({
      KeyConditionExpression: '#status = :status AND #dueDate <= :through',
      ExpressionAttributeNames: { '#status': index.partitionKey, '#dueDate': index.sortKey },
      ExpressionAttributeValues: { ':status': 'scheduled', ':through': throughDate },
    });
  }

  listInBatch(batchId: string, status: 'in-batch' | 'accepted' = 'in-batch'): AsyncIterable<PayoutEntry> {
    return this.query({
      KeyConditionExpression: '#status = :status',
      FilterExpression: '#batchId = :batchId',
      ExpressionAttributeNames: { '#status': index.partitionKey, '#batchId': 'batchId' },
      ExpressionAttributeValues: { ':status': status, ':batchId': batchId },
    });
  }

  /**
   * Every status partition, filtered by the batch (its own, its rejection's, or a corrected line's).
   * Read only when a bank report comes in, so the filtered reads of the executed partition are
   * accepted for now; an index on the batch id would make them direct.
   */
  async *listEverInBatch(batchId: string): AsyncIterable<PayoutEntry> {
    for (const status of ['in-batch', 'accepted', 'executed', 'rejected', 'scheduled']) {
      for await (const entry of this.query({
        KeyConditionExpression: '#status = :status',
        FilterExpression: '#batchId = :batchId OR #rejection.#batchId = :batchId',
        ExpressionAttributeNames: {
          '#status': index.partitionKey,
          '#batchId': 'batchId',
          '#rejection': 'rejection',
        },
        ExpressionAttributeValues: { ':status': status, ':batchId': batchId },
      })) {
        yield entry;
      }
    }
    // Corrected lines keep the batch only in `previous`, a list no filter can search by value.
    for await (const entry of this.query({
      KeyConditionExpression: '#status = :status',
      FilterExpression: 'attribute_exists(#previous)',
      ExpressionAttributeNames: { '#status': index.partitionKey, '#previous': 'previous' },
      ExpressionAttributeValues: { ':status': 'scheduled' },
    })) {
      if (entry.batchId !== batchId && entry.previous?.some((p) => p.batchId === batchId)) yield entry;
    }
  }

  async claimForBatch(applicationId: string, batchId: string): Promise<boolean> {
    const updated = await this.update({
      Key: { [table.partitionKey]: applicationId },
      UpdateExpression: 'SET #status = :inBatch, #batchId = :batchId',
      // The guard that keeps an entry in one batch, however many runs race for it.
      ConditionExpression: '#status = :scheduled AND attribute_not_exists(#batchId)',
      ExpressionAttributeNames: { '#status': 'status', '#batchId': 'batchId' },
      ExpressionAttributeValues: { ':inBatch': 'in-batch', ':scheduled': 'scheduled', ':batchId': batchId },
    });
    return updated || (await this.get(applicationId))?.batchId === batchId;
  }

  async settle(applicationId: string, batchId: string, outcome: LineOutcome): Promise<boolean> {
    const to = 'accepted' in outcome ? 'accepted' : 'executed' in outcome ? 'executed' : 'rejected';
    const rejection = 'reason' in outcome ? { ...outcome, batchId } : undefined;
    return this.update({
      Key: { [table.partitionKey]: applicationId },
      UpdateExpression: rejection ? 'SET #status = :to, #rejection = :rejection' : 'SET #status = :to',
      // Accepted comes only from the batch; executed and rejected also from accepted (the bank's
      // later answer, or the execution date reached).
      ConditionExpression:
        to === 'accepted'
          ? '#status = :inBatch AND #batchId = :batchId'
          : '#status IN (:inBatch, :accepted) AND #batchId = :batchId',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#batchId': 'batchId',
        ...(rejection ? { '#rejection': 'rejection' } : {}),
      },
      ExpressionAttributeValues: {
        ':to': to,
        ':inBatch': 'in-batch',
        ':batchId': batchId,
        ...(to === 'accepted' ? {} : { ':accepted': 'accepted' }),
        ...(rejection ? { ':rejection': rejection } : {}),
      },
    });
  }

  async reschedule(
    applicationId: string,
    amountOre: number,
    dueDate: string,
    correction = { at: '', by: '' },
  ): Promise<boolean> {
    const entry = await this.get(applicationId);
    if (entry?.status !== 'rejected' || !entry.rejection) return false;
    const { reason, at, batchId } = entry.rejection;
    const previous = {
      batchId,
      amountOre: entry.amountOre,
      dueDate: entry.dueDate,
      rejection: { reason, at },
      correctedAt: correction.at,
      correctedBy: correction.by,
    };
    return this.update({
      Key: { [table.partitionKey]: applicationId },
      UpdateExpression:
        'SET #status = :scheduled, #amountOre = :amountOre, #dueDate = :dueDate, #previous = list_append(if_not_exists(#previous, :none), :previous) REMOVE #batchId, #rejection',
      // The rejection read above is the one kept: a second correction racing this one finds it gone.
      ConditionExpression: '#status = :rejected AND #rejection.#batchId = :batchId',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#amountOre': 'amountOre',
        '#dueDate': 'dueDate',
        '#batchId': 'batchId',
        '#rejection': 'rejection',
        '#previous': 'previous',
      },
      ExpressionAttributeValues: {
        ':scheduled': 'scheduled',
        ':rejected': 'rejected',
        ':amountOre': amountOre,
        ':dueDate': dueDate,
        ':batchId': batchId,
        ':none': [],
        ':previous': [previous],
      },
    });
  }

  /** A conditional update; false when its condition failed. */
  private async update(
    input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>,
  ): Promise<boolean> {
    try {
      await this.client.send(new UpdateCommand({ TableName: this.tableName, ...input }));
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** Every item of a query on the status/due-date index, page by page. */
  private async *query(
    input: Omit<QueryCommandInput, 'TableName' | 'IndexName'>,
  ): AsyncGenerator<PayoutEntry> {
    let startKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          ...input,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) yield item as PayoutEntry;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
}
