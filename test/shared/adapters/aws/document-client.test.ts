import { Readable } from 'node:stream';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../../shared/adapters/aws/document-client';

describe('documentClient', () => {
  it('drops undefined fields instead of refusing to write them', async () => {
    const bodies: string[] = [];
    const dynamo = new DynamoDBClient({
      region: 'eu-north-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
      requestHandler: {
        handle: async (request: { body: Uint8Array | string }) => {
          bodies.push(
            typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body),
          );
          return { response: { statusCode: 200, headers: {}, body: Readable.from([Buffer.from('{}')]) } };
        },
      },
    });

    await documentClient(dynamo).send(
      new PutCommand({ TableName: 'applications', Item: { id: 'app-1', review: undefined } }),
    );

    expect(JSON.parse(bodies[0] ?? '{}')).toMatchObject({ Item: { id: { S: 'app-1' } } });
    expect(bodies[0]).not.toContain('review');
  });
});
