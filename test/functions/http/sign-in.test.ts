import { describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/http-api';
import { localRefusal } from '../../../infra/local/guard';
import type { SignInSettings } from '../../../shared/app/deps';
import { DEFAULT_CLAIM_NAMES } from '../../../shared/app/identity-claims';
import type { IdentityProviders, SignInChecks, SignInFailure, SignInKind } from '../../../shared/app/ports';
import type { HttpResponse } from '../../../shared/http/http';
import { callbackUrl, localPath } from '../../../shared/http/sign-in';
import { harness, send } from './client';

// Sign-in through the port, with a fake of the providers: no network. The real provider and
// openid-client are in test/local/identity-provider.test.ts and test/e2e/sign-in.test.ts.

const STAFF_CLAIMS = {
  sub: 'staff-1',
  name: 'Mette Sørensen',
  email: 'mette@kommune.test',
  'cognito:groups': ['caseworker'],
  'custom:municipality': 'randers',
};
const CITIZEN_CLAIMS = { sub: 'citizen-1', name: 'Karen Jensen', cpr: '0101804321' };

/** The providers, faked: a code "good" is redeemed for the configured claims. */
class FakeProviders implements IdentityProviders {
  claims: Record<SignInKind, Record<string, unknown>> = { staff: STAFF_CLAIMS, citizen: CITIZEN_CLAIMS };
  failStart = false;
  failFinish: SignInFailure['reason'] | undefined;
  endSession = true;
  finished: { kind: SignInKind; params: Record<string, string>; checks: SignInChecks }[] = [];
  private n = 0;
  constructor(private readonly kinds: SignInKind[] = ['staff', 'citizen']) {}
  offers(kind: SignInKind) {
    return this.kinds.includes(kind);
  }
  async start(kind: SignInKind, options: { redirectUri: string; lang: 'da' | 'en' }) {
    if (this.failStart) return { ok: false as const, reason: 'unreachable' as const };
    this.n++;
    const checks = {
      state: `state-${this.n}`,
      nonce: `nonce-${this.n}`,
      verifier: `verifier-${this.n}`,
      redirectUri: options.redirectUri,
    };
    return { ok: true as const, url: `https://idp.example/${kind}?state=${checks.state}`, checks };
  }
  async finish(kind: SignInKind, params: Record<string, string>, checks: SignInChecks) {
    this.finished.push({ kind, params, checks });
    if (this.failFinish) return { ok: false as const, reason: this.failFinish };
    if (params.code !== 'good') return { ok: false as const, reason: 'refused' as const };
    return {
      ok: true as const,
      claims: this.claims[kind],
      accessToken: 'eyJhbGc.eyJzdWI.c2ln',
      expiresInSeconds: 3600,
    };
  }
  async endSessionUrl(kind: SignInKind, returnTo: string) {
    return this.endSession
      ? `https://idp.example/${kind}/logout?to=${encodeURIComponent(returnTo)}`
      : undefined;
  }
}

const signInSettings = (overrides: Partial<SignInSettings> = {}): SignInSettings => ({
  staff: { issuer: 'https://idp.example', clientId: 'staff', clientSecret: 'staff-secret', scopes: 'openid' },
  citizen: {
    issuer: 'https://idp.example',
    clientId: 'mitid',
    clientSecret: 'mitid-secret',
    scopes: 'openid',
  },
  claimNames: DEFAULT_CLAIM_NAMES,
  staffAccessTokenCookie: false,
  ...overrides,
});

function setup(options: { https?: boolean; signIn?: Partial<SignInSettings>; kinds?: SignInKind[] } = {}) {
  const h = harness({
    publicBaseUrl: options.https ? 'https://tilskud.kommune.test' : 'http://127.0.0.1:3000',
    signIn: signInSettings(options.signIn),
  });
  const fake = new FakeProviders(options.kinds);
  h.deps.identityProviders = fake;
  return { h, fake };
}

type H = ReturnType<typeof setup>['h'];

/** The Set-Cookie values of a response, whichever way it carries them. */
const setCookies = (r: HttpResponse) => [
  ...(r.cookies ?? []),
  ...(r.headers['set-cookie'] ? [r.headers['set-cookie']] : []),
];

/** A browser's cookie header after these responses: cleared cookies gone, later values win. */
function browser(...responses: HttpResponse[]) {
  const jar = new Map<string, string>();
  for (const r of responses) {
    for (const line of setCookies(r)) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (/Max-Age=0/.test(line)) jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** GET /log-ind?som=…: the redirect to the provider and the browser's cookies after it. */
async function begin(h: H, som: 'medarbejder' | 'borger', til?: string) {
  const query = new URLSearchParams({ som, ...(til !== undefined ? { til } : {}) });
  const started = await send(h, 'GET', `/log-ind?${query}`);
  return {
    started,
    cookie: browser(started),
    state: new URL(started.headers.location ?? '').searchParams.get('state') ?? '',
  };
}

/** The provider's redirect back to /auth/callback in a browser with `cookie`. */
const callback = (h: H, cookie: string, query: Record<string, string>) =>
  send(h, 'GET', `/auth/callback?${new URLSearchParams(query)}`, { headers: { cookie } });

/** A whole sign-in; the callback's response and the browser's cookies after it. */
async function signInAs(h: H, som: 'medarbejder' | 'borger', til?: string) {
  const { started, cookie, state } = await begin(h, som, til);
  const back = await callback(h, cookie, { code: 'good', state, iss: 'https://idp.example' });
  return { back, cookie: browser(started, back) };
}

const sessionOf = async (h: H, cookie: string) =>
  JSON.parse((await send(h, 'GET', '/api/session', { headers: { cookie } })).body);

describe('GET /log-ind', () => {
  it('says in Danish and English that sign-in is not set up where the deployment names no provider', async () => {
    const h = harness();
    for (const path of ['/log-ind', '/log-ind?som=medarbejder']) {
      const response = await send(h, 'GET', path);
      expect(response.status).toBe(503);
      expect(response.body).toContain('Log-in er ikke sat op');
      expect(response.body).toContain('Sign-in is not set up');
    }
  });

  it('offers both ways in, carrying where to go after, in Danish and in English', async () => {
    const { h } = setup();
    const da = await send(h, 'GET', '/log-ind?til=%2Fsager');
    expect(da.status).toBe(200);
    expect(da.body).toContain('Log ind som medarbejder');
    expect(da.body).toContain('Log ind med MitID');
    expect(da.body).toContain('href="/log-ind?som=medarbejder&amp;til=%2Fsager"');
    const en = await send(h, 'GET', '/log-ind?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Sign in with MitID');
    expect(en.body).toContain('href="/log-ind?som=borger&amp;lang=en"');
  });

  it('leaves out a way in the deployment has no provider for', async () => {
    const { h } = setup({ kinds: ['staff'] });
    const page = await send(h, 'GET', '/log-ind');
    expect(page.body).toContain('Log ind som medarbejder');
    expect(page.body).not.toContain('Log ind med MitID');
    expect((await send(h, 'GET', '/log-ind?som=borger')).status).toBe(503);
  });

  it('sends the browser to the provider with a sealed, short-lived, HttpOnly cookie that holds the pending sign-in', async () => {
    const { h } = setup();
    const { started } = await begin(h, 'medarbejder', '/sager');
    expect(started.status).toBe(303);
    expect(started.headers.location).toBe('https://idp.example/staff?state=state-1');
    const [cookie = ''] = setCookies(started);
    expect(cookie).toMatch(/^signin=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/);
    // Sealed: neither the verifier, the state nor the destination can be read (or changed) from it.
    const value = cookie.split(';')[0] ?? '';
    for (const secret of ['verifier-1', 'state-1', 'nonce-1', 'sager'])
      expect(Buffer.from(value.split('.').join(''), 'base64url').toString('latin1')).not.toContain(secret);
  });

  it('says sign-in is not working now when the provider cannot be reached', async () => {
    const { h, fake } = setup();
    fake.failStart = true;
    const response = await send(h, 'GET', '/log-ind?som=borger');
    expect(response.status).toBe(503);
    expect(response.body).toContain('Log-in virker ikke lige nu');
    expect(setCookies(response)).toEqual([]);
  });
});

describe('GET /auth/callback', () => {
  it('signs a member of staff in and lands on the page they came for; /api/session names them', async () => {
    const { h, fake } = setup();
    const { back, cookie } = await signInAs(h, 'medarbejder', '/sager?lang=en');
    expect(back.status).toBe(303);
    expect(back.headers.location).toBe('/sager?lang=en');
    expect(setCookies(back)).toEqual([
      'signin=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
      expect.stringMatching(/^sid=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=36000$/),
    ]);
    expect(fake.finished[0]?.checks).toEqual({
      state: 'state-1',
      nonce: 'nonce-1',
      verifier: 'verifier-1',
      redirectUri: 'http://127.0.0.1:3000/auth/callback',
    });
    expect(await sessionOf(h, cookie)).toEqual({
      signedIn: true,
      kind: 'staff',
      name: 'Mette Sørensen',
      roles: ['caseworker'],
      municipalities: ['randers'],
    });
  });

  it('signs a family in through the MitID broker; /api/session never carries the CPR number', async () => {
    const { h } = setup();
    const { back, cookie } = await signInAs(h, 'borger');
    expect(back.headers.location).toBe('/mine-ansoegninger');
    const answer = await send(h, 'GET', '/api/session', { headers: { cookie } });
    expect(JSON.parse(answer.body)).toEqual({
      signedIn: true,
      kind: 'citizen',
      name: 'Karen Jensen',
      roles: [],
      municipalities: [],
    });
    expect(answer.body).not.toContain('0101804321');
  });

  it.each([
    'https://evil.example',
    '//evil.example/sager',
    '/\\evil.example',
    'javascript:alert(1)',
    'sager',
    '/sager\u0000',
  ])('lands a forged til %j on the front page', async (til) => {
    const { h } = setup();
    const { back } = await signInAs(h, 'medarbejder', til);
    expect(back.headers.location).toBe('/');
  });

  it('keeps only local paths as til, percent-encoded as they came', () => {
    expect(localPath('/sager?lang=en')).toBe('/sager?lang=en');
    expect(localPath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
    for (const forged of ['https://evil.example', '//evil.example', '/\\evil', '/a b', '/a\\b', 'x', ''])
      expect(localPath(forged)).toBeUndefined();
  });

  it('refuses a return whose state is not the one this browser started, and signs nobody in', async () => {
    const { h, fake } = setup();
    const { cookie } = await begin(h, 'medarbejder');
    const response = await callback(h, cookie, { code: 'good', state: 'state-of-someone-else' });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Log-in blev ikke gennemført');
    expect(response.body).toContain('Sign-in was not completed');
    expect(fake.finished).toEqual([]);
    expect(h.sessions.items.size).toBe(0);
  });

  it('refuses a return in a browser that did not start the sign-in (no cookie), or with a changed cookie', async () => {
    const { h } = setup();
    const { cookie, state } = await begin(h, 'medarbejder');
    expect((await callback(h, '', { code: 'good', state })).status).toBe(400);
    const changed = cookie.replace(/.(;|$)/, (c) => `${c[0] === 'A' ? 'B' : 'A'}${c.slice(1)}`);
    expect((await callback(h, changed, { code: 'good', state })).status).toBe(400);
    expect(h.sessions.items.size).toBe(0);
  });

  it('refuses a return after ten minutes on the application clock', async () => {
    const { h } = setup();
    const { cookie, state } = await begin(h, 'borger');
    h.env.current = new Date(h.env.current.getTime() + 601_000);
    const response = await callback(h, cookie, { code: 'good', state });
    expect(response.status).toBe(400);
    expect(h.sessions.items.size).toBe(0);
  });

  it('says the sign-in was cancelled when the provider answers with an error, without redeeming anything', async () => {
    const { h, fake } = setup();
    const { cookie, state } = await begin(h, 'borger');
    const response = await callback(h, cookie, {
      error: 'access_denied',
      error_description: '<b>x</b>',
      state,
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Log-in blev afbrudt');
    expect(response.body).not.toContain('<b>x</b>');
    expect(fake.finished).toEqual([]);
  });

  it.each([
    [
      'no-role',
      'staff',
      { ...STAFF_CLAIMS, 'cognito:groups': ['visitors'] },
      'Du har ikke adgang til systemet',
    ],
    [
      'no-municipality',
      'staff',
      { ...STAFF_CLAIMS, 'custom:municipality': 'aarhus' },
      'ikke knyttet til en kommune',
    ],
    [
      'no-cpr',
      'citizen',
      { sub: 'citizen-xyz', name: 'Karen Jensen', cpr: '3102031234' },
      'MitID gav ikke dit CPR-nummer',
    ],
    ['no-subject', 'citizen', { name: 'Karen Jensen', cpr: '0101804321' }, 'sendte ikke, hvem du er'],
  ] as const)(
    'refuses claims with %s on a readable page that repeats none of them',
    async (_reason, kind, claims, text) => {
      const { h, fake } = setup();
      fake.claims[kind] = claims;
      const { started, cookie, state } = await begin(h, kind === 'staff' ? 'medarbejder' : 'borger');
      const response = await callback(h, cookie, { code: 'good', state });
      expect(response.status).toBe(403);
      expect(response.body).toContain(text);
      for (const value of Object.values(claims).flat()) expect(response.body).not.toContain(value);
      expect(h.sessions.items.size).toBe(0);
      expect(browser(started, response)).toBe('');
    },
  );

  it.each([
    ['unreachable', 503, 'Log-in virker ikke lige nu'],
    ['refused', 400, 'Log-in blev afbrudt'],
    ['invalid', 502, 'Log-in mislykkedes'],
  ] as const)(
    'answers a provider that is %s with %i and a page, never a 500',
    async (reason, status, text) => {
      const { h, fake } = setup();
      fake.failFinish = reason;
      const { cookie, state } = await begin(h, 'medarbejder');
      const response = await callback(h, cookie, { code: 'good', state });
      expect(response.status).toBe(status);
      expect(response.body).toContain(text);
    },
  );
});

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

  it('gives a family no staff access token', async () => {
    const { h } = setup({ https: true, signIn: { staffAccessTokenCookie: true } });
    const { back } = await signInAs(h, 'borger');
    expect(setCookies(back).some((c) => c.startsWith('__Host-staff-at'))).toBe(false);
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
