import { timingSafeEqual } from 'node:crypto';
import type { Application } from '../application';
import type { Deps } from '../deps';
import { hashSecret } from '../secret-hash';

/** Compares the token's hash with the stored hash in constant time. */
function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * GET /api/applications/{id}: the application, for the holder of the family's status token only
 * (`wrong-token`); `not-found` when there is none.
 */
export async function readApplicationStatus(
  deps: Pick<Deps, 'applications'>,
  id: string,
  token: string,
): Promise<{ ok: true; application: Application } | { ok: false; code: 'not-found' | 'wrong-token' }> {
  const application = await deps.applications.get(id);
  if (!application) return { ok: false, code: 'not-found' };
  if (!tokenMatches(token, application.statusTokenHash)) return { ok: false, code: 'wrong-token' };
  return { ok: true, application };
}
