import type { Deps } from '../app/deps';
import type { Identity } from '../app/identity';
import {
  type CitizenIdentity,
  hasRole,
  type Session,
  type StaffIdentity,
  type StaffRole,
} from '../app/identity';
import { endSession, findSession, startSession } from '../app/use-cases/sessions';
import { messagePage } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse, json } from './http';

// The signed-in session as HTTP carries it: one cookie holding a random value (the store keeps its
// hash), HttpOnly, SameSite=Lax (an e-mailed link opened from the mail client still carries it, a
// form posted from another site does not), Secure and `__Host-` wherever the system is on HTTPS.

/** Secure cookies need HTTPS; the local server on http://127.0.0.1 gets the same cookie without them. */
const secure = (deps: Pick<Deps, 'settings'>) => deps.settings.publicBaseUrl.startsWith('https://');

export const sessionCookieName = (deps: Pick<Deps, 'settings'>) => (secure(deps) ? '__Host-sid' : 'sid');

/** The cookies of a request by name; a repeated name keeps its first value. */
export function cookiesOf(req: HttpRequest): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (!Object.hasOwn(cookies, name)) cookies[name] = part.slice(at + 1).trim();
  }
  return cookies;
}

/** A Set-Cookie header value for the session (or, with `clear`, one that removes it). */
export function sessionCookie(deps: Pick<Deps, 'settings'>, value: string, maxAgeSeconds: number): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
  if (secure(deps)) attributes.push('Secure');
  return [`${sessionCookieName(deps)}=${value}`, ...attributes].join('; ');
}

/** The request's session, if its cookie names one that is still valid. */
export async function sessionOf(deps: Pick<Deps, 'sessions' | 'env' | 'settings'>, req: HttpRequest) {
  return findSession(deps, cookiesOf(req)[sessionCookieName(deps)]);
}

/** Starts a session for the identity; the Set-Cookie header that carries it. */
export async function signIn(deps: Pick<Deps, 'sessions' | 'env' | 'settings'>, identity: Identity) {
  const { secret, session } = await startSession(deps, identity);
  const seconds = Math.round((Date.parse(session.expiresAt) - Date.parse(session.createdAt)) / 1000);
  return { session, setCookie: sessionCookie(deps, secret, seconds) };
}

/** Ends the request's session; the Set-Cookie header that removes the cookie. */
export async function signOut(deps: Pick<Deps, 'sessions' | 'settings'>, req: HttpRequest) {
  await endSession(deps, cookiesOf(req)[sessionCookieName(deps)]);
  return sessionCookie(deps, '', 0);
}

/** Where a page sends someone who is not signed in: the sign-in page, coming back here afterwards. */
export function toSignIn(req: HttpRequest, who: 'staff' | 'citizen'): HttpResponse {
  if (req.path.startsWith('/api/')) {
    return json(401, { error: 'sign-in required' }, { 'www-authenticate': 'Bearer' });
  }
  const back = req.path + (req.query.lang === 'en' ? '?lang=en' : '');
  const location = `/log-ind?som=${who === 'staff' ? 'medarbejder' : 'borger'}&til=${encodeURIComponent(back)}`;
  return { status: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

const forbidden = (req: HttpRequest): HttpResponse =>
  req.path.startsWith('/api/')
    ? json(403, { error: 'forbidden' })
    : htmlResponse(
        403,
        messagePage(
          { da: 'Du har ikke adgang til siden', en: 'You do not have access to this page' },
          {
            da: 'Siden hører til en anden rolle eller en anden kommune end din. Kontakt din leder, hvis du mener, du skal have adgang.',
            en: 'The page belongs to another role or another municipality than yours. Contact your manager if you think you should have access.',
          },
        ),
      );

/** A signed-in member of staff with one of the roles, or the response that refuses the request. */
export async function requireStaff(
  deps: Pick<Deps, 'sessions' | 'env' | 'settings'>,
  req: HttpRequest,
  ...roles: StaffRole[]
): Promise<{ session: Session; staff: StaffIdentity } | { response: HttpResponse }> {
  const session = await sessionOf(deps, req);
  if (!session) return { response: toSignIn(req, 'staff') };
  if (!hasRole(session.identity, ...roles)) return { response: forbidden(req) };
  return { session, staff: session.identity };
}

/** A citizen signed in with MitID, or the response that sends them to sign in (or refuses staff). */
export async function requireCitizen(
  deps: Pick<Deps, 'sessions' | 'env' | 'settings'>,
  req: HttpRequest,
): Promise<{ session: Session; citizen: CitizenIdentity } | { response: HttpResponse }> {
  const session = await sessionOf(deps, req);
  if (!session) return { response: toSignIn(req, 'citizen') };
  if (session.identity.kind !== 'citizen') return { response: forbidden(req) };
  return { session, citizen: session.identity };
}

/** Whether a signed-in form carries the session's anti-forgery value. */
export const formFromSession = (session: Session, form: Record<string, string>) =>
  typeof form.csrf === 'string' && form.csrf === session.csrf;

/** How a member of staff is named where four eyes compare people: name and e-mail, unique per person. */
export const staffLabel = (staff: StaffIdentity) =>
  staff.email ? `${staff.name} (${staff.email})` : staff.name;

/** The scope a machine caller's token needs for the finance API (the Cognito resource server's). */
export const FINANCE_API_SCOPE = 'finance/status-report';

/**
 * The staff API: a signed-in member of staff with one of the roles; on AWS also a machine caller
 * whose token (checked by API Gateway's JWT authorizer) has the finance scope; locally anyone on
 * this machine when the settings say so (the local-only helpers' rule).
 */
export async function requireStaffApi(
  deps: Pick<Deps, 'sessions' | 'env' | 'settings'>,
  req: HttpRequest,
  ...roles: StaffRole[]
): Promise<{ response?: HttpResponse }> {
  const session = await sessionOf(deps, req);
  if (session) return hasRole(session.identity, ...roles) ? {} : { response: forbidden(req) };
  const scopes = String(req.authorizer?.claims.scope ?? '').split(' ');
  if (roles.includes('finance') && scopes.includes(FINANCE_API_SCOPE)) return {};
  if (deps.settings.staffApiWithoutSignIn) return {};
  return { response: toSignIn(req, 'staff') };
}
