import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import { decideSignedIn, type SignedInDecisionRefusal } from './decide-signed-in';
import { type Decided, type DecisionForm, type DecisionProblem, isDecisionProblem } from './record-decision';
import { type StaffCase, viewCase } from './view-case';

/** A decision from the case page refused for what the form sent, with the case to show the form again. */
export type DecisionOnCaseProblem = DecisionProblem & { case: StaffCase };

/** What the case page's decision did: recorded, refused with the case to show again, or refused outright. */
export type DecisionOnCase =
  | Decided
  | DecisionOnCaseProblem
  | Exclude<SignedInDecisionRefusal, DecisionProblem>;

/**
 * POST /sager/{id}/afgoerelse: the decision from the signed-in case page (see `decideSignedIn`).
 * Refused for what the form sent, nothing is recorded and the case comes back to show the form
 * again; it is read as the case page reads it, so the re-shown case is logged as viewed.
 */
export async function decideOnCase(
  deps: Pick<
    Deps,
    | 'links'
    | 'applications'
    | 'workflow'
    | 'accessLog'
    | 'env'
    | 'settings'
    | 'journal'
    | 'receipts'
    | 'registry'
  >,
  staff: StaffIdentity,
  id: string,
  form: Omit<DecisionForm, 'formToken'>,
): Promise<DecisionOnCase> {
  const result = await decideSignedIn(deps, staff, id, form);
  if (result.ok || result.code === 'not-found' || result.code === 'not-waiting') return result;
  if (!isDecisionProblem(result)) return result;
  const shown = await viewCase(deps, staff, id);
  return shown ? { ...result, case: shown } : { ok: false, code: 'not-found' };
}
