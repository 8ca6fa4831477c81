import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import * as payoutRun from '../../functions/payout-run';
import * as reviewReminders from '../../functions/review-reminders';
import { FileCheckpointStore } from '../../shared/adapters/local/checkpoints';
import { LocalClock } from '../../shared/adapters/local/clock';
import { InProcessMetrics } from '../../shared/adapters/local/metrics';
import { OutboxMailer } from '../../shared/adapters/local/outbox-mailer';
import { type EngineEvent, LocalWorkflowEngine } from '../../shared/adapters/local/workflow-engine';
import type { Deps } from '../../shared/app/deps';
import { loadCatalogue } from '../../shared/rules/catalogue';
import { synthesizeDefinition } from '../../workflows/definition';
import { PAYOUT_RUNS_SCHEDULE, parseCron, REVIEW_REMINDERS_SCHEDULE } from './cron';
import { localDeps, localS3Client, localSettings, withLocalSignIn } from './deps';
import { type LocalDynamoDb, requireJava, startDynamoDb } from './dynamodb';
import { freePort } from './endpoints';
import { ensurePrivateDir } from './guard';
import { handlerOf, workflowHandlers } from './handlers';
import { type LocalIdentityProvider, startIdentityProvider } from './identity-provider';
import { localRoutes } from './local-routes';
import { localPayers } from './made-up-payers';
import { LOCAL_BUCKETS, type LocalS3, startS3 } from './s3';
import { type Schedule, startSchedule } from './scheduler';
import { seed } from './seed';
import { close, createLocalServer, listen } from './server';
import { ensureTables } from './tables';

/** Where `npm start` keeps its data: `.local/` in the repository, ignored by git. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.local', import.meta.url));

export type LocalOptions = {
  /** The HTTP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** DynamoDB Local's database, s3rver's objects, the outbox and the workflow checkpoints live here. */
  dataDir?: string;
  /** Ports of DynamoDB Local and s3rver; free ones when not given. */
  dynamoDbPort?: number;
  s3Port?: number;
  /** The local OpenID provider's port (`OIDC_PORT`); a free one when 0 or not given. */
  oidcPort?: number;
  /** Configuration (PUBLIC_BASE_URL, CASEWORKER_EMAIL, …); local defaults fill the gaps. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the runtime's log lines go: ids, state and error names, never personal data. */
  log?: (line: string) => void;
  /** The Java command DynamoDB Local runs with. */
  java?: string;
  /** Seed a new data directory with a few families and applications in every state (`npm start` does). */
  seed?: boolean;
  /** Where the local clock starts (`LOCAL_NOW`); else where it stood when the data directory last ran. */
  now?: Date;
};

export type LocalRuntime = {
  url: string;
  endpoints: { dynamodb: string; s3: string };
  /** The local OpenID provider people sign in through (staff and the MitID stand-in). */
  identityProvider: { issuer: string };
  deps: Deps;
  engine: LocalWorkflowEngine;
  clock: LocalClock;
  /** Moves the local clock forward; every timer on the way fires and settles (POST /local/clock). */
  advance: (ms: number) => Promise<Date>;
  /** How many executions were resumed from the data directory. */
  resumed: number;
  startupMs: number;
  stop: () => Promise<void>;
};

/** A log line for an engine event. */
function describe(event: EngineEvent): string {
  switch (event.type) {
    case 'step-failed':
      return `workflow ${event.applicationId}: step "${event.stateName}" failed with ${event.error}`;
    case 'execution-ended':
      return `workflow ${event.applicationId}: ${event.status}${event.error ? ` (${event.error})` : ''}`;
    case 'checkpoint-failed':
      return `workflow ${event.applicationId}: checkpoint not saved (${event.error})`;
    case 'resume-skipped':
      return `workflow ${event.applicationId}: not resumed, the definition has no state "${event.stateName}"`;
  }
}

/**
 * The whole system on one machine: the HTTP interface on 127.0.0.1, DynamoDB Local and s3rver
 * with their data in `dataDir`, the workflow engine running the synthesized definition with the
 * Lambda handlers in-process, and the review reminders on their EventBridge schedule.
 */
export async function startLocal(options: LocalOptions): Promise<LocalRuntime> {
  const started = performance.now();
  requireJava(options.java);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  // Applications, CPR numbers and receipts live here: the owner's only.
  ensurePrivateDir(dataDir);
  const outboxDir = join(dataDir, 'outbox');
  const catalogue = loadCatalogue();
  const clock = await LocalClock.open(join(dataDir, 'clock.json'), options.now);
  let deps: Deps | undefined;
  let ready = false;
  let engine: LocalWorkflowEngine | undefined;
  /** The clock's advance, each timer's effects settled: the engine idle, the scheduled jobs done. */
  const advance = (ms: number) =>
    clock.advance(ms, async () => {
      await clock.idle();
      await engine?.idle();
    });
  const server = createLocalServer(
    localRoutes({
      ready: () => ready,
      outboxDir,
      deps: () => deps,
      advance,
      onFault: (fault) => log(`request failed: ${fault.route}: ${fault.error}`),
    }),
    (error) => log(`request failed: ${(error as Error).name}`),
  );
  const port = await listen(server, options.port);
  const url = `http://127.0.0.1:${port}`;
  const envSettings = localSettings(port, options.env ?? process.env);
  const payers = localPayers(options.env ?? process.env);
  const origin = new URL(envSettings.publicBaseUrl).origin;
  log(`listening on ${url}; starting DynamoDB Local, S3 and the workflow engine…`);

  let dynamoStarting: Promise<LocalDynamoDb> | undefined;
  let s3Starting: Promise<LocalS3> | undefined;
  const schedules: Schedule[] = [];
  let s3Client: ReturnType<typeof localS3Client> | undefined;
  let identityProvider: LocalIdentityProvider | undefined;
  /** Stops what has started, in the order that lets running steps finish against live servers. */
  const stop = async () => {
    ready = false;
    for (const schedule of schedules) schedule.stop();
    clock.stop();
    await close(server);
    await identityProvider?.stop();
    await engine?.stop();
    s3Client?.destroy();
    const servers = await Promise.allSettled([dynamoStarting, s3Starting]);
    await Promise.all(servers.map((s) => (s.status === 'fulfilled' ? s.value?.stop() : undefined)));
  };

  try {
    // The browser comes back from the provider by whichever name it used for the application.
    identityProvider = await startIdentityProvider({
      port: options.oidcPort ?? 0,
      secretsFile: join(dataDir, 'identity-provider.json'),
      appOrigins: [origin, url, `http://localhost:${port}`],
      onError: (error) => log(`identity provider: request failed: ${(error as Error).name}`),
    });
    const settings = withLocalSignIn(envSettings, identityProvider);
    const dynamoPort = options.dynamoDbPort || (await freePort());
    dynamoStarting = startDynamoDb({
      dir: join(dataDir, 'dynamodb'),
      port: dynamoPort,
      ...(options.java ? { java: options.java } : {}),
    });
    s3Starting = startS3({ dir: join(dataDir, 's3'), port: options.s3Port ?? 0, origins: [origin, url] });
    // Their failures are read below (and by stop); until then they are not unhandled.
    dynamoStarting.catch(() => undefined);
    s3Starting.catch(() => undefined);
    // Synthesizing takes seconds of CPU; the JVM of DynamoDB Local boots meanwhile on the other core.
    const definition = synthesizeDefinition();
    const [dynamo, s3] = await Promise.all([dynamoStarting, s3Starting]);
    if (dynamo.listening !== '127.0.0.1') {
      log(
        'warning: DynamoDB Local listens on every network interface, since this Java has no compiler ' +
          'to run the loopback launcher; a JDK (e.g. openjdk-17-jdk-headless) keeps it on 127.0.0.1',
      );
    }
    const created = await ensureTables(dynamo.client);
    if (created.length > 0) log(`created tables: ${created.join(', ')}`);

    s3Client = localS3Client(s3.endpoint);
    const metrics = new InProcessMetrics((name, value) => log(`metric ${name} +${value}`));
    const built = localDeps({
      dynamodb: dynamo.client,
      s3: s3Client,
      mailer: new OutboxMailer(outboxDir, () => clock.now()),
      now: () => clock.now(),
      metrics,
      workflow: undefined as unknown as Deps['workflow'],
      catalogue,
      settings,
      payers,
      onSignInFault: (fault) => log(`sign-in (${fault.kind}): ${fault.step} failed: ${fault.error}`),
    });
    const handlers = workflowHandlers(built);
    engine = new LocalWorkflowEngine(definition as never, handlers, {
      checkpoints: new FileCheckpointStore(join(dataDir, 'workflow')),
      clock,
      onEvent: (event) => {
        log(describe(event));
        // As the EventBridge rule on AWS: an execution that ends failed is recorded by its function.
        if (event.type === 'execution-ended' && event.status === 'FAILED') {
          handlers['record-failure']({
            'detail-type': 'Step Functions Execution Status Change',
            detail: { name: event.applicationId, status: 'FAILED' },
          }).catch((error: unknown) => log(`recording the failure failed: ${(error as Error).name}`));
        }
      },
    });
    built.workflow = engine;
    deps = built;
    const resumed = await engine.resume();
    if (resumed > 0) log(`resumed ${resumed} workflow execution(s)`);
    if (options.seed && created.length > 0) {
      const client = s3Client;
      const count = await seed(built, engine, async (key, bytes, contentType) => {
        await client.send(
          new PutObjectCommand({
            Bucket: LOCAL_BUCKETS.receipts,
            Key: key,
            Body: bytes,
            ContentType: contentType,
          }),
        );
      });
      log(`seeded ${count} applications`);
    }

    const remind = handlerOf(reviewReminders, built);
    const runPayouts = handlerOf(payoutRun, built);
    schedules.push(
      startSchedule({
        cron: parseCron(REVIEW_REMINDERS_SCHEDULE.expression),
        zone: REVIEW_REMINDERS_SCHEDULE.timeZone,
        clock,
        job: async () => {
          const { reminded, overdue } = await remind();
          log(`review reminders: ${reminded} sent, ${overdue} overdue`);
        },
        onError: (error) => log(`review reminders failed: ${(error as Error).name}`),
      }),
      startSchedule({
        cron: parseCron(PAYOUT_RUNS_SCHEDULE.expression),
        zone: PAYOUT_RUNS_SCHEDULE.timeZone,
        clock,
        job: async () => {
          const batch = await runPayouts();
          if (batch.batchId) log(`payout run ${batch.batchId}: ${batch.count} payout(s)`);
        },
        onError: (error) => log(`payout run failed: ${(error as Error).name}`),
      }),
    );
    void dynamo.exited.then(() => {
      if (ready) log('DynamoDB Local stopped; /health now answers 503');
      ready = false;
    });
    ready = true;
    return {
      url,
      endpoints: { dynamodb: dynamo.endpoint, s3: s3.endpoint },
      identityProvider: { issuer: identityProvider.issuer },
      deps: built,
      engine,
      clock,
      advance,
      resumed,
      startupMs: Math.round(performance.now() - started),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
