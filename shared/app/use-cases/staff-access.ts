import type { Application } from '../application';
import type { Deps } from '../deps';
import { hasRole, type StaffIdentity, type StaffRole, worksOn } from '../identity';
import type { AccessEntry } from '../ports';

// A signed-in member of staff and one case: who may do what, which cases they may see at all, and
// the access log every reading and change of a case's personal data is written to.

/** Who may open the worklist and the case pages. */
export const CASE_READERS: readonly StaffRole[] = ['caseworker', 'team-lead', 'second-approver', 'admin'];
/** Who may take a case and correct a returned payout. */
export const CASE_WORKERS: readonly StaffRole[] = ['caseworker', 'team-lead'];
/** Who may read a case's access log. */
export const LOG_READERS: readonly StaffRole[] = ['team-lead', 'admin'];

/** Writes one line of the case's access log: who, what, now. */
export async function logAccess(
  deps: Pick<Deps, 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
  what: AccessEntry['what'],
) {
  const at = deps.env.now().toISOString();
  await deps.accessLog.record({ applicationId: id, at, sub: staff.sub, name: staff.name, what });
}

/** The case if it belongs to one of the person's municipalities; undefined otherwise (another's data is never read out). */
export async function caseFor(
  deps: Pick<Deps, 'applications'>,
  staff: StaffIdentity,
  id: string,
): Promise<Application | undefined> {
  const application = await deps.applications.get(id);
  return application && worksOn(staff, application) ? application : undefined;
}

/** Whether the case waits for a decision this person may give: a review or escalation, or a second approval. */
export function mayDecide(staff: StaffIdentity, application: Application): boolean {
  const purpose = application.wait?.purpose;
  if (purpose === 'review' || purpose === 'escalation') return hasRole(staff, 'caseworker', 'team-lead');
  if (purpose === 'second-approval') return hasRole(staff, 'second-approver');
  return false;
}
