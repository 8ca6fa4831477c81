import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb } from '../../infra/local/dynamodb';
import { freePort } from '../../infra/local/endpoints';
import { listensOnLoopbackOnly } from './listening';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dynamodb-local-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DynamoDB Local', () => {
  it('listens on 127.0.0.1 only, not on the network', async () => {
    const port = await freePort();
    const db = await startDynamoDb({ dir: join(dir, 'loopback'), port });
    try {
      expect(db.listening).toBe('127.0.0.1');
      expect(await listensOnLoopbackOnly(port)).toBe(true);
      await expect(db.client.send(new ListTablesCommand({}))).resolves.toBeDefined();
    } finally {
      await db.stop();
    }
  }, 60_000);

  it('still starts with a Java that has no compiler (a JRE), and says it listens on every interface', async () => {
    // A java whose module graph lacks jdk.compiler cannot run the loopback launcher from source.
    const jre = join(dir, 'jre-java');
    await writeFile(
      jre,
      '#!/bin/sh\nexec java --limit-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs "$@"\n',
    );
    await chmod(jre, 0o755);
    const port = await freePort();
    const db = await startDynamoDb({ dir: join(dir, 'jre'), port, java: jre });
    try {
      expect(db.listening).toBe('every interface');
      await expect(db.client.send(new ListTablesCommand({}))).resolves.toBeDefined();
    } finally {
      await db.stop();
    }
  }, 60_000);
});
