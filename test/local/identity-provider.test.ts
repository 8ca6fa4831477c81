import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalIdentityProvider, startIdentityProvider } from '../../infra/local/identity-provider';
import { OpenIdProviders } from '../../shared/adapters/oidc/openid-providers';
import type { SignInKind } from '../../shared/app/ports';

// The local OpenID provider with the application's adapter (openid-client), over real HTTP on
// loopback, without a browser: the code flow a browser would follow, cookie by cookie.

const APP = 'http://127.0.0.1:3999';
const REDIRECT = `${APP}/auth/callback`;

let dir: string;
let provider: LocalIdentityProvider;
let adapter: OpenIdProviders;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'supplements-idp-'));
  provider = await startIdentityProvider({ port: 0, secretsFile: join(dir, 'idp.json'), appOrigins: [APP] });
  adapter = providersOf(provider);
});

afterAll(async () => {
  await provider.stop();
  await rm(dir, { recursive: true, force: true });
});

function providersOf(p: LocalIdentityProvider) {
  return new OpenIdProviders({
    staff: { issuer: p.issuer, ...p.clients.staff, scopes: 'openid profile email' },
    citizen: { issuer: p.issuer, ...p.clients.citizen, scopes: 'openid profile ssn' },
  });
}

/** A browser's cookies, by name (paths ignored: everything here is one short flow). */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows redirects by hand until one leaves the provider; the last response and where it points. */
async function follow(jar: Jar, url: string, init: RequestInit = {}) {
  let response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...init.headers, cookie: jar.header() },
  });
  jar.take(response);
  let location = response.headers.get('location');
  while (location && new URL(location, url).origin === provider.issuer) {
    url = new URL(location, url).href;
    response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    location = response.headers.get('location');
  }
  return { response, url, location: location ? new URL(location, url).href : undefined };
}

/** Starts a sign-in, opens the provider's page and posts `form` there; the page and the way back. */
async function signIn(kind: SignInKind, form: Record<string, string>, lang: 'da' | 'en' = 'da') {
  const started = await adapter.start(kind, { redirectUri: REDIRECT, lang });
  if (!started.ok) throw new Error(`start failed: ${started.reason}`);
  const jar = new Jar();
  const page = await follow(jar, started.url);
  const html = await page.response.text();
  const uid = /\/interaction\/([A-Za-z0-9_-]+)\/login/.exec(html)?.[1];
  const back = await follow(jar, `${provider.issuer}/interaction/${uid}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { started, html, back };
}

const paramsOf = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('the local OpenID provider with the application’s OpenID client', () => {
  it('signs a member of staff in by the code flow: the ID token carries name, e-mail, groups and municipality', async () => {
    const { started, html, back } = await signIn('staff', { account: 'staff-caseworker' });
    expect(html).toContain('Log ind som medarbejder');
    expect(html).toContain('Mette Sørensen');
    expect(html).toContain('Sagsbehandler · Randers og Rudersdal');
    expect(back.location?.startsWith(`${REDIRECT}?`)).toBe(true);
    const params = paramsOf(back.location ?? '');
    expect(params.state).toBe(started.checks.state);
    const finished = await adapter.finish('staff', params, started.checks);
    expect(finished).toMatchObject({
      ok: true,
      claims: {
        sub: 'staff-caseworker',
        name: 'Mette Sørensen',
        email: 'sagsbehandler@kommune.local',
        groups: ['caseworker'],
        municipality: 'randers,rudersdal',
        nonce: started.checks.nonce,
      },
    });
  });

  it('signs a citizen in by a typed CPR number: name and CPR as a MitID broker gives them, in English when asked', async () => {
    const { started, html, back } = await signIn('citizen', { cpr: '010203-1234' }, 'en');
    expect(html).toContain('Sign in with MitID (test)');
    expect(html).toContain('Karen Jensen');
    const finished = await adapter.finish('citizen', paramsOf(back.location ?? ''), started.checks);
    expect(finished).toMatchObject({ ok: true, claims: { cpr: '0102031234', name: 'Testborger' } });
    expect(finished.ok && 'groups' in finished.claims).toBe(false);
  });

  it('refuses a code redeemed with another PKCE verifier, and a code used a second time', async () => {
    const { started, back } = await signIn('citizen', { account: 'citizen-0101804321' });
    const params = paramsOf(back.location ?? '');
    expect(await adapter.finish('citizen', params, { ...started.checks, verifier: 'x'.repeat(43) })).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(await adapter.finish('citizen', params, started.checks)).toMatchObject({ ok: true });
    expect(await adapter.finish('citizen', params, started.checks)).toEqual({ ok: false, reason: 'refused' });
  });

  it('says so on its page when the CPR number is not one, and signs nobody in', async () => {
    const { back } = await signIn('citizen', { cpr: '3102031234' });
    expect(back.response.status).toBe(400);
    expect(back.location).toBeUndefined();
    expect(await back.response.text()).toContain('Skriv et gyldigt CPR-nummer');
  });

  it('does not let the staff client sign in a citizen', async () => {
    const { back } = await signIn('staff', { account: 'citizen-0101804321' });
    expect(back.response.status).toBe(400);
    expect(back.location).toBeUndefined();
  });

  it('answers "access_denied" when the person cancels', async () => {
    const started = await adapter.start('staff', { redirectUri: REDIRECT, lang: 'da' });
    if (!started.ok) throw new Error('start failed');
    const jar = new Jar();
    const page = await follow(jar, started.url);
    const uid = /\/interaction\/([A-Za-z0-9_-]+)\/abort/.exec(await page.response.text())?.[1];
    const back = await follow(jar, `${provider.issuer}/interaction/${uid}/abort`, { method: 'POST' });
    expect(paramsOf(back.location ?? '')).toMatchObject({
      error: 'access_denied',
      state: started.checks.state,
    });
  });

  it('has a sign-out endpoint that comes back to the application', async () => {
    const url = await adapter.endSessionUrl('staff', `${APP}/`);
    expect(url).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    expect(paramsOf(url ?? '')).toMatchObject({
      client_id: 'kommunens-medarbejdere',
      post_logout_redirect_uri: `${APP}/`,
    });
  });

  it('keeps its signing keys and client secrets, owner-only, across a restart', async () => {
    const file = join(dir, 'idp.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const keys = await (await fetch(`${provider.issuer}/jwks`)).json();
    const again = await startIdentityProvider({ port: 0, secretsFile: file, appOrigins: [APP] });
    try {
      expect(await (await fetch(`${again.issuer}/jwks`)).json()).toEqual(keys);
      expect(again.clients).toEqual(provider.clients);
    } finally {
      await again.stop();
    }
  });

  it('answers only as 127.0.0.1 or localhost (no other name pointing here)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(provider.issuer);
      request(
        {
          host: url.hostname,
          port: url.port,
          path: '/.well-known/openid-configuration',
          headers: { host: `evil.example:${url.port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });
});
