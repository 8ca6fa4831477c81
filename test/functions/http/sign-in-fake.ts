import type { SignInSettings } from '../../../shared/app/deps';
import { DEFAULT_CLAIM_NAMES } from '../../../shared/app/identity-claims';
import type { IdentityProviders, SignInChecks, SignInFailure, SignInKind } from '../../../shared/app/ports';
import type { HttpResponse } from '../../../shared/http/http';
import { harness, send } from './client';

// A fake of the sign-in port and a browser's cookies, for the sign-in tests: no network.

export const STAFF_CLAIMS = {
  sub: 'staff-1',
  name: 'Mette Sørensen',
  email: 'mette@kommune.test',
  'cognito:groups': ['caseworker'],
  'custom:municipality': 'randers',
};
export const CITIZEN_CLAIMS = { sub: 'citizen-1', name: 'Karen Jensen', cpr: '0101804321' };

/** The providers, faked: a code "good" is redeemed for the configured claims. */
export class FakeProviders implements IdentityProviders {
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

/** A harness whose deployment has both providers (faked); `https` for the cookies of AWS. */
export function setup(
  options: { https?: boolean; signIn?: Partial<SignInSettings>; kinds?: SignInKind[] } = {},
) {
  const h = harness({
    publicBaseUrl: options.https ? 'https://tilskud.kommune.test' : 'http://127.0.0.1:3000',
    signIn: signInSettings(options.signIn),
  });
  const fake = new FakeProviders(options.kinds);
  h.deps.identityProviders = fake;
  return { h, fake };
}

export type H = ReturnType<typeof setup>['h'];

/** The Set-Cookie values of a response, whichever way it carries them. */
export const setCookies = (r: HttpResponse) => [
  ...(r.cookies ?? []),
  ...(r.headers['set-cookie'] ? [r.headers['set-cookie']] : []),
];

/** A browser's cookie header after these responses: cleared cookies gone, later values win. */
export function browser(...responses: HttpResponse[]) {
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
export async function begin(h: H, som: 'medarbejder' | 'borger', til?: string) {
  const query = new URLSearchParams({ som, ...(til !== undefined ? { til } : {}) });
  const started = await send(h, 'GET', `/log-ind?${query}`);
  return {
    started,
    cookie: browser(started),
    state: new URL(started.headers.location ?? '').searchParams.get('state') ?? '',
  };
}

/** The provider's redirect back to /auth/callback in a browser with `cookie`. */
export const callback = (h: H, cookie: string, query: Record<string, string>) =>
  send(h, 'GET', `/auth/callback?${new URLSearchParams(query)}`, { headers: { cookie } });

/** A whole sign-in; the callback's response and the browser's cookies after it. */
export async function signInAs(h: H, som: 'medarbejder' | 'borger', til?: string) {
  const { started, cookie, state } = await begin(h, som, til);
  const back = await callback(h, cookie, { code: 'good', state, iss: 'https://idp.example' });
  return { back, cookie: browser(started, back) };
}

export const sessionOf = async (h: H, cookie: string) =>
  JSON.parse((await send(h, 'GET', '/api/session', { headers: { cookie } })).body);
