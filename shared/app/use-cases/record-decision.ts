import { parseDkk } from '../../domain/money';
import { type ApprovalRefusal, grantedAmount, isPartial, needsSecondApprover } from '../approval-policy';
import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import type { AccessEntry, DecisionLink, LinkResponse } from '../ports';
import { REVIEW_ACTIONS, type ReviewOutcome } from '../review-outcome';
import { deciderOf, type FourEyesRefusal, fourEyesRefusal } from './four-eyes';
import { type DecisionCase, openDecisionLink } from './open-decision-link';
import { DECISION_PURPOSES, formMatches, type LinkRefusal, linkUsed, openLink, resume } from './open-link';

/** What the caseworker's form posts. */
export type DecisionForm = { action?: string; amount?: string; reason?: string; formToken?: string };

/** A decision recorded: the action taken. */
export type Decided = { ok: true; action: ReviewOutcome['action'] };

/** What is wrong with what the form sent: the same form comes again, with the reason. */
export type DecisionProblem = ApprovalRefusal | { ok: false; code: 'action' } | { ok: false; code: 'reason' };

/** Why a decision was not recorded; the HTTP edge words it. */
export type DecisionRefusal = LinkRefusal | FourEyesRefusal | DecisionProblem;

const PROBLEMS: ReadonlySet<DecisionRefusal['code']> = new Set<DecisionProblem['code']>([
  'action',
  'reason',
  'nothing-payable',
  'amount',
  'amount-zero',
  'amount-above-payable',
  'partial-reason',
  'amount-required',
  'amount-reason',
]);

/** Whether a refusal is about what the form sent (rather than the link or the person). */
export const isDecisionProblem = (refusal: DecisionRefusal): refusal is DecisionProblem =>
  PROBLEMS.has(refusal.code);

/** The decision's action from the form: any, except asking the family once a decision waits for a second approval. */
function actionOf(form: DecisionForm, secondApproval: boolean): ReviewOutcome['action'] | undefined {
  const action = REVIEW_ACTIONS.find((a) => a === form.action);
  return action === 'request-information' && secondApproval ? undefined : action;
}

/**
 * Records a caseworker's (or second approver's) decision from the form behind an e-mail link, or
 * from the signed-in case page (which hands over the wait's link and `staff`), once: the link must
 * be open and the anti-forgery value must match. Four eyes: nobody decides their own application,
 * and the second approver is another person than the first decider. A signed-in member of staff
 * is named on the decision; the access log records every decision.
 */
export async function recordDecision(
  deps: Pick<Deps, 'links' | 'applications' | 'workflow' | 'accessLog' | 'env' | 'settings'>,
  linkId: string,
  form: DecisionForm,
  staff?: StaffIdentity,
): Promise<Decided | DecisionRefusal> {
  const opened = await openLink(deps, linkId, DECISION_PURPOSES);
  if (!opened.ok) return opened;
  const { link, application } = opened;
  if (!formMatches(link, form.formToken)) return { ok: false, code: 'bad-form' };
  const fourEyes = fourEyesRefusal(application, link, staff);
  if (fourEyes) return fourEyes;
  const payableOre = application.decision ? parseDkk(application.decision.payable) : 0;
  const secondApproval = link.purpose === 'second-approval';
  const action = actionOf(form, secondApproval);
  if (!action) return { ok: false, code: 'action' };
  const reason = form.reason?.trim();
  if (action !== 'approve' && !reason) return { ok: false, code: 'reason' };
  let grantedOre = payableOre;
  if (action === 'approve' && !secondApproval) {
    const granted = grantedAmount({
      amount: form.amount,
      reason,
      payableOre,
      outcome: application.decision?.outcome,
    });
    if (!granted.ok) return granted;
    grantedOre = granted.grantedOre;
  }
  const approved = action === 'approve';
  const firstApproval = approved && !secondApproval;
  const claimedOre = application.decision ? parseDkk(application.decision.claimed) : grantedOre;
  const response: LinkResponse = {
    kind: 'decision',
    action,
    ...(approved
      ? { grantedOre: secondApproval ? (application.review?.grantedOre ?? payableOre) : grantedOre }
      : {}),
    ...(reason ? { reason: reason.slice(0, 2000) } : {}),
    partial: firstApproval && isPartial(grantedOre, claimedOre),
    needsSecondApproval: firstApproval && needsSecondApprover(grantedOre, deps.settings.fourEyesAboveOre),
    ...(staff ? { actor: deciderOf(staff) } : {}),
  };
  if (!(await deps.links.use(link.id, form.formToken, deps.env.now().toISOString(), response)))
    return linkUsed(link);
  const outcome: Omit<ReviewOutcome, 'linkId'> = {
    action,
    partial: response.partial,
    needsSecondApproval: response.needsSecondApproval,
  };
  const refused = await resume(deps, link, outcome);
  if (refused) return refused;
  await deps.accessLog.record(decidedEntry(deps, link, staff));
  return { ok: true, action };
}

/** The access log's line for a decision: the signed-in person, or the e-mail the link was sent to. */
function decidedEntry(deps: Pick<Deps, 'env'>, link: DecisionLink, staff?: StaffIdentity): AccessEntry {
  const who = staff ? { sub: staff.sub, name: staff.name } : { sub: LINK_SUBJECT, name: link.recipient };
  return { applicationId: link.applicationId, at: deps.env.now().toISOString(), ...who, what: 'decided' };
}

/** The access log's subject for a decision made through an e-mailed link without sign-in. */
export const LINK_SUBJECT = 'e-mail-link';

/**
 * POST /decisions/{id}: records the decision through the e-mailed link (see `recordDecision`);
 * refused for what the form sent, with the case behind the link, to show the form again.
 */
export async function recordLinkDecision(
  deps: Pick<
    Deps,
    'links' | 'applications' | 'workflow' | 'accessLog' | 'env' | 'settings' | 'receipts' | 'registry'
  >,
  linkId: string,
  form: DecisionForm,
  staff?: StaffIdentity,
): Promise<Decided | Exclude<DecisionRefusal, DecisionProblem> | (DecisionProblem & { case: DecisionCase })> {
  const result = await recordDecision(deps, linkId, form, staff);
  if (result.ok || !isDecisionProblem(result)) return result;
  // Nothing was recorded: the case reads as it did when the form was opened.
  const opened = await openDecisionLink(deps, linkId);
  return opened.ok ? { ...result, case: opened } : opened;
}
