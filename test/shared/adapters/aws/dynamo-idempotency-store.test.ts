import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoIdempotencyStore } from '../../../../shared/adapters/aws/dynamo-idempotency-store';
import { conditionFailed } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = new DynamoIdempotencyStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), 'idempotency');
const expiresAt = '2026-03-05T09:15:00.000Z';

describe('DynamoIdempotencyStore', () => {
  beforeEach(() => dynamo.reset());

  it('reserves a free key for the application until it expires', async () => {
    dynamo.on(PutCommand).resolves({});

    const holder = await store.reserve('k-1', 'app-1', expiresAt);

    expect(holder).toBeUndefined();
    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'idempotency',
      Item: {
        key: 'request#k-1',
        applicationId: 'app-1',
        expiresAtEpoch: Date.UTC(2026, 2, 5, 9, 15) / 1000,
      },
      ConditionExpression: 'attribute_not_exists(#key)',
      ExpressionAttributeNames: { '#key': 'key' },
    });
  });

  it('returns the application that reserved the key first', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({ Item: { key: 'request#k-1', applicationId: 'app-0' } });

    const holder = await store.reserve('k-1', 'app-1', expiresAt);

    expect(holder).toBe('app-0');
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'idempotency',
      Key: { key: 'request#k-1' },
      ConsistentRead: true,
    });
  });

  it('treats a repeated reservation by the same application as its own', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({ Item: { key: 'request#k-1', applicationId: 'app-1' } });

    expect(await store.reserve('k-1', 'app-1', expiresAt)).toBeUndefined();
  });

  it('writes again when the holding item expired between the refused write and the read', async () => {
    dynamo.on(PutCommand).rejectsOnce(conditionFailed()).resolves({});
    dynamo.on(GetCommand).resolves({});

    const holder = await store.reserve('k-1', 'app-1', expiresAt);

    expect(holder).toBeUndefined();
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(2);
  });
});
