import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoApplicationStore } from '../../../../shared/adapters/aws/dynamo-application-store';
import { application } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = new DynamoApplicationStore(
  DynamoDBDocumentClient.from(new DynamoDBClient({})),
  'applications',
  'idempotency',
);
const hold = { key: 'a1b2', record: '{"id":"x"}', expiresAt: '2026-03-11T09:15:00.000Z' };

const cancelled = (codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('DynamoApplicationStore: an application and its Idempotency-Key', () => {
  beforeEach(() => dynamo.reset());

  it('writes the key and the application in one transaction, each only if new', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    expect(await store.createWithKey(application(), hold)).toEqual({ outcome: 'created' });

    const items = dynamo.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems;
    expect(items).toHaveLength(2);
    expect(items?.[0]?.Put).toMatchObject({
      TableName: 'idempotency',
      Item: { key: 'request#a1b2', applicationId: '{"id":"x"}', expiresAtEpoch: 1773220500 },
      ConditionExpression: 'attribute_not_exists(#key)',
    });
    expect(items?.[1]?.Put).toMatchObject({
      TableName: 'applications',
      ConditionExpression: 'attribute_not_exists(#id)',
    });
  });

  it("answers 'key-taken' when the key's condition fails", async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['ConditionalCheckFailed', 'None']));

    expect(await store.createWithKey(application(), hold)).toEqual({ outcome: 'key-taken' });
  });

  it('lets any other failure through: nothing was written, the key is free', async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['None', 'ValidationError']));

    await expect(store.createWithKey(application(), hold)).rejects.toThrow(/cancelled/);
  });

  it('reads the record held under a key', async () => {
    dynamo.on(GetCommand).resolves({ Item: { key: 'request#a1b2', applicationId: '{"id":"x"}' } });

    expect(await store.heldKey('a1b2')).toBe('{"id":"x"}');
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'idempotency',
      Key: { key: 'request#a1b2' },
      ConsistentRead: true,
    });
  });

  it("takes the application's receipts in the same transaction, and names those another case holds", async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'None', 'ConditionalCheckFailed']));
    const withReceipts = application({ receipts: ['uploadAAAAAAAAAAAAAAAA', 'uploadBBBBBBBBBBBBBBBB'] });

    const outcome = await store.createWithKey(withReceipts, hold);

    expect(outcome).toEqual({ outcome: 'uploads-taken', uploads: ['uploadBBBBBBBBBBBBBBBB'] });
    const items = dynamo.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems;
    expect(items?.[2]?.Put).toMatchObject({
      TableName: 'idempotency',
      Item: { key: 'upload#uploadAAAAAAAAAAAAAAAA', applicationId: withReceipts.id },
      ConditionExpression: 'attribute_not_exists(#key)',
    });
  });

  it("takes an answer's receipts all or none, unless another application holds them", async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['ConditionalCheckFailed', 'None']));

    const taken = await store.claimUploads('app1', ['uploadAAAAAAAAAAAAAAAA', 'uploadBBBBBBBBBBBBBBBB']);

    expect(taken).toEqual(['uploadAAAAAAAAAAAAAAAA']);
    const items = dynamo.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems;
    expect(items?.[1]?.Put).toMatchObject({
      Item: { key: 'upload#uploadBBBBBBBBBBBBBBBB', applicationId: 'app1' },
      ConditionExpression: 'attribute_not_exists(#key) OR #app = :app',
      ExpressionAttributeValues: { ':app': 'app1' },
    });
  });
});
