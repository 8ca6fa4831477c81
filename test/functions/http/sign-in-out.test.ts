import { describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/http-api';
import { localRefusal } from '../../../infra/local/guard';
import { callbackUrl } from '../../../shared/http/sign-in';
import { harness, send } from './client';
import { begin, browser, callback, type H, sessionOf, setCookies, setup, signInAs } from './sign-in-fake';

// Sign-out, the cookies on AWS and the way back from the provider, with a fake of the providers.

describe('POST /log-ud', () => {
  const csrfOf = (h: H) => [...h.sessions.items.values()][0]?.csrf ?? '';

  it('refuses a post without the session’s csrf and keeps the session', async () => {
    const { h } = setup();
    const { cookie } = await signInAs(h, 'medarbejder');
    const response = await send(h, 'POST', '/log-ud', { headers: { cookie }, form: { csrf: 'guess' } });
    expect(response.status).toBe(403);
    expect((await sessionOf(h, cookie)).signedIn).toBe(true);
  });

  it('ends the session, clears its cookie and goes on to the provider’s sign-out', async () => {
    const { h } = setup();
    const { cookie } = await signInAs(h, 'medarbejder');
    const response = await send(h, 'POST', '/log-ud', { headers: { cookie }, form: { csrf: csrfOf(h) } });
    expect(response.status).toBe(200);
    expect(setCookies(response)).toEqual(['sid=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0']);
    const next = 'https://idp.example/staff/logout?to=http%3A%2F%2F127.0.0.1%3A3000%2F';
    expect(response.body).toContain(`<meta http-equiv="refresh" content="0; url=${next}">`);
    expect(response.body).toContain(`href="${next}"`);
    // The old cookie is worth nothing now.
    expect(await sessionOf(h, cookie)).toEqual({ signedIn: false });
    expect(h.sessions.items.size).toBe(0);
  });

  it('goes to the front page when the provider has no sign-out, or nobody was signed in', async () => {
    const { h, fake } = setup();
    fake.endSession = false;
    const { cookie } = await signInAs(h, 'borger');
    const out = await send(h, 'POST', '/log-ud', { headers: { cookie }, form: { csrf: csrfOf(h) } });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/');
    const again = await send(h, 'POST', '/log-ud', { headers: { cookie }, form: { csrf: 'anything' } });
    expect(again.headers.location).toBe('/');
  });

  it('is a form route the local server lets through, from our own pages only', () => {
    const post = (headers: Record<string, string>) =>
      localRefusal(
        {
          method: 'POST',
          path: '/log-ud',
          headers: { host: '127.0.0.1:3000', ...headers },
          query: {},
          body: 'csrf=x',
        },
        3000,
      );
    expect(post({ 'content-type': 'application/x-www-form-urlencoded', origin: 'null' })).toBeUndefined();
    expect(
      post({ 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' })?.status,
    ).toBe(403);
  });
});

describe('on AWS (HTTPS, the staff access token for the JWT authorizer)', () => {
  it('sets __Host- cookies, and the staff access token for the edge, cleared on sign-out', async () => {
    const { h } = setup({ https: true, signIn: { staffAccessTokenCookie: true } });
    const { started, cookie, state } = await begin(h, 'medarbejder');
    expect(setCookies(started)[0]).toMatch(
      /^__Host-signin=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600; Secure$/,
    );
    const back = await callback(h, cookie, { code: 'good', state });
    expect(setCookies(back)).toEqual([
      '__Host-signin=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure',
      expect.stringMatching(
        /^__Host-sid=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=36000; Secure$/,
      ),
      '__Host-staff-at=eyJhbGc.eyJzdWI.c2ln; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=3600',
    ]);
    const signedIn = browser(started, back);
    const csrf = [...h.sessions.items.values()][0]?.csrf ?? '';
    const out = await send(h, 'POST', '/log-ud', { headers: { cookie: signedIn }, form: { csrf } });
    expect(setCookies(out)).toContain('__Host-staff-at=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0');
    expect(setCookies(out)).toContain('__Host-sid=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure');
  });

  it('gives a family no staff access token, and removes one left in the browser', async () => {
    const { h } = setup({ https: true, signIn: { staffAccessTokenCookie: true } });
    const { back } = await signInAs(h, 'borger');
    expect(setCookies(back).filter((c) => c.startsWith('__Host-staff-at'))).toEqual([
      '__Host-staff-at=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0',
    ]);
  });

  it('signs out whoever was signed in in the browser before', async () => {
    const { h } = setup();
    const first = await signInAs(h, 'medarbejder');
    const { started, state } = await begin(h, 'borger');
    const cookie = `${browser(started)}; ${first.cookie}`;
    const back = await callback(h, cookie, { code: 'good', state });
    expect(back.status).toBe(303);
    expect(await sessionOf(h, first.cookie)).toEqual({ signedIn: false });
    expect(h.sessions.items.size).toBe(1);
  });

  it('reads the cookies API Gateway passes apart and sets each in its own header', async () => {
    const { h } = setup({ https: true });
    const event = (path: string, query: Record<string, string>, cookies: string[]) => ({
      version: '2.0',
      rawPath: path,
      headers: { host: 'api.example.test' },
      queryStringParameters: query,
      cookies,
      requestContext: { http: { method: 'GET' } },
      isBase64Encoded: false,
    });
    const handler = makeHandler(h.deps);
    const started = await handler(event('/log-ind', { som: 'medarbejder' }, []));
    expect(started.statusCode).toBe(303);
    expect(started.cookies).toHaveLength(1);
    const pending = started.cookies?.[0]?.split(';')[0] ?? '';
    const state = new URL(started.headers?.location as string).searchParams.get('state') ?? '';
    const back = await handler(event('/auth/callback', { code: 'good', state }, ['other=1', pending]));
    expect(back.statusCode).toBe(303);
    const sid = back.cookies?.find((c) => c.startsWith('__Host-sid='))?.split(';')[0] ?? '';
    const session = await handler(event('/api/session', {}, [sid]));
    expect(JSON.parse(session.body ?? '')).toMatchObject({ signedIn: true, name: 'Mette Sørensen' });
  });
});

describe('the address the provider sends the browser back to', () => {
  const req = (host: string) => ({
    method: 'GET',
    path: '/log-ind',
    headers: { host },
    query: {},
    body: undefined,
  });
  const deps = (publicBaseUrl: string) => ({ settings: { ...harness().deps.settings, publicBaseUrl } });

  it('is the public address, by the loopback name the browser used on this machine only', () => {
    expect(callbackUrl(deps('http://127.0.0.1:3000'), req('localhost:3000'))).toBe(
      'http://localhost:3000/auth/callback',
    );
    expect(callbackUrl(deps('http://127.0.0.1:3000'), req('127.0.0.1:3000'))).toBe(
      'http://127.0.0.1:3000/auth/callback',
    );
    expect(callbackUrl(deps('http://127.0.0.1:3000'), req('localhost:4000'))).toBe(
      'http://127.0.0.1:3000/auth/callback',
    );
    expect(callbackUrl(deps('https://tilskud.kommune.dk'), req('localhost:3000'))).toBe(
      'https://tilskud.kommune.dk/auth/callback',
    );
  });
});
