import { DateTime } from 'luxon';
import type { Deps } from '../deps';
import { type Identity, SESSION_HOURS, type Session } from '../identity';
import { hashSecret } from '../secret-hash';

/** A new session for someone the identity provider vouched for; returns the cookie's secret value once. */
export async function startSession(
  deps: Pick<Deps, 'sessions' | 'env'>,
  identity: Identity,
): Promise<{ secret: string; session: Session }> {
  const secret = deps.env.randomId();
  const now = DateTime.fromJSDate(deps.env.now()).toUTC();
  const session: Session = {
    id: hashSecret(secret),
    identity,
    csrf: deps.env.randomId(),
    createdAt: now.toISO() ?? '',
    expiresAt: now.plus({ hours: SESSION_HOURS[identity.kind] }).toISO() ?? '',
  };
  await deps.sessions.create(session);
  return { secret, session };
}

/** The session behind a cookie's value, if it exists and has not expired on the clock. */
export async function findSession(
  deps: Pick<Deps, 'sessions' | 'env'>,
  secret: string | undefined,
): Promise<Session | undefined> {
  if (!secret || !/^[A-Za-z0-9_-]{16,64}$/.test(secret)) return undefined;
  const session = await deps.sessions.get(hashSecret(secret));
  if (!session) return undefined;
  return session.expiresAt > deps.env.now().toISOString() ? session : undefined;
}

/** Signs out: the session is gone, whoever holds its cookie. */
export async function endSession(deps: Pick<Deps, 'sessions'>, secret: string | undefined): Promise<void> {
  if (secret && /^[A-Za-z0-9_-]{16,64}$/.test(secret)) await deps.sessions.delete(hashSecret(secret));
}
