import { describe, expect, it } from 'vitest';
import type { Fault } from '../../../shared/http/router';
import { bodyOf, harness, send } from './client';

describe('the router', () => {
  it('answers /health with ok', async () => {
    const response = await send(harness(), 'GET', '/health');
    expect(response.status).toBe(200);
    expect(bodyOf(response)).toEqual({ status: 'ok' });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await send(harness(), 'GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(bodyOf(response)).toEqual({ error: 'not found' });
  });

  it("answers a browser's unknown page with a 404 page in its language, and anything else with JSON", async () => {
    const h = harness();
    const accept = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
    const page = await send(h, 'GET', '/status/abc', { headers: accept });
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Siden findes ikke');
    expect((await send(h, 'GET', '/nope?lang=en', { headers: accept })).body).toContain('Page not found');
    expect(bodyOf(await send(h, 'GET', '/nope'))).toEqual({ error: 'not found' });
    expect(bodyOf(await send(h, 'GET', '/api/nope', { headers: accept }))).toEqual({ error: 'not found' });
  });

  it('answers a known path with a method it does not serve with a JSON 404', async () => {
    const response = await send(harness(), 'DELETE', '/api/applications');
    expect(response.status).toBe(404);
    expect(bodyOf(response)).toEqual({ error: 'not found' });
  });

  it('ignores a trailing slash and the case of the method', async () => {
    expect((await send(harness(), 'get', '/health/')).status).toBe(200);
  });

  it('sends no-store, nosniff, no-referrer and a same-origin content policy on every response', async () => {
    const response = await send(harness(), 'GET', '/health');
    expect(response.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('turns a fault into a bare 500 that echoes nothing and reports only the route and error name', async () => {
    const h = harness();
    h.deps.applications.get = async () => {
      throw new TypeError('boom for 0101801234 Mette Jensen');
    };
    const faults: Fault[] = [];
    const response = await send(h, 'GET', '/api/applications/id0000000000000000000001', {
      headers: { authorization: 'Bearer secret-token-0101801234' },
      onFault: (fault) => faults.push(fault),
    });
    expect(response.status).toBe(500);
    expect(bodyOf(response)).toEqual({ error: 'internal error' });
    expect(faults).toEqual([{ route: 'GET /api/applications/{id}', error: 'TypeError' }]);
  });

  it('refuses a body larger than a megabyte', async () => {
    const response = await send(harness(), 'POST', '/api/applications', { body: 'x'.repeat(1_000_001) });
    expect(response.status).toBe(413);
  });

  it('answers the finance batches with an empty list until payout runs exist, and asks anyone else to sign in', async () => {
    const h = harness();
    const anonymous = await send(h, 'GET', '/api/payout-batches');
    h.deps.settings.staffApiWithoutSignIn = true;
    const local = await send(h, 'GET', '/api/payout-batches');

    expect(anonymous.status).toBe(401);
    expect(local.status).toBe(200);
    expect(bodyOf(local)).toEqual({ batches: [] });
  });
});
