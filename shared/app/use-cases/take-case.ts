import type { Deps } from '../deps';
import { ConcurrentUpdateError } from '../errors';
import type { StaffIdentity } from '../identity';
import { caseFor, logAccess } from './staff-access';
import { CLOSED } from './worklist';

/** What taking a case did. */
export type TakeOutcome = { ok: true } | { ok: false; code: 'not-found' | 'closed' };

/**
 * "Take the case": the person is named as the one working on it (a colleague may take it over).
 * Written with the store's conditional put; a workflow step writing meanwhile makes it try again.
 */
export async function takeCase(
  deps: Pick<Deps, 'applications' | 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
): Promise<TakeOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const application = await caseFor(deps, staff, id);
    if (!application) return { ok: false, code: 'not-found' };
    if (CLOSED.includes(application.status)) return { ok: false, code: 'closed' };
    const at = deps.env.now().toISOString();
    const next = {
      ...application,
      assignee: { sub: staff.sub, name: staff.name, at },
      version: application.version + 1,
    };
    if (await deps.applications.put(next)) {
      await logAccess(deps, staff, id, 'took-case');
      return { ok: true };
    }
  }
  throw new ConcurrentUpdateError(id);
}
