import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoReceiptRegistry } from '../../../../shared/adapters/aws/dynamo-receipt-registry';
import { conditionFailed } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const registry = new DynamoReceiptRegistry(
  DynamoDBDocumentClient.from(new DynamoDBClient({})),
  'idempotency',
);
const sha256 = 'ab'.repeat(32);

describe('DynamoReceiptRegistry', () => {
  beforeEach(() => dynamo.reset());

  it('records a new receipt hash for the application, without expiry', async () => {
    dynamo.on(PutCommand).resolves({});

    const first = await registry.claim(sha256, 'app-1');

    expect(first).toBeUndefined();
    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'idempotency',
      Item: { key: `receipt#${sha256}`, applicationId: 'app-1' },
      ConditionExpression: 'attribute_not_exists(#key)',
      ExpressionAttributeNames: { '#key': 'key' },
    });
  });

  it('tells which application recorded a hash, recording nothing itself', async () => {
    dynamo.on(GetCommand).resolves({ Item: { key: `receipt#${sha256}`, applicationId: 'app-0' } });

    expect(await registry.owner(sha256)).toBe('app-0');
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'idempotency',
      Key: { key: `receipt#${sha256}` },
    });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
    dynamo.on(GetCommand).resolves({});
    expect(await registry.owner('cd'.repeat(32))).toBeUndefined();
  });

  it('returns the application that used the receipt first', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({ Item: { key: `receipt#${sha256}`, applicationId: 'app-0' } });

    expect(await registry.claim(sha256, 'app-1')).toBe('app-0');
  });

  it('does not report an application against its own receipt when it claims it again', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({ Item: { key: `receipt#${sha256}`, applicationId: 'app-1' } });

    expect(await registry.claim(sha256, 'app-1')).toBeUndefined();
  });
});
