import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The document client the DynamoDB adapters expect, for the composition root to build once.
 * Optional fields of our records may be present as `undefined` (`{ ...application, review: undefined }`),
 * which the marshaller refuses unless told to drop them.
 */
export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
