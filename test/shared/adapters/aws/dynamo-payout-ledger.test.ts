import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoPayoutLedger } from '../../../../shared/adapters/aws/dynamo-payout-ledger';
import type { PayoutEntry } from '../../../../shared/app/ports';
import { conditionFailed } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const ledger = new DynamoPayoutLedger(DynamoDBDocumentClient.from(new DynamoDBClient({})), 'ledger');

const entry: PayoutEntry = {
  applicationId: 'app-1',
  municipality: 'randers',
  benefit: 'ran-car-seat',
  amountOre: 150_000,
  dueDate: '2026-03-31',
  status: 'scheduled',
  createdAt: '2026-03-10T09:00:00.000Z',
};

describe('DynamoPayoutLedger', () => {
  beforeEach(() => dynamo.reset());

  it('schedules an entry only when the application has none', async () => {
    dynamo.on(PutCommand).resolves({});

    const stored = await ledger.schedule(entry);

    expect(stored).toEqual(entry);
    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'ledger',
      Item: entry,
      ConditionExpression: 'attribute_not_exists(#applicationId)',
      ExpressionAttributeNames: { '#applicationId': 'applicationId' },
    });
  });

  it('returns the stored entry when the application already has one', async () => {
    const earlier = { ...entry, amountOre: 120_000, status: 'in-batch' as const, batchId: 'run-7' };
    dynamo.on(PutCommand).rejects(conditionFailed());
    dynamo.on(GetCommand).resolves({ Item: earlier });

    const stored = await ledger.schedule(entry);

    expect(stored).toEqual(earlier);
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'ledger',
      Key: { applicationId: 'app-1' },
      ConsistentRead: true,
    });
  });

  it('lets faults other than a failed condition through when scheduling', async () => {
    dynamo.on(PutCommand).rejects(new Error('throttled'));

    await expect(ledger.schedule(entry)).rejects.toThrow('throttled');
  });

  it('returns undefined for an application without an entry', async () => {
    dynamo.on(GetCommand).resolves({});

    expect(await ledger.get('app-2')).toBeUndefined();
  });

  it("attaches the workflow's task token to the application's existing entry", async () => {
    dynamo.on(UpdateCommand).resolves({});

    await ledger.attachTaskToken('app-1', 'token-1');

    expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input).toEqual({
      TableName: 'ledger',
      Key: { applicationId: 'app-1' },
      UpdateExpression: 'SET #taskToken = :taskToken',
      ConditionExpression: 'attribute_exists(#applicationId)',
      ExpressionAttributeNames: { '#applicationId': 'applicationId', '#taskToken': 'taskToken' },
      ExpressionAttributeValues: { ':taskToken': 'token-1' },
    });
  });
});
