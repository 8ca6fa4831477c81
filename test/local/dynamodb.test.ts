import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb } from '../../infra/local/dynamodb';
import { freePort } from '../../infra/local/endpoints';
import { listensOnLoopbackOnly } from './listening';

const fixture = fileURLToPath(new URL('./fixtures/start-dynamodb.ts', import.meta.url));

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

  it('stops when the process that started it is killed, so no database outlives npm start', async () => {
    const port = await freePort();
    // Node itself (not the tsx wrapper, which would leave its own child running when killed).
    const parent = spawn(process.execPath, ['--import', 'tsx', fixture, join(dir, 'orphan'), String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const { pid } = JSON.parse(line) as { pid: number };
    expect(await listensOnLoopbackOnly(port)).toBe(true);

    parent.kill('SIGKILL');
    // `tail --pid` ends when that process ends: the test waits for the event, not for a time.
    const watcher = spawn('tail', [`--pid=${pid}`, '-f', '/dev/null']);
    await once(watcher, 'exit');
    expect(await listensOnLoopbackOnly(port)).toBe(false);
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
