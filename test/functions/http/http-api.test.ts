import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/http-api';
import { SOURCE_ASSET_ROOTS } from '../../../shared/http/static-assets';
import { harness, submitAndWait } from './client';

/** An API Gateway HTTP API event (payload format 2.0), with only what the adapter reads plus typical noise. */
const event = (method: string, path: string, extra: Record<string, unknown> = {}) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'api.example.test', 'user-agent': 'vitest' },
  requestContext: { http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1' }, requestId: 'r1' },
  isBase64Encoded: false,
  ...extra,
});

describe('the HTTP API Lambda handler', () => {
  it("lets a machine caller whose token has the finance scope (checked by API Gateway's JWT authorizer) read the batches, and nobody without it", async () => {
    const h = harness();
    const machine = event('GET', '/api/payout-batches', {
      requestContext: {
        http: { method: 'GET', path: '/api/payout-batches' },
        requestId: 'r2',
        authorizer: {
          jwt: { claims: { sub: 'bank-integration', scope: 'finance/status-report' }, scopes: null },
        },
      },
    });
    const otherScope = event('GET', '/api/payout-batches', {
      requestContext: {
        http: { method: 'GET', path: '/api/payout-batches' },
        requestId: 'r3',
        authorizer: { jwt: { claims: { sub: 'someone', scope: 'openid email' } } },
      },
    });

    const allowed = await makeHandler(h.deps)(machine);
    const refused = await makeHandler(h.deps)(otherScope);
    const anonymous = await makeHandler(h.deps)(event('GET', '/api/payout-batches'));

    expect(allowed.statusCode).toBe(200);
    expect(refused.statusCode).toBe(401);
    expect(anonymous.statusCode).toBe(401);
  });

  it('returns binary content (a receipt for the caseworker, a font) base64-encoded, as API Gateway needs', async () => {
    const h = harness();
    const { link, receipt } = await submitAndWait(h);
    const shown = await makeHandler(h.deps)(event('GET', `/decisions/${link.id}/receipts/${receipt}`));
    expect(shown.statusCode).toBe(200);
    expect(shown.isBase64Encoded).toBe(true);
    expect(
      Buffer.from(shown.body ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const font = await makeHandler(
      h.deps,
      SOURCE_ASSET_ROOTS,
    )(event('GET', '/assets/dkfds/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2'));
    expect(font.statusCode).toBe(200);
    expect(font.isBase64Encoded).toBe(true);
    expect(
      Buffer.from(font.body ?? '', 'base64')
        .subarray(0, 4)
        .toString(),
    ).toBe('wOF2');
    const page = await makeHandler(h.deps)(event('GET', '/'));
    expect(page.isBase64Encoded).toBe(false);
  });

  it('compresses pages with brotli when the browser accepts it (API Gateway does not), base64 with content-encoding', async () => {
    const h = harness();
    const asked = event('GET', '/', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });

    const page = await makeHandler(h.deps)(asked);

    expect(page.statusCode).toBe(200);
    expect(page.isBase64Encoded).toBe(true);
    expect(page.headers?.['content-encoding']).toBe('br');
    expect(page.headers?.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(Buffer.from(page.body ?? '', 'base64')).toString()).toContain(
      '<!doctype html>',
    );
  });

  it("serves the form's live calculation: the rules on a claim, storing nothing", async () => {
    const h = harness();
    const claim = {
      municipality: 'randers',
      benefit: 'ran-car-seat',
      applicant: { role: 'relief-family' },
      child: { birthDate: '2019-05-01' },
      expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol' }],
      submittedAt: '2026-03-04T09:00:00Z',
    };
    const result = await makeHandler(h.deps)(
      event('POST', '/api/rules/evaluate', { body: JSON.stringify(claim) }),
    );
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '')).toMatchObject({ claimed: '1799.00', payable: '1500.00' });
    expect(h.applications.items.size).toBe(0);
  });

  it('answers an API Gateway v2 event through the router', async () => {
    const result = await makeHandler(harness().deps)(event('GET', '/health'));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '')).toEqual({ status: 'ok' });
    expect(result.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  it('decodes a base64-encoded body', async () => {
    const body = JSON.stringify({ fileName: 'k.pdf', contentType: 'application/pdf', size: 10 });
    const result = await makeHandler(harness().deps)(
      event('POST', '/api/uploads', {
        headers: { host: 'api.example.test', 'content-type': 'application/json' },
        body: Buffer.from(body).toString('base64'),
        isBase64Encoded: true,
      }),
    );
    expect(result.statusCode).toBe(201);
  });

  it('passes header names in lower case, whatever case the event has', async () => {
    const result = await makeHandler(harness().deps)(
      event('GET', '/api/applications/id0000000000000000000999', {
        headers: { Authorization: 'Bearer some-token-value' },
      }),
    );
    expect(result.statusCode).toBe(404);
  });

  it('answers an unknown route with 404', async () => {
    const result = await makeHandler(harness().deps)(event('GET', '/nowhere'));
    expect(result.statusCode).toBe(404);
  });

  it('fails on an event that is not an HTTP API event', async () => {
    await expect(
      makeHandler(harness().deps)({ applicationId: 'id0000000000000000000001' }),
    ).rejects.toThrow();
  });
});

describe('the HTTP API behind CloudFront', () => {
  const withOrigin = (value?: string) =>
    event('GET', '/health', {
      headers: { host: 'api.example.test', ...(value === undefined ? {} : { 'x-origin-verify': value }) },
    });

  it('refuses a request that did not come through CloudFront (no or a wrong origin header)', async () => {
    const handle = makeHandler(harness().deps, SOURCE_ASSET_ROOTS, 'the-edge-secret-0123456789');
    expect((await handle(withOrigin())).statusCode).toBe(403);
    expect((await handle(withOrigin('guess'))).statusCode).toBe(403);
    expect((await handle(withOrigin('the-edge-secret-0123456789'))).statusCode).toBe(200);
  });
});
