import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocal } from '../../infra/local/runtime';
import { payoutDeps } from '../../shared/app/payout-deps';
import { bankReport } from '../payouts/pain002-builder';

let dataDir: string;
let runtime: LocalRuntime;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'supplements-finance-'));
  // Seeded: the mileage claim is approved and its workflow waits for the payout run.
  runtime = await startLocal({ port: 0, dataDir, env: {}, seed: true, log: () => undefined });
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const post = (path: string, type: string, body: string) =>
  fetch(`${runtime.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const form = (path: string, fields: Record<string, string>) =>
  post(path, 'application/x-www-form-urlencoded', new URLSearchParams(fields).toString());

/** Signs a made-up user in through POST /local/session; returns the cookie and the forms' token. */
async function signedIn(user: string) {
  const started = await fetch(`${runtime.url}/local/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await (await fetch(`${runtime.url}/finance`, { headers: { cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return { cookie, csrf };
}

/** One of the four eyes as a signed-in finance user. */
async function eyes(path: string, user: { cookie: string; csrf: string }) {
  return fetch(`${runtime.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: user.cookie },
    body: new URLSearchParams({ csrf: user.csrf }).toString(),
  });
}

async function payoutRun(): Promise<string> {
  const run = await fetch(`${runtime.url}/local/payout-runs`, { method: 'POST' });
  return ((await run.json()) as { batchId: string }).batchId;
}

describe('finance on the local runtime (DynamoDB Local, S3, the workflow)', () => {
  it('releases with four eyes, reads a pain.002 with a rejected line, re-queues the correction and tells the family "paid" on the execution date', async () => {
    const deps = payoutDeps(runtime.deps);
    const first = await payoutRun();
    const entries = [];
    for await (const e of deps.ledger.listInBatch(first)) entries.push(e);
    const [entry] = entries;
    const id = entry?.applicationId ?? '';

    // Four eyes: the same person (any case) cannot confirm; only after another does, the files have links.
    const anna = await signedIn('finance');
    const bo = await signedIn('finance-2');
    expect((await eyes(`/finance/batches/${first}/release`, anna)).status).toBe(200);
    expect((await eyes(`/finance/batches/${first}/confirm`, anna)).status).toBe(400);
    expect((await eyes(`/finance/batches/${first}/confirm`, bo)).status).toBe(200);

    // The bank rejects the line: the caseworker gets the reason and the correction link.
    const report = await post(
      `/api/payout-batches/${first}/status-report`,
      'application/xml',
      await bankReport(payoutDeps(runtime.deps), first, id),
    );
    expect(await report.json()).toEqual({ settled: 0, rejected: 1 });
    const mail = (await (await fetch(`${runtime.url}/local/mail`)).json()) as {
      subject: string;
      text: string;
    }[];
    const rejection = mail.find((m) => m.subject.startsWith('Udbetaling afvist'));
    expect(rejection?.text).toContain('AC04 Kontoen er lukket / Closed account number');
    const link = new URL(/https?:\/\/\S+\/payouts\/\S+/.exec(rejection?.text ?? '')?.[0] ?? '');

    // The caseworker corrects it; the next run takes it; the ledger keeps both lines.
    const amount = ((entry?.amountOre ?? 0) / 100).toFixed(2).replace('.', ',');
    const corrected = await form(link.pathname, {
      t: link.searchParams.get('t') ?? '',
      amount,
      by: 'cw',
      note: 'NemKonto oprettet',
    });
    expect(corrected.status).toBe(200);
    const second = await payoutRun();
    expect(await deps.ledger.get(id)).toMatchObject({
      status: 'in-batch',
      batchId: second,
      previous: [expect.objectContaining({ batchId: first, correctedBy: 'cw' })],
    });

    // The bank accepts it the day before the execution date: nobody is told "paid" until that morning.
    await eyes(`/finance/batches/${second}/release`, anna);
    await eyes(`/finance/batches/${second}/confirm`, bo);
    const accepted = await post(
      `/api/payout-batches/${second}/status-report`,
      'application/xml',
      await bankReport(payoutDeps(runtime.deps), second),
    );
    expect(await accepted.json()).toEqual({ settled: 1, rejected: 0 });
    const payoutDate = (await deps.batches.get(second))?.payoutDate ?? '';
    const morning = DateTime.fromISO(`${payoutDate}T06:01`, { zone: 'Europe/Copenhagen' }).toMillis();
    const ahead = morning - runtime.clock.now().getTime();
    if (ahead > 0) {
      expect((await runtime.deps.applications.get(id))?.status).toBe('payout-scheduled');
      await runtime.advance(ahead);
    }
    await runtime.engine.executions.get(id)?.done;

    expect((await deps.ledger.get(id))?.status).toBe('executed');
    expect((await runtime.deps.applications.get(id))?.status).toBe('paid');
  }, 120_000);
});
