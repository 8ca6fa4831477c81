import type { Application } from '../application';
import type { Deps } from '../deps';
import type { CitizenIdentity } from '../identity';

/** Enough for any family's lifetime of applications on one page. */
const LIST_LIMIT = 200;

/** GET /mine-ansoegninger: the applications under the signed-in family's CPR number, newest first. */
export async function listMyApplications(
  deps: Pick<Deps, 'applications'>,
  citizen: CitizenIdentity,
): Promise<Application[]> {
  return deps.applications.listForApplicant(citizen.cpr, LIST_LIMIT);
}
