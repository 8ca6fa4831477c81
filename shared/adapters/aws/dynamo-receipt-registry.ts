import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ReceiptRegistry } from '../../app/ports';
import { TABLES } from '../tables';
import { claimKey, type KeyClaim } from './dynamo-key-claim';

/** Receipt hashes in the idempotency table as `receipt#<sha256>`, kept without expiry. */
export class DynamoReceiptRegistry implements ReceiptRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(sha256: string, applicationId: string): Promise<string | undefined> {
    return claimKey(this.client, this.tableName, { key: `receipt#${sha256}`, applicationId });
  }

  async owner(sha256: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [TABLES.idempotency.partitionKey]: `receipt#${sha256}` },
      }),
    );
    return (Item as KeyClaim | undefined)?.applicationId;
  }
}
