import type { Application } from '../application';
import type { Deps } from '../deps';
import { hasRole, type StaffIdentity } from '../identity';
import type { AccessEntry } from '../ports';
import { caseFor, LOG_READERS, logAccess } from './staff-access';

/** A case's access log for a team lead or admin, oldest first; the reading is logged first, so it is in the list. */
export async function readAccessLog(
  deps: Pick<Deps, 'applications' | 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
): Promise<{ application: Application; entries: AccessEntry[] } | undefined> {
  const application = await caseFor(deps, staff, id);
  if (!application || !hasRole(staff, ...LOG_READERS)) return undefined;
  await logAccess(deps, staff, id, 'read-access-log');
  return { application, entries: await deps.accessLog.list(id) };
}
