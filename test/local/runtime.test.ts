import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalRuntime, startLocal } from '../../infra/local/runtime';
import { STATE } from '../../workflows/application-workflow';
import { listensOnLoopbackOnly } from './listening';

const CPR = '0101801234';
const CASEWORKER = 'sagsbehandler@kommune.local';

/** Everything the runtime logs, and everything written to this process's stdout meanwhile. */
const logged: string[] = [];

let dataDir: string;
let runtime: LocalRuntime;

const start = (port = 0) => startLocal({ port, dataDir, env: {}, log: (line) => logged.push(line) });

beforeAll(async () => {
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logged.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stdout.write);
  dataDir = await mkdtemp(join(tmpdir(), 'supplements-local-'));
  runtime = await start();
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
  vi.restoreAllMocks();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

/** A fetch against the runtime: JSON in, the response back. */
async function call(
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
) {
  return fetch(`${runtime.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  });
}

/** Uploads a receipt as the family's browser does: a pre-signed PUT straight to s3rver. */
async function uploadReceipt(): Promise<string> {
  const bytes = Buffer.from(`%PDF-1.7\n% kvittering ${randomBytes(8).toString('hex')}\n%%EOF\n`);
  const sha256 = (await crypto.subtle.digest('SHA-256', bytes)).slice(0);
  const presigned = await call('/api/uploads', {
    method: 'POST',
    json: {
      fileName: 'kvittering.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: Buffer.from(sha256).toString('base64'),
    },
  });
  expect(presigned.status).toBe(201);
  const { uploadId, url, method, headers } = (await presigned.json()) as {
    uploadId: string;
    url: string;
    method: string;
    headers: Record<string, string>;
  };
  expect(url.startsWith(runtime.endpoints.s3)).toBe(true);
  const put = await fetch(url, { method, headers: { ...headers, origin: runtime.url }, body: bytes });
  expect(put.status).toBe(200);
  expect(put.headers.get('access-control-allow-origin')).toBe(runtime.url);
  return uploadId;
}

/** Submits a Randers car-seat claim and resolves once the caseworker's review waits (an engine event). */
async function submitAndAwaitReview() {
  const receipt = await uploadReceipt();
  const reviewWaits = runtime.engine.whenWaiting(STATE.review);
  const lastWeek = DateTime.fromJSDate(runtime.clock.now(), { zone: 'Europe/Copenhagen' })
    .minus({ days: 3 })
    .toISODate();
  const response = await call('/api/applications', {
    method: 'POST',
    headers: { 'idempotency-key': `local-${receipt}` },
    json: {
      municipality: 'randers',
      benefit: 'ran-car-seat',
      applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr: CPR },
      child: { birthDate: '2019-05-01' },
      expenses: [{ date: lastWeek, amount: '1799.00', description: 'Autostol' }],
      receipts: [receipt],
    },
  });
  expect(response.status).toBe(201);
  const { id, statusToken } = (await response.json()) as { id: string; statusToken: string };
  await reviewWaits;
  return { id, statusToken };
}

/** The /decisions/ link in the newest e-mail to the caseworker about this application. */
async function caseworkerLink(id: string): Promise<string> {
  const mails = (await (await call('/local/mail')).json()) as { to: string; subject: string; text: string }[];
  const mail = mails.find((m) => m.to === CASEWORKER && m.subject.includes(id.slice(0, 8).toUpperCase()));
  const link = mail?.text.match(/http:\/\/127\.0\.0\.1:\d+\/decisions\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error('no decision link was e-mailed to the caseworker');
  return link;
}

/** Opens the link's page, then approves through its form; resolves once the payout is scheduled. */
async function approve(link: string, id: string) {
  const page = await fetch(link);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Autostol');
  const formToken = html.match(/name="formToken" value="([^"]+)"/)?.[1] ?? '';
  const scheduled = runtime.engine.whenWaiting(STATE.schedulePayout, id);
  const posted = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action: 'approve', formToken }).toString(),
  });
  expect(posted.status).toBe(200);
  await scheduled;
}

async function statusOf(id: string, statusToken: string): Promise<string> {
  const response = await call(`/api/applications/${id}`, {
    headers: { authorization: `Bearer ${statusToken}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { status: string }).status;
}

describe('the local runtime (npm start)', () => {
  it('answers /health with ok once DynamoDB Local, S3 and the engine are up', async () => {
    const response = await call('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('listens on 127.0.0.1 only: the HTTP interface, DynamoDB Local and S3', async () => {
    const ports = [runtime.url, runtime.endpoints.dynamodb, runtime.endpoints.s3].map((url) =>
      Number(new URL(url).port),
    );
    for (const port of ports) expect(await listensOnLoopbackOnly(port), `port ${port}`).toBe(true);
  });

  it('answers an oversized body with 413 and a bilingual error, and the next request still works', async () => {
    const big = await call('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'oversized-0001' },
      json: { padding: 'x'.repeat(1_200_000) },
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await big.json()).toEqual({
      errors: [expect.objectContaining({ path: '', da: expect.any(String), en: expect.any(String) })],
    });
    expect((await call('/health')).status).toBe(200);
  });

  it("lets the browser upload receipts from the site's own origin only (CORS on the receipts bucket)", async () => {
    const presigned = await call('/api/uploads', {
      method: 'POST',
      json: { fileName: 'kvittering.pdf', contentType: 'application/pdf', size: 100 },
    });
    const { url } = (await presigned.json()) as { url: string };
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'content-type',
        },
      });

    const own = await preflight(runtime.url);
    const other = await preflight('http://evil.example');

    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-methods')).toBe('PUT');
    expect(other.status).toBe(403);
  });

  it('takes a car-seat claim from upload through the e-mailed link to a scheduled payout', async () => {
    const { id, statusToken } = await submitAndAwaitReview();
    expect(await statusOf(id, statusToken)).toBe('in-review');

    await approve(await caseworkerLink(id), id);

    expect(await statusOf(id, statusToken)).toBe('payout-scheduled');
    // 1.500,00 of 1.799,00 kr.: the partial approval's letter, its PDF kept in S3 and attached.
    const mails = (await (await call('/local/mail')).json()) as {
      subject: string;
      attachments?: { filename: string; file: string }[];
    }[];
    const ref = id.slice(0, 8).toUpperCase();
    const letter = mails.find((m) => m.subject === `Afgørelse om din ansøgning (sag ${ref})`);
    expect(letter?.attachments?.map((a) => a.filename)).toEqual([`afgoerelse-${ref}.pdf`]);
    const pdf = await call(`/local/mail/attachments/${letter?.attachments?.[0]?.file}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  }, 60_000);

  it('keeps a waiting review across a restart: the link already e-mailed still decides it', async () => {
    const { id, statusToken } = await submitAndAwaitReview();
    const link = await caseworkerLink(id);
    const port = Number(new URL(runtime.url).port);

    await runtime.stop();
    runtime = await start(port);

    expect(runtime.engine.waiting().map((w) => w.stateName)).toContain(STATE.review);
    await approve(link, id);
    expect(await statusOf(id, statusToken)).toBe('payout-scheduled');
    // The resumed wait did not ask again: one e-mail to the caseworker for this case.
    const mails = (await (await call('/local/mail')).json()) as { to: string; subject: string }[];
    const ref = id.slice(0, 8).toUpperCase();
    expect(mails.filter((m) => m.to === CASEWORKER && m.subject.includes(ref))).toHaveLength(1);
  }, 120_000);

  it('writes no CPR number to its log or to standard output', () => {
    expect(logged.some((line) => line.includes('listening on'))).toBe(true);
    const everything = logged.join('\n');
    expect(everything).not.toContain(CPR);
    expect(everything).not.toContain('010180-1234');
  });
});
