import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AccessEntry, AccessLog } from '../../app/ports';
import { CodedError } from '../../domain/errors';
import { TABLES } from '../tables';
import { queryUpTo } from './dynamo-query';
import { isConditionalCheckFailed } from './errors';

const table = TABLES.decisions;

/** Thrown when the journal already holds an entry for the application at that instant. */
export class JournalEntryExistsError extends CodedError {
  override readonly name = 'JournalEntryExistsError';
  readonly code = 'journal-entry-exists';
  constructor(applicationId: string, at: string, options?: ErrorOptions) {
    super(`the decision journal already holds an entry for ${applicationId} at ${at}`, options);
  }
}

/** The append-only journal of every decision on an application: entries are added, never replaced. */
export class DecisionJournal {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Appends the entry under (applicationId, at); the key wins over any same-named field of the entry. */
  async record(applicationId: string, at: string, entry: Record<string, unknown>): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...entry, [table.partitionKey]: applicationId, [table.sortKey]: at },
          ConditionExpression: 'attribute_not_exists(#applicationId)',
          ExpressionAttributeNames: { '#applicationId': table.partitionKey },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error))
        throw new JournalEntryExistsError(applicationId, at, { cause: error });
      throw error;
    }
  }

  /** The case's journal, oldest first (instants sort before the access log's `access#` keys). */
  async list(applicationId: string): Promise<{ at: string; entry: Record<string, unknown> }[]> {
    const items = await queryUpTo(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: '#id = :id AND #at < :access',
        ExpressionAttributeNames: { '#id': table.partitionKey, '#at': table.sortKey },
        ExpressionAttributeValues: { ':id': applicationId, ':access': ACCESS_PREFIX },
        ConsistentRead: true,
      },
      1000,
    );
    return items.map((item) => {
      const { [table.partitionKey]: _id, [table.sortKey]: at, ...entry } = item;
      return { at: String(at), entry };
    });
  }
}

const ACCESS_PREFIX = 'access#';

/** The staff access log in the journal's table, under the case, so it is kept exactly as long as the case. */
export class DynamoAccessLog implements AccessLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(entry: AccessEntry): Promise<void> {
    // Two views in the same millisecond are two entries: the key ends in a random suffix.
    const key = `${ACCESS_PREFIX}${entry.at}#${randomBytes(6).toString('hex')}`;
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...entry,
          [table.partitionKey]: entry.applicationId,
          [table.sortKey]: key,
          accessAt: entry.at,
        },
      }),
    );
  }

  async list(applicationId: string): Promise<AccessEntry[]> {
    const items = await queryUpTo(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: '#id = :id AND begins_with(#at, :access)',
        ExpressionAttributeNames: { '#id': table.partitionKey, '#at': table.sortKey },
        ExpressionAttributeValues: { ':id': applicationId, ':access': ACCESS_PREFIX },
        ConsistentRead: true,
      },
      5000,
    );
    return items.map((item) => ({
      applicationId,
      at: String(item.accessAt),
      sub: String(item.sub),
      name: String(item.name),
      what: item.what as AccessEntry['what'],
    }));
  }
}
