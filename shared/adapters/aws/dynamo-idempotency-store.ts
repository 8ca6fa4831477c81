import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IdempotencyStore } from '../../app/ports';
import { claimKey } from './dynamo-key-claim';
import { epochSeconds } from './instants';

/**
 * Idempotency keys of POST /api/applications in the idempotency table, expiring by TTL. Keys are
 * stored as `request#<key>` so that a client's key can never collide with a `receipt#<sha256>` item.
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async reserve(key: string, result: string, expiresAt: string): Promise<string | undefined> {
    return claimKey(this.client, this.tableName, {
      key: `request#${key}`,
      applicationId: result,
      expiresAtEpoch: epochSeconds(expiresAt),
    });
  }
}
