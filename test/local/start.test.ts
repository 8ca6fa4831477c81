import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JavaMissingError, startDynamoDb } from '../../infra/local/dynamodb';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start without Java', () => {
  it('refuses to start DynamoDB Local with a bilingual JavaMissingError', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'no-java-'));
    try {
      const started = startDynamoDb({ dir, port: 1, java: join(dir, 'no-such-java') });
      await expect(started).rejects.toBeInstanceOf(JavaMissingError);
      await expect(started).rejects.toThrow(/Java mangler.*\n.*Java is missing/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints the message and exits with code 1 when java is not on the PATH', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'no-java-'));
    try {
      // PATH holds only the project's own binaries (Node 22 and tsx), so there is no java.
      const child = spawn(join(root, 'node_modules/.bin/tsx'), ['infra/local/start.ts'], {
        cwd: root,
        env: {
          PATH: join(root, 'node_modules/.bin'),
          PORT: '0',
          DYNAMODB_PORT: '0',
          S3_PORT: '0',
          LOCAL_DATA_DIR: dir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

      expect(code).toBe(1);
      expect(stderr).toContain('Java mangler');
      expect(stderr).toContain('Java is missing');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
