import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Session } from '../../app/identity';
import type { SessionStore } from '../../app/ports';
import { TABLES } from '../tables';
import { epochSeconds } from './instants';

const table = TABLES.sessions;

/**
 * Sessions in DynamoDB, keyed by the SHA-256 of the cookie (a leaked table gives no cookie). TTL
 * removes an expired session within a day or two; until then the reader's own expiry check holds.
 */
export class DynamoSessionStore implements SessionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(session: Session): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...session, [table.ttl]: epochSeconds(session.expiresAt) },
        ConditionExpression: 'attribute_not_exists(#id)',
        ExpressionAttributeNames: { '#id': table.partitionKey },
      }),
    );
  }

  async get(id: string): Promise<Session | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { [table.partitionKey]: id }, ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { [table.ttl]: _ttl, ...session } = Item;
    return session as Session;
  }

  async delete(id: string): Promise<void> {
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: { [table.partitionKey]: id } }),
    );
  }
}
