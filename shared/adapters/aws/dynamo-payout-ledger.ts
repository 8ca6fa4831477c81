import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { PayoutEntry, PayoutLedger } from '../../app/ports';
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

  listInBatch(batchId: string): AsyncIterable<PayoutEntry> {
    return this.query({
      KeyConditionExpression: '#status = :status',
      FilterExpression: '#batchId = :batchId',
      ExpressionAttributeNames: { '#status': index.partitionKey, '#batchId': 'batchId' },
      ExpressionAttributeValues: { ':status': 'in-batch', ':batchId': batchId },
    });
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

  async settle(
    applicationId: string,
    batchId: string,
    outcome: { executed: true } | { reason: string; at: string },
  ): Promise<boolean> {
    const executed = 'executed' in outcome;
    return this.update({
      Key: { [table.partitionKey]: applicationId },
      UpdateExpression: executed ? 'SET #status = :to' : 'SET #status = :to, #rejection = :rejection',
      ConditionExpression: '#status = :inBatch AND #batchId = :batchId',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#batchId': 'batchId',
        ...(executed ? {} : { '#rejection': 'rejection' }),
      },
      ExpressionAttributeValues: {
        ':to': executed ? 'executed' : 'rejected',
        ':inBatch': 'in-batch',
        ':batchId': batchId,
        ...(executed ? {} : { ':rejection': { ...outcome, batchId } }),
      },
    });
  }

  async reschedule(applicationId: string, amountOre: number, dueDate: string): Promise<boolean> {
    return this.update({
      Key: { [table.partitionKey]: applicationId },
      UpdateExpression:
        'SET #status = :scheduled, #amountOre = :amountOre, #dueDate = :dueDate REMOVE #batchId',
      ConditionExpression: '#status = :rejected',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#amountOre': 'amountOre',
        '#dueDate': 'dueDate',
        '#batchId': 'batchId',
      },
      ExpressionAttributeValues: {
        ':scheduled': 'scheduled',
        ':rejected': 'rejected',
        ':amountOre': amountOre,
        ':dueDate': dueDate,
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
