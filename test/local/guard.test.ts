import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePrivateDir, localRefusal } from '../../infra/local/guard';
import { close, createLocalServer, listen } from '../../infra/local/server';
import { json } from '../../shared/http/http';
import type { HttpRequest } from '../../shared/http/router';

const PORT = 3000;
const request = (overrides: Partial<HttpRequest> & { headers?: Record<string, string> }): HttpRequest => ({
  method: 'GET',
  path: '/',
  query: {},
  body: undefined,
  ...overrides,
  headers: { host: '127.0.0.1:3000', ...overrides.headers },
});

describe('the local server serves only itself', () => {
  it.each(['127.0.0.1:3000', 'localhost:3000', 'LOCALHOST:3000'])('serves Host %s', (host) => {
    expect(localRefusal(request({ headers: { host } }), PORT)).toBeUndefined();
  });

  it.each([
    'evil.example',
    'evil.example:3000',
    '127.0.0.1:3001',
    '127.0.0.1',
    'localhost.evil.example:3000',
    '0.0.0.0:3000',
  ])('refuses Host %s (DNS rebinding) with 421', (host) => {
    expect(localRefusal(request({ headers: { host } }), PORT)?.status).toBe(421);
  });

  it('refuses a request without Host with 400', () => {
    const req = request({});
    delete req.headers.host;
    expect(localRefusal(req, PORT)?.status).toBe(400);
  });

  it('refuses a state-changing request from another origin', () => {
    const req = request({
      method: 'POST',
      path: '/local/payout-runs',
      headers: { origin: 'http://evil.example' },
    });
    expect(localRefusal(req, PORT)?.status).toBe(403);
  });

  it("serves a form post from the system's own pages with the opaque origin they send (no referrer), and only there", () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' };
    const decision = request({
      method: 'POST',
      path: '/decisions/abcdefgh12345678',
      headers: form,
      body: 'a=b',
    });
    const payout = request({ method: 'POST', path: '/local/payout-runs', headers: { origin: 'null' } });

    expect(localRefusal(decision, PORT)).toBeUndefined();
    expect(localRefusal(payout, PORT)?.status).toBe(403);
  });

  it('refuses a cross-origin text/plain post that would settle a payout batch', () => {
    const req = request({
      method: 'POST',
      path: '/api/payout-batches/20260304T0600/reconciliation',
      headers: { 'content-type': 'text/plain' },
      body: '{"rejected":[]}',
    });
    expect(localRefusal(req, PORT)?.status).toBe(415);
  });

  it.each([
    ['POST', '/local/clock', 'text/plain', '{"advance":"P15D"}', 415],
    ['POST', '/local/payout-runs', 'application/x-www-form-urlencoded', 'a=b', 415],
    ['POST', '/decisions/abcdefgh12345678', 'application/x-www-form-urlencoded', 'formToken=x', undefined],
    ['POST', '/answers/abcdefgh12345678', 'application/x-www-form-urlencoded', 'formToken=x', undefined],
    ['POST', '/local/payout-runs', '', '', undefined],
    ['POST', '/local/clock', 'application/json', '{"advance":"P15D"}', undefined],
    ['POST', '/api/payout-batches/20260304T0600/status-report', 'application/xml', '<Document/>', undefined],
    ['POST', '/api/payout-batches/20260304T0600/reconciliation', 'application/xml', '<Document/>', 415],
    ['POST', '/payouts/abcdefgh12345678/correction', 'application/x-www-form-urlencoded', 't=x', undefined],
    [
      'POST',
      '/finance/batches/20260304T0600/release',
      'application/x-www-form-urlencoded',
      'by=a',
      undefined,
    ],
    [
      'POST',
      '/finance/batches/20260304T0600/confirm',
      'application/x-www-form-urlencoded',
      'by=b',
      undefined,
    ],
    ['POST', '/finance/batches/20260304T0600/other', 'application/x-www-form-urlencoded', 'by=b', 415],
    ['POST', '/sager', 'application/x-www-form-urlencoded', 'csrf=x&q=1', undefined],
    ['POST', '/sager/abcdefgh12345678/tag', 'application/x-www-form-urlencoded', 'csrf=x', undefined],
    ['POST', '/sager/abcdefgh12345678/afgoerelse', 'application/x-www-form-urlencoded', 'csrf=x', undefined],
    ['POST', '/sager/abcdefgh12345678/udbetaling', 'application/x-www-form-urlencoded', 'csrf=x', undefined],
    ['POST', '/sager/abcdefgh12345678/other', 'application/x-www-form-urlencoded', 'csrf=x', 415],
  ])('%s %s as %j: %s', (method, path, contentType, body, status) => {
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    expect(localRefusal(request({ method, path, headers, body: body || undefined }), PORT)?.status).toBe(
      status,
    );
  });
});

describe('the data directory', () => {
  it('is created readable by its owner only', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'local-')), '.local');
    ensurePrivateDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('is made private when it was created world-readable before', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'local-')), '.local');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    ensurePrivateDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});

describe('the local server', () => {
  it('answers another Host with 421 before any route runs', async () => {
    let handled = 0;
    const server = createLocalServer(
      async () => {
        handled++;
        return json(200, { ok: true });
      },
      () => {},
    );
    const port = await listen(server, 0);
    try {
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path: '/health', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await status('rebound.example:80')).toBe(421);
      expect(handled).toBe(0);
      expect(await status(`127.0.0.1:${port}`)).toBe(200);
      expect(handled).toBe(1);
    } finally {
      await close(server);
    }
  });
});
