import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { Deps, SignInSettings } from '../app/deps';
import type { SignInChecks, SignInKind } from '../app/ports';
import type { Lang } from './i18n';

// A sign-in on its way (from /log-ind to /auth/callback) is kept in the browser that started it,
// in one short-lived cookie: HttpOnly, SameSite=Lax (the provider's redirect back is a top-level
// GET, which carries it), `__Host-` on HTTPS, sealed with AES-256-GCM under a key derived from the
// deployment's client secrets. Why a cookie and not a table: every Lambda instance and the local
// server can read it without a store of half-finished sign-ins, and it binds the sign-in to that
// browser (a callback arriving in another browser finds no cookie, so a code injected by someone
// else is refused). Sealed so its PKCE verifier and nonce stay unread and no field can be changed.

/** What the callback needs again: the checks, whom it signs in, where to go after, the page's language. */
export type PendingSignIn = { kind: SignInKind; checks: SignInChecks; til: string; lang: Lang };

/** Ten minutes to choose a person at the provider and come back. */
export const PENDING_SECONDS = 600;

const secure = (deps: Pick<Deps, 'settings'>) => deps.settings.publicBaseUrl.startsWith('https://');

export const pendingCookieName = (deps: Pick<Deps, 'settings'>) =>
  secure(deps) ? '__Host-signin' : 'signin';

/** The Set-Cookie value carrying `value` (or, with Max-Age 0, removing the cookie). */
export function pendingCookie(deps: Pick<Deps, 'settings'>, value: string, maxAgeSeconds: number): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
  if (secure(deps)) attributes.push('Secure');
  return [`${pendingCookieName(deps)}=${value}`, ...attributes].join('; ');
}

/** The sealing key: HKDF-SHA-256 over the client secrets, which only this deployment knows. */
function keyOf(signIn: SignInSettings): Uint8Array {
  const secrets = [signIn.staff?.clientSecret ?? '', signIn.citizen?.clientSecret ?? ''].join('\u0000');
  return new Uint8Array(hkdfSync('sha256', secrets, 'supplements', 'pending sign-in cookie v1', 32));
}

/** The cookie's value for a pending sign-in, valid for ten minutes on the application's clock. */
export async function sealPending(
  deps: Pick<Deps, 'settings' | 'env'>,
  signIn: SignInSettings,
  pending: PendingSignIn,
): Promise<string> {
  const now = Math.floor(deps.env.now().getTime() / 1000);
  return new EncryptJWT({ pending })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(now)
    .setExpirationTime(now + PENDING_SECONDS)
    .encrypt(keyOf(signIn));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The pending sign-in a cookie's value seals, if it is ours, unchanged and not expired. */
export async function openPending(
  deps: Pick<Deps, 'env'>,
  signIn: SignInSettings,
  value: string | undefined,
): Promise<PendingSignIn | undefined> {
  if (!value || value.length > 4096) return undefined;
  try {
    const { payload } = await jwtDecrypt(value, keyOf(signIn), {
      currentDate: deps.env.now(),
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    const p = payload.pending as PendingSignIn | undefined;
    const c = p?.checks;
    const valid =
      p &&
      c &&
      (p.kind === 'staff' || p.kind === 'citizen') &&
      (p.lang === 'da' || p.lang === 'en') &&
      [p.til, c.state, c.nonce, c.verifier, c.redirectUri].every(isText);
    return valid ? p : undefined;
  } catch {
    return undefined;
  }
}
