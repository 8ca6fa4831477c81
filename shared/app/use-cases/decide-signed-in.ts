import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import { type Decided, type DecisionForm, type DecisionRefusal, recordDecision } from './record-decision';
import { caseFor, mayDecide } from './staff-access';

/** Why a decision from the signed-in case page was not recorded; the HTTP edge words it. */
export type SignedInDecisionRefusal =
  | DecisionRefusal
  | { ok: false; code: 'not-found' }
  | { ok: false; code: 'not-waiting' };

/**
 * A decision from the signed-in case page: when the case waits for a decision this person may
 * give, it is recorded through the wait's link by the same use case as the e-mailed link's form
 * (four eyes, once only, named on the decision). The page's own anti-forgery field is checked at
 * the edge; the link's form token is handed over here, where the link is read.
 */
export async function decideSignedIn(
  deps: Pick<Deps, 'links' | 'applications' | 'workflow' | 'accessLog' | 'env' | 'settings'>,
  staff: StaffIdentity,
  id: string,
  form: Omit<DecisionForm, 'formToken'>,
): Promise<Decided | SignedInDecisionRefusal> {
  const application = await caseFor(deps, staff, id);
  if (!application) return { ok: false, code: 'not-found' };
  const link = application.wait ? await deps.links.get(application.wait.linkId) : undefined;
  if (!link || !mayDecide(staff, application)) return { ok: false, code: 'not-waiting' };
  return recordDecision(deps, link.id, { ...form, formToken: link.formToken }, staff);
}
