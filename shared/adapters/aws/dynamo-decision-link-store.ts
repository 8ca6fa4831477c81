import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DecisionLink, DecisionLinkStore, LinkPurpose, LinkResponse, WaitEnd } from '../../app/ports';
import { TABLES } from '../tables';
import { queryUpTo } from './dynamo-query';
import { isConditionalCheckFailed } from './errors';
import { epochSeconds, utcInstant } from './instants';

const table = TABLES.decisionLinks;

/**
 * Decision links in DynamoDB. An unused link carries `openPurpose`, which puts it in the byOpenPurpose
 * index; using it removes the attribute, and with it the link from the reminders. `expiresAtEpoch`
 * lets DynamoDB delete expired links. `createdAt` is compared as text, so links carry UTC instants.
 */
export class DynamoDecisionLinkStore implements DecisionLinkStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(link: DecisionLink): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...link,
          [table.ttl]: epochSeconds(link.expiresAt),
          ...(link.usedAt === undefined ? { [table.byOpenPurpose.partitionKey]: link.purpose } : {}),
        },
        ConditionExpression: 'attribute_not_exists(#id)',
        ExpressionAttributeNames: { '#id': table.partitionKey },
      }),
    );
  }

  async get(id: string): Promise<DecisionLink | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { [table.partitionKey]: id }, ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async use(id: string, formToken: string, at: string, response: LinkResponse): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [table.partitionKey]: id },
          UpdateExpression: 'SET #usedAt = :at, #response = :response REMOVE #openPurpose',
          // TTL deletes expired items only eventually, so expiry is checked here too.
          ConditionExpression:
            'attribute_exists(#id) AND attribute_not_exists(#usedAt) AND attribute_not_exists(#revokedAt) AND #formToken = :formToken AND #expires > :now',
          ExpressionAttributeNames: {
            '#id': table.partitionKey,
            '#usedAt': 'usedAt',
            '#revokedAt': 'revokedAt',
            '#response': 'response',
            '#openPurpose': table.byOpenPurpose.partitionKey,
            '#formToken': 'formToken',
            '#expires': table.ttl,
          },
          ExpressionAttributeValues: {
            ':at': at,
            ':formToken': formToken,
            ':now': epochSeconds(at),
            ':response': response,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async revoke(id: string, at: string, endedBy: WaitEnd): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [table.partitionKey]: id },
          UpdateExpression: 'SET #revokedAt = :at, #endedBy = :endedBy REMOVE #openPurpose',
          ConditionExpression:
            'attribute_exists(#id) AND attribute_not_exists(#usedAt) AND attribute_not_exists(#revokedAt)',
          ExpressionAttributeNames: {
            '#id': table.partitionKey,
            '#usedAt': 'usedAt',
            '#revokedAt': 'revokedAt',
            '#endedBy': 'endedBy',
            '#openPurpose': table.byOpenPurpose.partitionKey,
          },
          ExpressionAttributeValues: { ':at': at, ':endedBy': endedBy },
        }),
      );
    } catch (error) {
      // Used, revoked or gone already: the link is closed either way.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async refuse(id: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: id },
        UpdateExpression: 'SET #revokedAt = :at, #endedBy = :closed REMOVE #response, #openPurpose',
        ConditionExpression: 'attribute_exists(#id)',
        ExpressionAttributeNames: {
          '#id': table.partitionKey,
          '#revokedAt': 'revokedAt',
          '#endedBy': 'endedBy',
          '#response': 'response',
          '#openPurpose': table.byOpenPurpose.partitionKey,
        },
        ExpressionAttributeValues: { ':at': at, ':closed': 'closed' },
      }),
    );
  }

  async markMailed(id: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: id },
        UpdateExpression: 'SET #mailedAt = :at',
        ConditionExpression: 'attribute_exists(#id)',
        ExpressionAttributeNames: { '#id': table.partitionKey, '#mailedAt': 'mailedAt' },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  async listOpen(purpose: LinkPurpose, before: string, limit: number): Promise<DecisionLink[]> {
    if (limit <= 0) return [];
    const items = await queryUpTo(
      this.client,
      {
        TableName: this.tableName,
        IndexName: table.byOpenPurpose.name,
        KeyConditionExpression: '#openPurpose = :purpose AND #createdAt < :before',
        ExpressionAttributeNames: {
          '#openPurpose': table.byOpenPurpose.partitionKey,
          '#createdAt': table.byOpenPurpose.sortKey,
        },
        ExpressionAttributeValues: { ':purpose': purpose, ':before': utcInstant(before) },
        ScanIndexForward: true,
      },
      limit,
    );
    return items.map(fromItem);
  }

  async markReminded(id: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [table.partitionKey]: id },
        UpdateExpression: 'SET #remindedAt = :at',
        // Without the condition an update of a deleted link would create a stub item.
        ConditionExpression: 'attribute_exists(#id)',
        ExpressionAttributeNames: { '#id': table.partitionKey, '#remindedAt': 'remindedAt' },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }
}

function fromItem(item: Record<string, unknown>): DecisionLink {
  const { [table.ttl]: _expires, [table.byOpenPurpose.partitionKey]: _open, ...link } = item;
  return link as DecisionLink;
}
