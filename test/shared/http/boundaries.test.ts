import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../shared/http/router';
import { SOURCE_ASSET_ROOTS, serveAsset } from '../../../shared/http/static-assets';
import { bodyOf, claim, harness, send } from '../../functions/http/client';

describe('requests that change state', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])(
    'refuses an application posted as %j (a cross-origin form or beacon can send it) and stores nothing',
    async (contentType) => {
      const h = harness();
      const response = await send(h, 'POST', '/api/applications', {
        headers: { 'idempotency-key': 'family-cross-origin', 'content-type': contentType },
        body: JSON.stringify(claim()),
      });
      expect(response.status).toBe(415);
      expect(bodyOf(response).errors).toEqual([
        expect.objectContaining({ path: 'content-type', da: expect.any(String), en: expect.any(String) }),
      ]);
      expect(h.applications.items.size).toBe(0);
    },
  );

  it('does not settle a payout batch from a text/plain post', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/payout-batches/20260304T0600/reconciliation', {
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ rejected: [] }),
    });
    expect(response.status).toBe(415);
  });

  it('takes JSON with its charset', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: {
        'idempotency-key': 'family-json-charset',
        'content-type': 'application/json; charset=utf-8',
      },
      body: JSON.stringify(claim()),
    });
    expect(response.status).toBe(201);
  });
});

describe('paths', () => {
  it.each([15_000, 200_000])('answers a path of %i slashes at once (no quadratic regex)', async (n) => {
    const h = harness();
    for (const path of [`/${'/'.repeat(n)}x`, `/api${'/'.repeat(n)}x`]) {
      expect((await send(h, 'GET', path)).status).toBe(404);
    }
    // Only slashes: the front page, as for "/".
    expect((await send(h, 'GET', '/'.repeat(n))).status).toBe(200);
  });

  it.each(['/assets/app/%E0%A4%A.css', '/assets/app/%.css', '/assets/dkfds/%C0%AF.css'])(
    'answers a malformed escape in %s with 400, not 500',
    async (path) => {
      const h = harness();
      expect((await serveAsset(path, SOURCE_ASSET_ROOTS)).status).toBe(400);
      const response = await handleRequest(
        h.deps,
        { method: 'GET', path, headers: {}, query: {}, body: undefined },
        { assets: SOURCE_ASSET_ROOTS },
      );
      expect(response.status).toBe(400);
    },
  );
});
