import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DecisionJournal,
  JournalEntryExistsError,
} from '../../../../shared/adapters/aws/dynamo-decision-journal';
import { conditionFailed } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const journal = new DecisionJournal(DynamoDBDocumentClient.from(new DynamoDBClient({})), 'decisions');
const at = '2026-03-06T12:00:00.000Z';

describe('DecisionJournal', () => {
  beforeEach(() => dynamo.reset());

  it('appends an entry under the application and instant, never over an existing one', async () => {
    dynamo.on(PutCommand).resolves({});

    await journal.record('app-1', at, { kind: 'review', action: 'approve', grantedOre: 150_000 });

    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'decisions',
      Item: { applicationId: 'app-1', at, kind: 'review', action: 'approve', grantedOre: 150_000 },
      ConditionExpression: 'attribute_not_exists(#applicationId)',
      ExpressionAttributeNames: { '#applicationId': 'applicationId' },
    });
  });

  it('keeps its key when the entry has fields of the same names', async () => {
    dynamo.on(PutCommand).resolves({});

    await journal.record('app-1', at, { applicationId: 'app-9', at: 'yesterday' });

    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input.Item).toEqual({ applicationId: 'app-1', at });
  });

  it('refuses to replace an entry, keeping the cause', async () => {
    const cause = conditionFailed();
    dynamo.on(PutCommand).rejects(cause);

    const recording = journal.record('app-1', at, { kind: 'rules' });

    await expect(recording).rejects.toBeInstanceOf(JournalEntryExistsError);
    await expect(recording).rejects.toMatchObject({ name: 'JournalEntryExistsError', cause });
  });
});
