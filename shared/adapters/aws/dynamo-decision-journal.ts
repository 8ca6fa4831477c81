import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CodedError } from '../../domain/errors';
import { TABLES } from '../tables';
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
}
