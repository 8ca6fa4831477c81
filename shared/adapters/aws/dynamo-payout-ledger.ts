import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PayoutEntry, PayoutLedger } from '../../app/ports';
import { TABLES } from '../tables';
import { isConditionalCheckFailed } from './errors';

const table = TABLES.payoutLedger;

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
}
