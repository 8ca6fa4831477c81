import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TABLES } from '../tables';
import { isConditionalCheckFailed } from './errors';

const table = TABLES.idempotency;

/** An item of the idempotency table: a key claimed by the first application that wrote it. */
export type KeyClaim = { key: string; applicationId: string; expiresAtEpoch?: number };

/**
 * Writes the claim unless its key is taken; returns the application that holds the key when that is
 * another one, undefined when the caller holds it (now or from an earlier, repeated call).
 */
export async function claimKey(
  client: DynamoDBDocumentClient,
  tableName: string,
  claim: KeyClaim,
): Promise<string | undefined> {
  // Two attempts: the holder's item can expire (TTL) between the refused write and the read.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await putUnlessTaken(client, tableName, claim)) return undefined;
    const { Item } = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: { [table.partitionKey]: claim.key },
        ConsistentRead: true,
      }),
    );
    const holder = (Item as KeyClaim | undefined)?.applicationId;
    if (holder !== undefined) return holder === claim.applicationId ? undefined : holder;
  }
  throw new Error(`key ${claim.key} is neither free nor held`);
}

async function putUnlessTaken(
  client: DynamoDBDocumentClient,
  tableName: string,
  claim: KeyClaim,
): Promise<boolean> {
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: claim,
        ConditionExpression: 'attribute_not_exists(#key)',
        ExpressionAttributeNames: { '#key': table.partitionKey },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
