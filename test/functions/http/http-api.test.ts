import { describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/http-api';
import { harness } from './client';

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
      event('POST', '/api/uploads', { body: Buffer.from(body).toString('base64'), isBase64Encoded: true }),
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
