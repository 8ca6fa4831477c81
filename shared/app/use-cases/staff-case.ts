import type { Application } from '../application';
import type { Deps } from '../deps';
import { ConcurrentUpdateError } from '../errors';
import { hasRole, type StaffIdentity, type StaffRole, worksOn } from '../identity';
import type { AccessEntry } from '../ports';
import { sniffType, storedReceiptKey, UPLOAD_ID } from './check-documents';
import { letterDocument } from './decision-letters';
import { type Decided, type DecisionForm, type DecisionRefusal, recordDecision } from './record-decision';
import { CLOSED } from './worklist';

// A signed-in member of staff and one case: reading it (always logged), taking it, deciding it
// through the same use case as the e-mailed link, and reading who looked at it.

/** Who may open the worklist and the case pages. */
export const CASE_READERS: readonly StaffRole[] = ['caseworker', 'team-lead', 'second-approver', 'admin'];
/** Who may take a case and correct a returned payout. */
export const CASE_WORKERS: readonly StaffRole[] = ['caseworker', 'team-lead'];
/** Who may read a case's access log. */
export const LOG_READERS: readonly StaffRole[] = ['team-lead', 'admin'];

type What = AccessEntry['what'];

async function log(deps: Pick<Deps, 'accessLog' | 'env'>, staff: StaffIdentity, id: string, what: What) {
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

/** Opens a case for reading, in any status: logged as viewed (and the child's CPR as shown, when asked). */
export async function viewCase(
  deps: Pick<Deps, 'applications' | 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
  options: { showCpr?: boolean } = {},
): Promise<Application | undefined> {
  const application = await caseFor(deps, staff, id);
  if (!application) return undefined;
  await log(deps, staff, id, 'viewed-case');
  if (options.showCpr) await log(deps, staff, id, 'showed-cpr');
  return application;
}

/** One of the case's receipts as the PDF or image its bytes show, logged as viewed; undefined when there is none. */
export async function viewReceipt(
  deps: Deps,
  staff: StaffIdentity,
  id: string,
  uploadId: string,
): Promise<{ bytes: Uint8Array; type: string } | undefined> {
  const application = await caseFor(deps, staff, id);
  if (!application || !UPLOAD_ID.test(uploadId) || !application.receipts.includes(uploadId)) return undefined;
  const bytes = await deps.receipts.read(await storedReceiptKey(deps, id, uploadId));
  const type = bytes && sniffType(bytes.slice(0, 16));
  if (!bytes || !type) return undefined;
  await log(deps, staff, id, 'viewed-receipt');
  return { bytes, type };
}

/** One of the case's decision letters as the family got it (its PDF), for staff of its municipality; logged. */
export async function viewLetter(
  deps: Deps,
  staff: StaffIdentity,
  id: string,
  letterId: string,
): Promise<{ filename: string; pdf: Uint8Array } | undefined> {
  const application = await caseFor(deps, staff, id);
  const letter = application && (await letterDocument(deps, id, letterId));
  if (!letter) return undefined;
  await log(deps, staff, id, 'viewed-letter');
  return letter;
}

/** Whether the case waits for a decision this person may give: a review or escalation, or a second approval. */
export function mayDecide(staff: StaffIdentity, application: Application): boolean {
  const purpose = application.wait?.purpose;
  if (purpose === 'review' || purpose === 'escalation') return hasRole(staff, 'caseworker', 'team-lead');
  if (purpose === 'second-approval') return hasRole(staff, 'second-approver');
  return false;
}

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
      await log(deps, staff, id, 'took-case');
      return { ok: true };
    }
  }
  throw new ConcurrentUpdateError(id);
}

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
  deps: Deps,
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

/** A case's access log for a team lead or admin, oldest first; the reading is logged first, so it is in the list. */
export async function readAccessLog(
  deps: Pick<Deps, 'applications' | 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
): Promise<{ application: Application; entries: AccessEntry[] } | undefined> {
  const application = await caseFor(deps, staff, id);
  if (!application || !hasRole(staff, ...LOG_READERS)) return undefined;
  await log(deps, staff, id, 'read-access-log');
  return { application, entries: await deps.accessLog.list(id) };
}
