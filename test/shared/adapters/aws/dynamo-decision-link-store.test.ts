import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoDecisionLinkStore } from '../../../../shared/adapters/aws/dynamo-decision-link-store';
import type { DecisionLink, LinkResponse } from '../../../../shared/app/ports';
import { conditionFailed } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = new DynamoDecisionLinkStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), 'links');

const link: DecisionLink = {
  id: 'link-1',
  applicationId: 'app-1',
  purpose: 'review',
  taskToken: 'token-of-the-task',
  formToken: 'form-1',
  recipient: 'sagsbehandler@randers.dk',
  createdAt: '2026-03-04T09:15:00.000Z',
  expiresAt: '2026-03-18T09:15:00.000Z',
};

const response: LinkResponse = {
  kind: 'decision',
  action: 'approve',
  partial: false,
  needsSecondApproval: false,
};

describe('DynamoDecisionLinkStore', () => {
  beforeEach(() => dynamo.reset());

  it('creates a link open for its purpose, expiring (in epoch seconds) when it does', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.create(link);

    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'links',
      Item: { ...link, openPurpose: 'review', expiresAtEpoch: Date.UTC(2026, 2, 18, 9, 15) / 1000 },
      ConditionExpression: 'attribute_not_exists(#id)',
      ExpressionAttributeNames: { '#id': 'id' },
    });
  });

  it('marks a link used only once, with its form token, before it expires', async () => {
    dynamo.on(UpdateCommand).resolves({});

    const used = await store.use('link-1', 'form-1', '2026-03-05T10:00:00.000Z', response);

    expect(used).toBe(true);
    const input = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe(
      'attribute_exists(#id) AND attribute_not_exists(#usedAt) AND attribute_not_exists(#revokedAt) AND #formToken = :formToken AND #expires > :now',
    );
    expect(input?.ExpressionAttributeValues).toEqual({
      ':at': '2026-03-05T10:00:00.000Z',
      ':formToken': 'form-1',
      ':now': Date.UTC(2026, 2, 5, 10) / 1000,
      ':response': response,
    });
    expect(input?.ExpressionAttributeNames).toMatchObject({
      '#id': 'id',
      '#usedAt': 'usedAt',
      '#formToken': 'formToken',
      '#expires': 'expiresAtEpoch',
    });
  });

  it('records the use and takes the link out of the open index', async () => {
    dynamo.on(UpdateCommand).resolves({});

    await store.use('link-1', 'form-1', '2026-03-05T10:00:00.000Z', response);

    const input = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.UpdateExpression).toBe('SET #usedAt = :at, #response = :response REMOVE #openPurpose');
    expect(input?.ExpressionAttributeNames).toMatchObject({ '#openPurpose': 'openPurpose' });
  });

  it('answers false when the link is used, expired, unknown or the form token is wrong', async () => {
    dynamo.on(UpdateCommand).rejects(conditionFailed());

    expect(await store.use('link-1', 'forged', '2026-03-05T10:00:00.000Z', response)).toBe(false);
  });

  it('lets faults other than a failed condition through when using a link', async () => {
    dynamo.on(UpdateCommand).rejects(new Error('throttled'));

    await expect(store.use('link-1', 'form-1', '2026-03-05T10:00:00.000Z', response)).rejects.toThrow(
      'throttled',
    );
  });

  it('revokes an unused link and takes it out of the open index; a used or revoked link stays as it is', async () => {
    dynamo.on(UpdateCommand).resolvesOnce({}).rejects(conditionFailed());

    await store.revoke('link-1', '2026-03-05T10:00:00.000Z', 'timed-out');
    await store.revoke('link-1', '2026-03-05T11:00:00.000Z', 'failed');

    const input = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.UpdateExpression).toBe('SET #revokedAt = :at, #endedBy = :endedBy REMOVE #openPurpose');
    expect(input?.ConditionExpression).toBe(
      'attribute_exists(#id) AND attribute_not_exists(#usedAt) AND attribute_not_exists(#revokedAt)',
    );
    expect(input?.ExpressionAttributeValues).toEqual({
      ':at': '2026-03-05T10:00:00.000Z',
      ':endedBy': 'timed-out',
    });
  });

  it('reads a link back without its index and expiry attributes', async () => {
    dynamo.on(GetCommand).resolves({ Item: { ...link, openPurpose: 'review', expiresAtEpoch: 1 } });

    expect(await store.get('link-1')).toEqual(link);
  });

  it('returns undefined for an unknown link', async () => {
    dynamo.on(GetCommand).resolves({});

    expect(await store.get('nope')).toBeUndefined();
  });

  it('lists open links of a purpose created before an instant, oldest first', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [{ ...link, openPurpose: 'review', expiresAtEpoch: 1 }] });

    const open = await store.listOpen('review', '2026-03-06T10:00:00+01:00', 10);

    expect(open).toEqual([link]);
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'links',
      IndexName: 'byOpenPurpose',
      KeyConditionExpression: '#openPurpose = :purpose AND #createdAt < :before',
      ExpressionAttributeNames: { '#openPurpose': 'openPurpose', '#createdAt': 'createdAt' },
      ExpressionAttributeValues: { ':purpose': 'review', ':before': '2026-03-06T09:00:00.000Z' },
      ScanIndexForward: true,
      Limit: 10,
    });
  });

  it('marks an existing link reminded', async () => {
    dynamo.on(UpdateCommand).resolves({});

    await store.markReminded('link-1', '2026-03-07T08:00:00.000Z');

    expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input).toEqual({
      TableName: 'links',
      Key: { id: 'link-1' },
      UpdateExpression: 'SET #remindedAt = :at',
      ConditionExpression: 'attribute_exists(#id)',
      ExpressionAttributeNames: { '#id': 'id', '#remindedAt': 'remindedAt' },
      ExpressionAttributeValues: { ':at': '2026-03-07T08:00:00.000Z' },
    });
  });
});
