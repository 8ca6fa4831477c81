/**
 * The whole journey as a stranger would walk it, over HTTP against `npm start` on a new data
 * directory: a family applies, the caseworker approves through the e-mailed link, a payout run at
 * whatever hour it is writes files that pass their XSD; a second case is left waiting until the
 * local clock has moved 15 days, so its review escalates and its old link says so; then three
 * restarts with the wait open (kill -9, kill -9, a clean stop), and the escalated case is decided
 * through the link sent before them.
 *
 * `.ci/run` runs it under libfaketime at instants that break clock-bound code (see there); it reads
 * no clock itself: "today" is the system's, from POST /local/clock.
 *
 *   npm run journey            # on a free port, a temporary data directory
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';

type Mail = { to: string; subject: string; text: string; sentAt: string };

const ROOT = new URL('../../', import.meta.url).pathname;
const XSD = join(ROOT, 'docs/sources/iso20022/pain.001.001.03.xsd');
/** How long any one wait of the journey may take before it fails with what it waited for. */
const WAIT_MS = 60_000;

function fail(message: string): never {
  throw new Error(message);
}

/** Starts `npm start` (the same command a newcomer types) and resolves with its address once /health is ok. */
async function start(
  dataDir: string,
  port: number,
): Promise<{ url: string; child: ChildProcess; log: string[] }> {
  const log: string[] = [];
  // Node itself with tsx's loader (what `npm start` runs, without the wrapper process), so that a
  // kill -9 reaches the system and not a launcher in front of it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOCAL_DATA_DIR: dataDir,
      PORT: String(port),
      DYNAMODB_PORT: String(port + 1),
      S3_PORT: String(port + 2),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await until('the system to answer /health', async () => {
    if (child.exitCode !== null) fail(`npm start exited with ${child.exitCode}:\n${log.join('')}`);
    const health = await fetch(`${url}/health`).catch(() => undefined);
    return health?.ok ? true : undefined;
  });
  return { url, child, log };
}

/** Stops the system: SIGTERM (Ctrl-C's clean stop) or SIGKILL (a crash); resolves when it is gone. */
async function stop(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  // The process group: npm start's DynamoDB Local stops with its parent, s3rver runs in-process.
  child.kill(signal);
  await gone;
}

/** Asks `check` again until it gives a value; fails after WAIT_MS naming what it waited for. */
async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = performance.now() + WAIT_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) fail(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The system's "now" (its clock, which LOCAL_NOW or faketime set): moving it by nothing returns it. */
async function systemNow(url: string): Promise<DateTime> {
  const { now } = await json<{ now: string }>(
    await fetch(`${url}/local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance":"PT0S"}',
    }),
  );
  return DateTime.fromISO(now, { zone: 'Europe/Copenhagen' });
}

async function mails(url: string): Promise<Mail[]> {
  return json<Mail[]>(await fetch(`${url}/local/mail`));
}

/** The newest e-mail to `to` whose subject has `subject` and the case reference. */
async function mailAbout(url: string, id: string, to: string, subject: string): Promise<Mail> {
  const ref = id.slice(0, 8).toUpperCase();
  return until(`an e-mail "${subject}" to ${to} about ${ref}`, async () =>
    (await mails(url)).find((m) => m.to === to && m.subject.includes(subject) && m.subject.includes(ref)),
  );
}

const linkIn = (mail: Mail) =>
  mail.text.match(/http:\/\/127\.0\.0\.1:\d+\/(?:decisions|answers)\/[A-Za-z0-9_-]+/)?.[0] ??
  fail(`no link in "${mail.subject}"`);

/** A family applies for a Randers car seat bought three days ago, with one uploaded PDF receipt. */
async function apply(url: string, today: DateTime, n: number): Promise<{ id: string; token: string }> {
  const bytes = Buffer.from(`%PDF-1.7\n% autostol ${n} ${today.toISO()}\n%%EOF\n`);
  const upload = await json<{ uploadId: string; url: string; headers: Record<string, string> }>(
    await fetch(`${url}/api/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'kvittering.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
      }),
    }),
  );
  const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: bytes });
  if (!put.ok) fail(`the receipt upload answered ${put.status}`);
  const created = await json<{ id: string; statusToken: string }>(
    await fetch(`${url}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `journey-${n}-${upload.uploadId}` },
      body: JSON.stringify({
        municipality: 'randers',
        benefit: 'ran-car-seat',
        applicant: {
          role: 'relief-family',
          name: 'Mette Jensen',
          email: `familie${n}@example.test`,
          cpr: '010180-1234',
        },
        child: { birthDate: today.minus({ years: 4 }).toISODate() },
        expenses: [
          {
            date: today.minus({ days: 3 }).toISODate(),
            // Within the 1.500 kr. cap: a full grant, told to the family as "bevilget".
            amount: '1499.00',
            description: 'Autostol, i-Size',
            approvalStandard: 'i-size',
          },
        ],
        receipts: [upload.uploadId],
      }),
    }),
  );
  return { id: created.id, token: created.statusToken };
}

/** The session cookie POST /local/session gives a made-up person (spec §4). */
async function sessionFor(url: string, user: string): Promise<string> {
  const response = await fetch(`${url}/local/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (response.status !== 204) fail(`POST /local/session as ${user} answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? fail('no session cookie');
}

/** A signed-in page's HTML; fails unless it answers 200. */
async function signedInPage(url: string, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}${path}`, { headers: { cookie }, redirect: 'manual' });
  if (response.status !== 200) fail(`${path} answered ${response.status} to a signed-in user`);
  return response.text();
}

async function statusOf(url: string, app: { id: string; token: string }): Promise<string> {
  const body = await json<{ status: string }>(
    await fetch(`${url}/api/applications/${app.id}`, { headers: { authorization: `Bearer ${app.token}` } }),
  );
  return body.status;
}

/** Opens the decision link's page and approves through its form. */
async function approve(link: string): Promise<void> {
  const page = await fetch(link);
  if (page.status !== 200) fail(`the decision page answered ${page.status}`);
  const formToken = (await page.text()).match(/name="formToken" value="([^"]+)"/)?.[1] ?? fail('no form');
  const posted = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action: 'approve', formToken }).toString(),
  });
  if (posted.status !== 200) fail(`approving answered ${posted.status}: ${await posted.text()}`);
}

/** The files of a payout run now: the CSV names the payee, the pain.001 passes its XSD. */
async function payoutRun(url: string, dir: string, expectCount: number): Promise<string> {
  const run = await json<{ batchId: string; files: { name: string; url: string; format: string }[] }>(
    await fetch(`${url}/local/payout-runs`, { method: 'POST' }),
  );
  const pain =
    run.files.find((f) => f.format === 'pain.001.001.03') ?? fail(`run ${run.batchId} wrote no pain.001`);
  const csv = run.files.find((f) => f.format === 'csv') ?? fail('no CSV');
  const xml = await (await fetch(pain.url)).text();
  const file = join(dir, pain.name);
  await writeFile(file, xml);
  execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
  const count = Number(xml.match(/<NbOfTxs>(\d+)<\/NbOfTxs>/)?.[1]);
  if (count !== expectCount) fail(`the pain.001 has ${count} payments, not ${expectCount}`);
  const lines = (await (await fetch(csv.url)).text()).split('\n');
  if (!lines.some((l) => l.includes('0101801234'))) fail('the CSV does not name the payee by CPR');
  return run.batchId;
}

async function journey(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'supplements-journey-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let system = await start(dataDir, port);
  const { url } = system;
  const steps: string[] = [];
  const done = (step: string) => {
    steps.push(step);
    process.stdout.write(`  ok  ${step}\n`);
  };
  try {
    const today = await systemNow(url);
    process.stdout.write(`journey at ${today.toFormat('cccc d LLLL yyyy HH:mm ZZZZ')} (${today.toISO()})\n`);
    done('npm start on a new data directory, seeded, /health ok');

    const paid = await apply(url, today, 1);
    const waiting = await apply(url, today, 2);
    const review = await mailAbout(url, paid.id, 'sagsbehandler@kommune.local', 'Ny ansøgning');
    await mailAbout(url, waiting.id, 'sagsbehandler@kommune.local', 'Ny ansøgning');
    done('two families apply; the caseworker gets a link for each');

    const caseworker = await sessionFor(url, 'caseworker');
    const worklist = await signedInPage(url, '/sager', caseworker);
    for (const app of [paid, waiting])
      if (!worklist.includes(`/sager/${app.id}`)) fail('the worklist lacks a new case');
    const family = await sessionFor(url, 'family:010180-1234');
    const mine = await signedInPage(url, '/mine-ansoegninger', family);
    if (!mine.includes(paid.id.slice(0, 8).toUpperCase())) fail("Mine ansøgninger lacks the family's case");
    const stranger = await signedInPage(
      url,
      '/mine-ansoegninger',
      await sessionFor(url, 'family:2408901234'),
    );
    if (stranger.includes(paid.id.slice(0, 8).toUpperCase())) fail("another family sees the family's case");
    done(
      'signed in: the caseworker finds both in /sager, the family in Mine ansøgninger, another family nothing',
    );

    await approve(linkIn(review));
    await mailAbout(url, paid.id, 'familie1@example.test', 'bevilget');
    if ((await statusOf(url, paid)) !== 'payout-scheduled')
      fail('the approved case is not scheduled for payout');
    done('the caseworker approves through the link; the family is told');

    await payoutRun(url, dataDir, 2);
    done('a payout run now pays it and the seeded approval: pain.001 valid against its XSD, CSV by CPR');

    const oldLink = linkIn(await mailAbout(url, waiting.id, 'sagsbehandler@kommune.local', 'Ny ansøgning'));
    await json(
      await fetch(`${url}/local/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"advance":"P15D"}',
      }),
    );
    const escalation = await mailAbout(url, waiting.id, 'teamleder@kommune.local', 'teamleder');
    const refused = await fetch(oldLink);
    if (refused.status !== 410) fail(`the review link after the escalation answered ${refused.status}`);
    done(
      '15 days later the review has escalated to the team lead; the old link says so (410); the day-old session asks to sign in again',
    );

    // The caseworker's session of before the 15 days has run out; she signs in again.
    const expired = await fetch(`${url}/sager`, { headers: { cookie: caseworker }, redirect: 'manual' });
    if (expired.status !== 303) fail(`a 15-day-old session answered ${expired.status}, not a way to sign in`);
    const signedInAgain = await sessionFor(url, 'caseworker');
    const ref = waiting.id.slice(0, 8).toUpperCase();
    /** E-mails about the waiting case, reminders aside (the 07:00 schedule may send one). */
    const about = async () =>
      (await mails(url)).filter((m) => m.subject.includes(ref) && !m.subject.startsWith('Påmindelse'));
    // Counted before the restarts, with the system settled (the advance waited for every step), so
    // an e-mail a restart sends again counts as one too many.
    const before = (await about()).length;
    // Three restarts in a row with the wait open: two crashes, then a clean stop.
    for (const signal of ['SIGKILL', 'SIGKILL', 'SIGTERM'] as const) {
      await stop(system.child, signal);
      system = await start(dataDir, port);
    }
    await approve(linkIn(escalation));
    // The status turns 'payout-scheduled' a moment before the family's e-mail is written (one step
    // does both), so the e-mail itself is waited for; then the system settles (an advance by
    // nothing waits until every execution waits or has ended), so a repeated e-mail is counted.
    await mailAbout(url, waiting.id, 'familie2@example.test', 'bevilget');
    if ((await statusOf(url, waiting)) !== 'payout-scheduled')
      fail('the escalated case is not scheduled for payout');
    await systemNow(url);
    const after = await about();
    const repeated = after.filter((m) => m.subject.includes('teamleder')).length;
    if (repeated !== 1) fail(`the team lead got ${repeated} escalation e-mails across the restarts`);
    // The one new e-mail is the family's "bevilget"; the restarts sent nothing again.
    if (after.length !== before + 1)
      fail(
        `the restarts or the approval sent unexpected e-mails: ${before} before, now ${after.map((m) => m.subject.replace(ref, 'REF')).join(' | ')}`,
      );
    await signedInPage(url, `/sager/${waiting.id}`, signedInAgain);
    done(
      'kill -9 twice, then a clean restart, with the wait open: the link from before decides it, no e-mail repeated; the session from before still opens the case',
    );

    await payoutRun(url, dataDir, 1);
    done('the next payout run pays the escalated case');
  } catch (error) {
    process.stderr.write(`journey failed after: ${steps.join('; ') || 'nothing'}\n`);
    process.stderr.write(`${system.log.join('').slice(-4000)}\n`);
    throw error;
  } finally {
    await stop(system.child, 'SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

await readFile(XSD);
await journey();
