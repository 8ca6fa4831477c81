import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { childKey, DynamoApplicationStore } from '../../../../shared/adapters/aws/dynamo-application-store';
import { application, conditionFailed } from './fixtures';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = new DynamoApplicationStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), 'applications');

describe('DynamoApplicationStore', () => {
  beforeEach(() => dynamo.reset());

  it('creates an application only when its id is free', async () => {
    dynamo.on(PutCommand).resolves({});

    const created = await store.create(application());

    expect(created).toBe(true);
    const input = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      TableName: 'applications',
      ConditionExpression: 'attribute_not_exists(#id)',
      ExpressionAttributeNames: { '#id': 'id' },
    });
  });

  it('answers false when the id is taken', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());

    expect(await store.create(application())).toBe(false);
  });

  it('replaces an application only over the version it was read at', async () => {
    dynamo.on(PutCommand).resolves({});

    const replaced = await store.put(application({ version: 4 }));

    expect(replaced).toBe(true);
    const input = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': 3 },
    });
  });

  it('answers false when another writer got there first', async () => {
    dynamo.on(PutCommand).rejects(conditionFailed());

    expect(await store.put(application({ version: 2 }))).toBe(false);
  });

  it('lets faults other than a failed condition through', async () => {
    dynamo.on(PutCommand).rejects(new Error('throttled'));

    await expect(store.put(application())).rejects.toThrow('throttled');
  });

  it('stores status, last update (UTC) and child key beside the application for the indexes', async () => {
    dynamo.on(PutCommand).resolves({});
    const stored = application({
      status: 'in-review',
      timeline: [
        { at: '2026-03-04T09:15:00.000Z', status: 'submitted' },
        { at: '2026-03-05T11:00:00+01:00', status: 'in-review' },
      ],
    });

    await store.create(stored);

    const item = dynamo.commandCalls(PutCommand)[0]?.args[0].input.Item;
    expect(item).toMatchObject({
      id: 'app-1',
      status: 'in-review',
      updatedAt: '2026-03-05T10:00:00.000Z',
      childKey: createHash('sha256').update('0101901234:2019-05-01').digest('hex'),
    });
  });

  it('keys a child by a hash of CPR and birth date that holds no CPR digits and ignores the dash', () => {
    const withDash = childKey(application());
    const withoutDash = childKey(
      application({ applicant: { ...application().applicant, cpr: '0101901234' } }),
    );

    expect(withDash).toBe(withoutDash);
    expect(withDash).toMatch(/^[0-9a-f]{64}$/);
    expect(withDash).not.toContain('0101901234');
  });

  it('reads an application back without the index attributes', async () => {
    const stored = application();
    dynamo
      .on(GetCommand)
      .resolves({ Item: { ...stored, updatedAt: '2026-03-04T09:15:00.000Z', childKey: 'k' } });

    const read = await store.get('app-1');

    expect(read).toEqual(stored);
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'applications',
      Key: { id: 'app-1' },
      ConsistentRead: true,
    });
  });

  it('returns undefined for an unknown id', async () => {
    dynamo.on(GetCommand).resolves({});

    expect(await store.get('nope')).toBeUndefined();
  });

  it("lists the child's applications submitted before this one, newest first", async () => {
    const current = application({ id: 'app-3' });
    dynamo.on(QueryCommand).resolves({
      Items: [application({ id: 'app-2' }), application({ id: 'app-1' })],
    });

    const earlier = await store.listForChild(current, 2);

    expect(earlier.map((a) => a.id)).toEqual(['app-2', 'app-1']);
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: 'byChild',
      KeyConditionExpression: '#childKey = :childKey AND #submittedAt < :submittedAt',
      ExpressionAttributeNames: { '#childKey': 'childKey', '#submittedAt': 'submittedAt' },
      ExpressionAttributeValues: { ':childKey': childKey(current), ':submittedAt': current.submittedAt },
      ScanIndexForward: false,
      Limit: 2,
    });
  });

  it('reads on past a page boundary until the limit is reached', async () => {
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [application({ id: 'app-5' })], LastEvaluatedKey: { id: 'app-5' } })
      .resolvesOnce({ Items: [application({ id: 'app-4' })] });

    const found = await store.listByStatus('submitted', '2026-04-01T00:00:00.000Z', 5);

    expect(found.map((a) => a.id)).toEqual(['app-5', 'app-4']);
    const second = dynamo.commandCalls(QueryCommand)[1]?.args[0].input;
    expect(second).toMatchObject({ ExclusiveStartKey: { id: 'app-5' }, Limit: 4 });
  });

  it('lists applications in a status last updated before an instant, oldest first', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [] });

    await store.listByStatus('in-review', '2026-03-10T08:00:00+01:00', 25);

    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'applications',
      IndexName: 'byStatus',
      KeyConditionExpression: '#status = :status AND #updatedAt < :before',
      ExpressionAttributeNames: { '#status': 'status', '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: { ':status': 'in-review', ':before': '2026-03-10T07:00:00.000Z' },
      ScanIndexForward: true,
      Limit: 25,
    });
  });
});
