import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReceiptRegistry } from '../../app/ports';
import { claimKey } from './dynamo-key-claim';

/** Receipt hashes in the idempotency table as `receipt#<sha256>`, kept without expiry. */
export class DynamoReceiptRegistry implements ReceiptRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(sha256: string, applicationId: string): Promise<string | undefined> {
    return claimKey(this.client, this.tableName, { key: `receipt#${sha256}`, applicationId });
  }
}
