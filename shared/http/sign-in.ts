import type { Deps, SignInSettings } from '../app/deps';
import type { SignInKind } from '../app/ports';
import { finishSignIn } from '../app/use-cases/finish-sign-in';
import { providerSignOutUrl } from '../app/use-cases/sign-out';
import { offeredSignIns, signInSetUp, startSignIn } from '../app/use-cases/start-sign-in';
import { type HttpRequest, type HttpResponse, json, parseForm } from './http';
import { langOf } from './i18n';
import {
  openPending,
  PENDING_SECONDS,
  pendingCookie,
  pendingCookieName,
  sealPending,
} from './pending-sign-in';
import { cookiesOf, formFromSession, sessionOf, signIn, signOut } from './session';
import { type Refusal, refusalPage, SOM, signedOutPage, signInChoicePage } from './sign-in-page';

// Signing in with OpenID Connect (code flow, PKCE, state, nonce) through the use cases start-sign-in,
// finish-sign-in and sign-out: GET /log-ind starts it, GET /auth/callback finishes it, POST /log-ud
// ends it, GET /api/session tells a page who is signed in.

/** Where a sign-in lands when the link named no page: the worklist, or the family's applications. */
const HOME: Record<SignInKind, string> = { staff: '/sager', citizen: '/mine-ansoegninger' };

/** The cookie holding the staff access token for API Gateway's JWT authorizer (AWS only). */
export const STAFF_TOKEN_COOKIE = '__Host-staff-at';

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * `til` when it is a path on this site: one leading slash, not "//host" or "/\host" (which browsers
 * read as another host), printable ASCII only (a path arrives percent-encoded), no backslash.
 * Anything else is no `til` at all.
 */
export function localPath(til: string | undefined): string | undefined {
  if (!til || til.length > 2000 || !/^\/[\x21-\x7e]*$/.test(til) || /^\/[/\\]/.test(til)) return undefined;
  if (til.includes('\\')) return undefined;
  const url = URL.parse(til, 'http://here.invalid');
  return url?.host === 'here.invalid' ? til : undefined;
}

/**
 * The address the provider sends the browser back to. On this machine the same server answers as
 * 127.0.0.1 and as localhost (infra/local/guard.ts), and a cookie belongs to the name the browser
 * used, so the browser comes back by that name (both are registered with the local provider).
 */
export function callbackUrl(deps: Pick<Deps, 'settings'>, req: HttpRequest): string {
  const base = new URL(deps.settings.publicBaseUrl);
  const host = URL.parse(`http://${req.headers.host ?? ''}`);
  if (base.protocol === 'http:' && LOOPBACK.has(base.hostname) && host && LOOPBACK.has(host.hostname)) {
    if (host.port === base.port) base.hostname = host.hostname;
  }
  return new URL('/auth/callback', base).href;
}

const kindOf = (som: string | undefined): SignInKind | undefined =>
  som === SOM.staff ? 'staff' : som === SOM.citizen ? 'citizen' : undefined;

const redirect = (location: string, cookies: string[] = []): HttpResponse => ({
  status: 303,
  headers: { location, 'cache-control': 'no-store' },
  body: '',
  ...(cookies.length > 0 ? { cookies } : {}),
});

/** GET /log-ind: the choice page, or with `?som=medarbejder|borger` straight to that provider. */
export async function signInStart(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const signInSettings = deps.settings.signIn;
  const offered = offeredSignIns(deps);
  if (!signInSettings || offered.length === 0) return refusalPage('not-set-up');
  const lang = langOf(req);
  const til = localPath(req.query.til);
  const kind = kindOf(req.query.som);
  if (!kind) return signInChoicePage(lang, offered, til, await sessionOf(deps, req));
  const started = await startSignIn(deps, kind, { redirectUri: callbackUrl(deps, req), lang });
  if (!started.ok) return refusalPage(started.code);
  // No `til`: the person's own start page; a `til` that is no local path: the front page.
  const after = req.query.til === undefined ? HOME[kind] : (til ?? '/');
  const sealed = await sealPending(deps, signInSettings, { kind, checks: started.checks, til: after, lang });
  return redirect(started.url, [pendingCookie(deps, sealed, PENDING_SECONDS)]);
}

/** The Set-Cookie values that put the staff access token where the edge finds it (or remove it). */
function staffTokenCookie(signIn: SignInSettings, token: string | undefined, seconds: number): string[] {
  if (!signIn.staffAccessTokenCookie) return [];
  const value = token && /^[A-Za-z0-9_.-]{1,3800}$/.test(token) ? token : '';
  const maxAge = value ? Math.max(0, Math.floor(seconds)) : 0;
  return [`${STAFF_TOKEN_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAge}`];
}

/** GET /auth/callback: the provider's answer, checked against the pending sign-in of this browser. */
export async function signInCallback(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const signInSettings = deps.settings.signIn;
  if (!signInSetUp(deps) || !signInSettings) return refusalPage('not-set-up');
  // Used or not, the pending sign-in is over once the provider has answered.
  const clear = pendingCookie(deps, '', 0);
  const refuse = (reason: Refusal) => refusalPage(reason, { cookies: [clear] });
  const pending = await openPending(deps, signInSettings, cookiesOf(req)[pendingCookieName(deps)]);
  if (!pending || req.query.state !== pending.checks.state) return refuse('expired');
  const params = Object.fromEntries(
    Object.entries(req.query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const finished = await finishSignIn(deps, pending.kind, params, pending.checks);
  if (!finished.ok) return refuse(finished.code);
  // Whoever was signed in in this browser before is signed out; the new cookie replaces theirs.
  await signOut(deps, req);
  const { session, setCookie } = await signIn(deps, finished.identity);
  const sessionSeconds = (Date.parse(session.expiresAt) - Date.parse(session.createdAt)) / 1000;
  // A family gets none, and a staff token left from an earlier sign-in here is removed.
  const tokenCookie = staffTokenCookie(
    signInSettings,
    pending.kind === 'staff' ? finished.accessToken : undefined,
    Math.min(finished.expiresInSeconds ?? sessionSeconds, sessionSeconds),
  );
  return redirect(localPath(pending.til) ?? '/', [clear, setCookie, ...tokenCookie]);
}

/**
 * POST /log-ud (form field `csrf`): ends the session here and clears its cookies, then sends the
 * browser to the provider's sign-out if it has one, else to the front page. A post without a valid
 * session only clears the cookies; one whose `csrf` does not match changes nothing.
 */
export async function signOutRoute(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const session = await sessionOf(deps, req);
  if (session && !formFromSession(session, parseForm(req.body))) return refusalPage('sign-out-refused');
  const cookies = [await signOut(deps, req)];
  if (deps.settings.signIn) cookies.push(...staffTokenCookie(deps.settings.signIn, undefined, 0));
  const kind: SignInKind | undefined = session?.identity.kind;
  const front = new URL('/', callbackUrl(deps, req)).href;
  const next = await providerSignOutUrl(deps, kind, front);
  return next ? signedOutPage(next, cookies) : redirect('/', cookies);
}

/** GET /api/session: who is signed in, for pages and tests; never the CPR number. */
export async function sessionApi(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const session = await sessionOf(deps, req);
  if (!session) return json(200, { signedIn: false });
  const identity = session.identity;
  return json(200, {
    signedIn: true,
    kind: identity.kind,
    name: identity.name,
    roles: identity.kind === 'staff' ? identity.roles : [],
    municipalities: identity.kind === 'staff' ? identity.municipalities : [],
  });
}
