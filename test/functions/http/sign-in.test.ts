import { describe, expect, it } from 'vitest';
import { localPath } from '../../../shared/http/sign-in';
import { harness, send } from './client';
import {
  begin,
  browser,
  callback,
  STAFF_CLAIMS,
  sessionOf,
  setCookies,
  setup,
  signInAs,
} from './sign-in-fake';

// Sign-in through the port, with a fake of the providers: no network. The real provider and
// openid-client are in test/local/identity-provider.test.ts and test/e2e/sign-in.test.ts.

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
    // One character in the middle of the sealed value: the last base64url character may carry only
    // padding bits, so changing it can leave the bytes (and the seal) as they were.
    const at = cookie.indexOf('=') + 12;
    const changed = `${cookie.slice(0, at)}${cookie[at] === 'A' ? 'B' : 'A'}${cookie.slice(at + 1)}`;
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
