import { DateTime } from 'luxon';
import { SettingsError } from '../../shared/runtime/aws-deps';
import { JavaMissingError } from './dynamodb';
import { startLocal } from './runtime';

/** A port from the environment, or the fallback; 0 lets the runtime pick a free one. */
function portFrom(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(`${name} must be a port number, not "${text}"\n`);
    process.exit(1);
  }
  return port;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** `LOCAL_NOW`: the instant the local clock starts at (ISO 8601 with an offset or Z), if set. */
function startInstant(): Date | undefined {
  const text = process.env.LOCAL_NOW;
  if (!text) return undefined;
  const at = DateTime.fromISO(text, { setZone: true });
  if (!at.isValid || !/(Z|[+-]\d\d:?\d\d)$/i.test(text)) {
    process.stderr.write(
      `LOCAL_NOW skal være et tidspunkt i ISO 8601 med tidszone, fx 2027-01-04T03:30:00+01:00, ikke "${text}"\n` +
        `LOCAL_NOW must be an ISO 8601 instant with a zone, e.g. 2027-01-04T03:30:00+01:00, not "${text}"\n`,
    );
    process.exit(1);
  }
  return at.toJSDate();
}
const now = startInstant();

let runtime: Awaited<ReturnType<typeof startLocal>>;
try {
  runtime = await startLocal({
    port: portFrom('PORT', 3000),
    dynamoDbPort: portFrom('DYNAMODB_PORT', 8000),
    s3Port: portFrom('S3_PORT', 4568),
    // A free port unless set, so that two `npm start`s (other data directories) never collide.
    oidcPort: portFrom('OIDC_PORT', 0),
    ...(process.env.LOCAL_DATA_DIR ? { dataDir: process.env.LOCAL_DATA_DIR } : {}),
    log,
    seed: true,
    ...(now ? { now } : {}),
  });
} catch (error) {
  if (error instanceof JavaMissingError || error instanceof SettingsError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    const port = (error as { port?: number }).port;
    process.stderr.write(
      `Porten ${port} er optaget; vælg en anden med PORT, DYNAMODB_PORT, S3_PORT eller OIDC_PORT.\n` +
        `Port ${port} is in use; choose another with PORT, DYNAMODB_PORT, S3_PORT or OIDC_PORT.\n`,
    );
    process.exit(1);
  }
  throw error;
}

log(`Supplements on ${runtime.url} (ready in ${(runtime.startupMs / 1000).toFixed(1)} s)`);
log(`  pages and API   ${runtime.url}/health, ${runtime.url}/api/…, ${runtime.url}/decisions/…`);
log(`  e-mail outbox   ${runtime.url}/local/mail (JSON), ${runtime.url}/local/mailbox (page)`);
log(
  `  local clock     ${runtime.clock.now().toISOString()}; POST ${runtime.url}/local/clock {"advance":"P15D"}`,
);
log(`  sign-in         ${runtime.url}/log-ind (made-up staff and MitID test citizens)`);
log(`  OpenID provider ${runtime.identityProvider.issuer}`);
log(`  DynamoDB Local  ${runtime.endpoints.dynamodb}`);
log(`  S3 (s3rver)     ${runtime.endpoints.s3}`);
log(
  `Ctrl-C stops everything; the next npm start continues with the same data (${process.env.LOCAL_DATA_DIR || '.local/'}).`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`stopped with an error: ${(error as Error).name}`);
        process.exit(1);
      },
    );
  });
}
