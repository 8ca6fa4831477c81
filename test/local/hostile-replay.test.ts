import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localRoutes } from '../../infra/local/local-routes';
import { close, createLocalServer, listen } from '../../infra/local/server';
import { type H, harness, STATE, submitAndWait } from '../functions/http/client';

/**
 * Hostile requests replayed over HTTP against the local server (its Host and origin guard, the
 * local routes and the system's router) on the memory stores: each gets a clean 4xx, never a 5xx,
 * API JSON routes answer `{"errors":[{"path","message"}]}`, and nothing is stored.
 */

let h: H;
let server: Server;
let port: number;
let outboxDir: string;
let decision: string;
let application: { id: string; statusToken: string };
const faults: unknown[] = [];
const advanced: number[] = [];

type Reply = { status: number; contentType: string; body: string };

/** One raw request: the path exactly as written, any Host, any headers, any body. */
function send(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string; host?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { host: init.host ?? `127.0.0.1:${port}`, ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** Everything any store holds, as plain data, to compare before and after. */
function stores(harnessed: H): string {
  const plain = (value: unknown): unknown => {
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, plain(v)]);
    if (value instanceof Set) return [...value].map(plain);
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    }
    return value;
  };
  const { applications, links, receipts, registry, mailer, ledger, idempotency, journal } = harnessed;
  return JSON.stringify(
    plain({ applications, links, receipts, registry, mailer, ledger, idempotency, journal }),
  );
}

const json = (value: unknown) => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});
const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });
const claim = (overrides: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) => ({
  municipality: 'randers',
  benefit: 'ran-car-seat',
  applicant: {
    role: 'relief-family',
    name: 'Mette Jensen',
    email: 'mette@example.test',
    cpr: '0101801234',
    ...applicant,
  },
  child: { birthDate: '2019-05-01' },
  expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' }],
  ...overrides,
});
let keys = 0;
const apply = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${++keys}`, ...headers },
  body: JSON.stringify(body),
});

type Case = [name: string, method: string, path: () => string, init?: () => Parameters<typeof send>[2]];

const CONTROL = ['\u0000', '\u0007', '\u000b', '\u001b', '\u007f', '\u202e', '\u2028'];
const STRING_FIELDS: [string, (c: string) => unknown][] = [
  ['municipality', (c) => claim({ municipality: `randers${c}` })],
  ['benefit', (c) => claim({ benefit: `ran-car-seat${c}` })],
  ['applicant.role', (c) => claim({}, { role: `relief-family${c}` })],
  ['applicant.name', (c) => claim({}, { name: `Mette${c}Jensen` })],
  ['applicant.email', (c) => claim({}, { email: `mette${c}@example.test` })],
  ['applicant.cpr', (c) => claim({}, { cpr: `0101801234${c}` })],
  ['child.birthDate', (c) => claim({ child: { birthDate: `2019-05-01${c}` } })],
  [
    'expenses[0].description',
    (c) =>
      claim({
        expenses: [
          { date: '2026-02-20', amount: '1799.00', description: `Auto${c}stol`, approvalStandard: 'i-size' },
        ],
      }),
  ],
  [
    'expenses[0].amount',
    (c) =>
      claim({
        expenses: [
          { date: '2026-02-20', amount: `1799.00${c}`, description: 'Autostol', approvalStandard: 'i-size' },
        ],
      }),
  ],
  [
    'expenses[0].date',
    (c) =>
      claim({
        expenses: [
          { date: `2026-02-20${c}`, amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' },
        ],
      }),
  ],
  ['receipts[0]', (c) => claim({ receipts: [`upload${c}`] })],
];

const cases: Case[] = [
  // POST /api/applications: types, depth, size, unknown fields, content types, JSON.
  ['claim as an array', 'POST', () => '/api/applications', () => apply([claim()])],
  ['claim as a string', 'POST', () => '/api/applications', () => apply('claim')],
  ['claim as null', 'POST', () => '/api/applications', () => apply(null)],
  [
    'amount as a number',
    'POST',
    () => '/api/applications',
    () => apply(claim({ expenses: [{ date: '2026-02-20', amount: 1799, description: 'Autostol' }] })),
  ],
  ['expenses as an object', 'POST', () => '/api/applications', () => apply(claim({ expenses: { 0: 'x' } }))],
  [
    'applicant as a string',
    'POST',
    () => '/api/applications',
    () => apply({ ...claim(), applicant: 'Mette' }),
  ],
  ['cpr as a number', 'POST', () => '/api/applications', () => apply(claim({}, { cpr: 101801234 }))],
  ['a 60-level nested field', 'POST', () => '/api/applications', () => apply(claim({ child: nested(60) }))],
  [
    'a 200,000-character name',
    'POST',
    () => '/api/applications',
    () => apply(claim({}, { name: 'M'.repeat(200_000) })),
  ],
  [
    '10,000 expenses',
    'POST',
    () => '/api/applications',
    () =>
      apply(
        claim({
          expenses: Array.from({ length: 10_000 }, () => ({
            date: '2026-02-20',
            amount: '1.00',
            description: 'x',
          })),
        }),
      ),
  ],
  [
    'an unknown top-level field (__proto__)',
    'POST',
    () => '/api/applications',
    () => ({
      headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${++keys}` },
      body: `{"__proto__":{"admin":true},${JSON.stringify(claim()).slice(1, -1)},"submittedAt":"2020-01-01"`,
    }),
  ],
  [
    'receipts that were never uploaded',
    'POST',
    () => '/api/applications',
    () => apply(claim({ receipts: ['never-uploaded'] })),
  ],
  [
    '5,000 receipts',
    'POST',
    () => '/api/applications',
    () => apply(claim({ receipts: Array.from({ length: 5000 }, (_, i) => `r${i}`) })),
  ],
  [
    'text/plain',
    'POST',
    () => '/api/applications',
    () => ({
      headers: { 'content-type': 'text/plain', 'idempotency-key': `hostile-${++keys}` },
      body: JSON.stringify(claim()),
    }),
  ],
  [
    'a form post',
    'POST',
    () => '/api/applications',
    () => ({
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': `hostile-${++keys}`,
      },
      body: 'municipality=randers',
    }),
  ],
  [
    'no content type',
    'POST',
    () => '/api/applications',
    () => ({ headers: { 'idempotency-key': `hostile-${++keys}` }, body: JSON.stringify(claim()) }),
  ],
  [
    'truncated JSON',
    'POST',
    () => '/api/applications',
    () => ({
      headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${++keys}` },
      body: JSON.stringify(claim()).slice(0, 40),
    }),
  ],
  [
    'an empty body',
    'POST',
    () => '/api/applications',
    () => ({
      headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${++keys}` },
      body: '',
    }),
  ],
  [
    'JSON with a BOM and trailing garbage',
    'POST',
    () => '/api/applications',
    () => ({
      headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${++keys}` },
      body: `\ufeff${JSON.stringify(claim())}}}`,
    }),
  ],
  ['no Idempotency-Key', 'POST', () => '/api/applications', () => json(claim())],
  [
    'a 5,000-character Idempotency-Key',
    'POST',
    () => '/api/applications',
    () => apply(claim(), { 'idempotency-key': 'k'.repeat(5000) }),
  ],
  [
    'an Idempotency-Key with a tab',
    'POST',
    () => '/api/applications',
    () => apply(claim(), { 'idempotency-key': 'key\tx' }),
  ],
  [
    'an Idempotency-Key with Latin-1 bytes',
    'POST',
    () => '/api/applications',
    () => apply(claim(), { 'idempotency-key': 'key\u00ffx' }),
  ],
  // CPR forms refused (spec: 10 digits, optionally a hyphen or spaces).
  ...(['0101801234\t', '01018O1234', '010180123', '01018012345', '0101-80-1234x', '', ' '] as const).map(
    (cpr): Case => [
      `cpr ${JSON.stringify(cpr)}`,
      'POST',
      () => '/api/applications',
      () => apply(claim({}, { cpr })),
    ],
  ),
  // Control characters in every string field.
  ...STRING_FIELDS.flatMap(([field, make]) =>
    CONTROL.map(
      (c): Case => [
        `${field} with U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        'POST',
        () => '/api/applications',
        () => apply(make(c)),
      ],
    ),
  ),
  // POST /api/uploads.
  [
    'upload of size -1',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: 'k.pdf', contentType: 'application/pdf', size: -1 }),
  ],
  [
    'upload of 1e30 bytes',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: 'k.pdf', contentType: 'application/pdf', size: 1e30 }),
  ],
  [
    'upload size as a string',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: 'k.pdf', contentType: 'application/pdf', size: '100' }),
  ],
  [
    'upload of an executable',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: 'k.exe', contentType: 'application/x-msdownload', size: 100 }),
  ],
  [
    'upload file name with a path',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: '../../etc/passwd', contentType: 'application/pdf', size: 100 }),
  ],
  [
    'upload file name with control characters',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: 'k\u0000.pdf', contentType: 'application/pdf', size: 100 }),
  ],
  [
    'upload file name of 100,000 characters',
    'POST',
    () => '/api/uploads',
    () => json({ fileName: `${'k'.repeat(100_000)}.pdf`, contentType: 'application/pdf', size: 100 }),
  ],
  [
    'upload as text/plain',
    'POST',
    () => '/api/uploads',
    () => ({
      headers: { 'content-type': 'text/plain' },
      body: '{"fileName":"k.pdf","contentType":"application/pdf","size":100}',
    }),
  ],
  [
    'upload with bad JSON',
    'POST',
    () => '/api/uploads',
    () => ({ headers: { 'content-type': 'application/json' }, body: '{"fileName":' }),
  ],
  // GET /api/applications/{id}.
  ['status without a token', 'GET', () => `/api/applications/${application.id}`],
  [
    'status with a forged token',
    'GET',
    () => `/api/applications/${application.id}`,
    () => ({ headers: { authorization: 'Bearer forged' } }),
  ],
  [
    'status with a Basic token',
    'GET',
    () => `/api/applications/${application.id}`,
    () => ({ headers: { authorization: `Basic ${application.statusToken}` } }),
  ],
  [
    'status with a 10,000-character token',
    'GET',
    () => `/api/applications/${application.id}`,
    () => ({ headers: { authorization: `Bearer ${'t'.repeat(10_000)}` } }),
  ],
  [
    'status of a forged id with the real token',
    'GET',
    () => '/api/applications/forged',
    () => ({ headers: { authorization: `Bearer ${application.statusToken}` } }),
  ],
  [
    'status id with bad percent-encoding',
    'GET',
    () => '/api/applications/%E0%A4%A',
    () => ({ headers: { authorization: `Bearer ${application.statusToken}` } }),
  ],
  ['status id as a traversal', 'GET', () => '/api/applications/..%2F..%2Fetc%2Fpasswd'],
  ['status id with an encoded NUL', 'GET', () => `/api/applications/${application.id}%00`],
  // Decisions.
  ['a forged decision link', 'GET', () => '/decisions/forged'],
  ['a decision link with bad percent-encoding', 'GET', () => '/decisions/%ZZ'],
  ['a 5,000-character decision link', 'GET', () => `/decisions/${'d'.repeat(5000)}`],
  ['a decision posted as JSON', 'POST', () => `/decisions/${decision}`, () => json({ action: 'approve' })],
  [
    'a decision without the anti-forgery field',
    'POST',
    () => `/decisions/${decision}`,
    () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=approve' }),
  ],
  [
    'a decision with a forged anti-forgery field',
    'POST',
    () => `/decisions/${decision}`,
    () => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=approve&csrf=forged&_csrf=forged',
    }),
  ],
  [
    'a decision form with bad percent-encoding',
    'POST',
    () => `/decisions/${decision}`,
    () => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=%E0%A4%A&reason=%ZZ',
    }),
  ],
  [
    'a decision on a forged link',
    'POST',
    () => '/decisions/forged',
    () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=approve' }),
  ],
  [
    'a decision from another origin',
    'POST',
    () => `/decisions/${decision}`,
    () => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      body: 'action=approve',
    }),
  ],
  // Answers.
  ['a forged answer link', 'GET', () => '/answers/forged'],
  ['an answer link as a traversal', 'GET', () => '/answers/..%2F..%2Flocal%2Fmail'],
  ['an answer on a forged link', 'POST', () => '/answers/forged', () => json({ text: 'x', receipts: [] })],
  [
    'an answer as text/plain',
    'POST',
    () => '/answers/forged',
    () => ({ headers: { 'content-type': 'text/plain' }, body: 'x' }),
  ],
  [
    'an answer with bad JSON',
    'POST',
    () => '/answers/forged',
    () => ({ headers: { 'content-type': 'application/json' }, body: '{' }),
  ],
  // Finance.
  [
    'a payout batch id with bad percent-encoding',
    'POST',
    () => '/api/payout-batches/%E0%A4%A/reconciliation',
    () => json({}),
  ],
  [
    'a payout batch id as a traversal',
    'POST',
    () => '/api/payout-batches/..%2F..%2Flocal%2Fclock/reconciliation',
    () => json({ advance: 'P1D' }),
  ],
  ['a POST to payout batches', 'POST', () => '/api/payout-batches', () => json({})],
  // Local helpers.
  [
    'clock advance as text/plain',
    'POST',
    () => '/local/clock',
    () => ({ headers: { 'content-type': 'text/plain' }, body: '{"advance":"P15D"}' }),
  ],
  [
    'clock advance as a form',
    'POST',
    () => '/local/clock',
    () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'advance=P15D' }),
  ],
  ['clock advance negative', 'POST', () => '/local/clock', () => json({ advance: '-P15D' })],
  ['clock advance negative in parts', 'POST', () => '/local/clock', () => json({ advance: 'P-15D' })],
  ['clock advance of 1000 years', 'POST', () => '/local/clock', () => json({ advance: 'P1000Y' })],
  [
    'clock advance absurdly large',
    'POST',
    () => '/local/clock',
    () => json({ advance: 'PT99999999999999999999S' }),
  ],
  ['clock advance as a number', 'POST', () => '/local/clock', () => json({ advance: 15 })],
  ['clock advance not a duration', 'POST', () => '/local/clock', () => json({ advance: 'fifteen days' })],
  [
    'clock advance with bad JSON',
    'POST',
    () => '/local/clock',
    () => ({ headers: { 'content-type': 'application/json' }, body: '{"advance":' }),
  ],
  [
    'clock advance from another origin',
    'POST',
    () => '/local/clock',
    () => ({
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{"advance":"P1D"}',
    }),
  ],
  [
    'a payout run as text/plain',
    'POST',
    () => '/local/payout-runs',
    () => ({ headers: { 'content-type': 'text/plain' }, body: '{}' }),
  ],
  [
    'a payout run from another origin',
    'POST',
    () => '/local/payout-runs',
    () => ({ headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{}' }),
  ],
  // Host header attacks.
  ['Host evil.example', 'GET', () => '/', () => ({ host: 'evil.example' })],
  [
    'Host 127.0.0.1 on another port',
    'POST',
    () => '/local/payout-runs',
    () => ({ host: '127.0.0.1:1', headers: { 'content-type': 'application/json' }, body: '{}' }),
  ],
  [
    'Host localhost.evil.example',
    'POST',
    () => '/local/clock',
    () => ({ host: `localhost.evil.example:${port}`, ...json({ advance: 'P1D' }) }),
  ],
  // Pages and paths.
  ['an asset with bad percent-encoding', 'GET', () => '/assets/app/%E0%A4%A.css'],
  ['an asset path traversal', 'GET', () => '/assets/..%2F..%2Fpackage.json'],
  ['an asset path traversal with dots', 'GET', () => '/assets/app/../../../.local/secret'],
  ['an application page for a forged benefit', 'GET', () => '/ansoeg/%3Cscript%3E'],
  ['a receipt page for a forged id', 'GET', () => '/kvittering/forged'],
  ['a status page for a forged id', 'GET', () => '/status/..%2F..'],
  ['15,000 slashes', 'GET', () => `/${'/'.repeat(15_000)}api`],
  ['a path that reads as another host', 'GET', () => '//evil.example/api/payout-batches'],
  ['an overlong path', 'GET', () => `/api/applications/${'a'.repeat(60_000)}`],
  ['a path with a NUL', 'GET', () => '/ansoeg/ran-car-seat%00'],
  ['an unknown method', 'DELETE', () => `/api/applications/${application.id}`],
];

beforeAll(async () => {
  h = harness();
  const submitted = await submitAndWait(h, {}, STATE.review);
  application = { id: submitted.id, statusToken: submitted.statusToken };
  decision = submitted.link.id;
  outboxDir = await mkdtemp(join(tmpdir(), 'hostile-outbox-'));
  server = createLocalServer(
    localRoutes({
      ready: () => true,
      outboxDir,
      deps: () => h.deps,
      advance: async (ms) => {
        advanced.push(ms);
        return h.env.now();
      },
      onFault: (fault) => faults.push(fault),
    }),
    (error) => faults.push(error),
  );
  port = await listen(server, 0);
});

afterAll(async () => {
  await close(server);
  await rm(outboxDir, { recursive: true, force: true });
});

describe('hostile requests replayed against the local HTTP interface', () => {
  it('replays at least 60 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s (%s) is a clean 4xx that stores nothing', async (_name, method, path, init) => {
    const before = stores(h);
    const reply = await send(method, path(), init?.());
    expect(reply.status, reply.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(reply.status, reply.body.slice(0, 300)).toBeLessThan(500);
    // Refusals of what was sent name the field; 401 and 404 keep their `{"error"}` (spec §4).
    if (
      reply.status === 400 &&
      reply.contentType.startsWith('application/json') &&
      /^\/(api|local\/clock)/.test(path())
    ) {
      const errors = (JSON.parse(reply.body) as { errors?: unknown }).errors;
      expect(Array.isArray(errors) && errors.length > 0, reply.body.slice(0, 300)).toBe(true);
      for (const error of errors as unknown[]) {
        expect(error).toEqual(
          expect.objectContaining({ path: expect.any(String), message: expect.any(String) }),
        );
      }
    }
    expect(stores(h)).toBe(before);
    expect(advanced).toEqual([]);
    expect(faults).toEqual([]);
  });
});
