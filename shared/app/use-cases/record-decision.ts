import { formatDkkEnglish, formatKroner, isDkkExact, parseDkk } from '../../domain/money';
import { typedDkk } from '../../domain/typed-amount';
import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import type { AccessEntry, DecisionLink, LinkResponse } from '../ports';
import type { ReviewOutcome } from '../review-outcome';
import { UPLOAD_ID } from './check-documents';
import { deciderOf, fourEyesRefusal } from './four-eyes';
import { type DecisionResult, linkForForm, refuse, resume } from './open-link';
import { adoptAnswerReceipts } from './receipt-ids';

/** What the caseworker's form posts. */
export type DecisionForm = { action?: string; amount?: string; reason?: string; formToken?: string };

/**
 * The amount a caseworker's approval grants: the rules' payable (spec §3: the most the rules allow,
 * for `needs-assessment` their favourable suggestion), or less for a partial approval. Nothing is
 * approved when the rules allow nothing; a partial approval is more than 0 and gives its reason
 * (forvaltningsloven § 22: a decision that does not fully grant the application gives reasons).
 */
function checkAmount(
  form: DecisionForm,
  payable: number,
  outcome: string | undefined,
): { grantedOre: number } | DecisionResult {
  if (payable <= 0 && outcome === 'needs-assessment') return amountSetByCaseworker(form);
  if (payable <= 0) {
    return refuse(
      400,
      'nothing-payable',
      'Reglerne giver ikke noget beløb til udbetaling (0,00 kr.), så ansøgningen kan ikke godkendes. Afslå den, eller bed om oplysninger.',
      'The rules allow nothing to be paid (DKK 0.00), so the application cannot be approved. Reject it or request information.',
    );
  }
  const text = typedDkk(form.amount);
  if (!text) return { grantedOre: payable };
  if (!isDkkExact(text))
    return refuse(
      400,
      'amount',
      'Skriv beløbet i kroner, fx 1.500,00.',
      'Write the amount in kroner, e.g. 1500.00.',
    );
  const grantedOre = parseDkk(text);
  if (grantedOre <= 0) {
    return refuse(
      400,
      'amount-zero',
      `Et beløb på ${formatKroner(grantedOre)} kan ikke bevilges. Brug afslå i stedet.`,
      `An amount of ${formatDkkEnglish(grantedOre)} cannot be granted. Use reject instead.`,
    );
  }
  if (grantedOre > payable) {
    return refuse(
      400,
      'amount-above-payable',
      `Beløbet ${formatKroner(grantedOre)} er større end det, reglerne tillader: højst ${formatKroner(payable)}`,
      `The amount ${formatDkkEnglish(grantedOre)} exceeds what the rules allow: at most ${formatDkkEnglish(payable)}.`,
    );
  }
  if (grantedOre < payable && !form.reason?.trim()) {
    return refuse(
      400,
      'partial-reason',
      `En delvis bevilling skal begrundes (forvaltningslovens § 22): skriv, hvorfor der bevilges ${formatKroner(grantedOre)} og ikke ${formatKroner(payable)}`,
      `A partial approval must state its reasons (Public Administration Act § 22): write why ${formatDkkEnglish(grantedOre)} is granted rather than ${formatDkkEnglish(payable)}.`,
    );
  }
  return { grantedOre };
}

/**
 * When the rules leave the amount to the caseworker (no rate in force, e.g. the KL care fee after
 * 2023): an approval names the amount and why; four eyes above the limit still apply.
 */
function amountSetByCaseworker(form: DecisionForm): { grantedOre: number } | DecisionResult {
  const text = typedDkk(form.amount);
  if (!text || !isDkkExact(text) || parseDkk(text) <= 0) {
    return refuse(
      400,
      'amount-required',
      'Reglerne kan ikke beregne beløbet her; skriv det beløb, der bevilges, fx 1500.00.',
      'The rules cannot compute the amount here; write the amount granted, e.g. 1500.00.',
    );
  }
  if (!form.reason?.trim()) {
    return refuse(
      400,
      'amount-reason',
      'Skriv, hvordan beløbet er fastsat (fx sats og antal døgn).',
      'Write how the amount was set (e.g. rate and number of nights).',
    );
  }
  return { grantedOre: parseDkk(text) };
}

/**
 * Records a caseworker's (or second approver's) decision from the form behind an e-mail link, or
 * from the signed-in case page (which hands over the wait's link and `staff`), once: the link must
 * be open and the anti-forgery value must match. Four eyes: nobody decides their own application,
 * and the second approver is another person than the first decider. A signed-in member of staff
 * is named on the decision; the access log records every decision.
 */
export async function recordDecision(
  deps: Deps,
  linkId: string,
  form: DecisionForm,
  staff?: StaffIdentity,
): Promise<DecisionResult> {
  const checked = await linkForForm(
    deps,
    linkId,
    ['review', 'escalation', 'second-approval'],
    form.formToken,
  );
  if (!('link' in checked)) return checked;
  const { link, application, formToken } = checked;
  const fourEyes = fourEyesRefusal(application, link, staff);
  if (fourEyes) return fourEyes;
  const payable = application.decision ? parseDkk(application.decision.payable) : 0;
  const action = form.action;
  const secondApproval = link.purpose === 'second-approval';
  if (action !== 'approve' && action !== 'reject' && !(action === 'request-information' && !secondApproval)) {
    return refuse(
      400,
      'action',
      'Vælg godkend, afslå eller bed om oplysninger.',
      'Choose approve, reject or request information.',
    );
  }
  if ((action === 'reject' || action === 'request-information') && !form.reason?.trim()) {
    return refuse(400, 'reason', 'Skriv en begrundelse.', 'Give a reason.');
  }
  let grantedOre = payable;
  if (action === 'approve' && !secondApproval) {
    const amount = checkAmount(form, payable, application.decision?.outcome);
    if (!('grantedOre' in amount)) return amount;
    grantedOre = amount.grantedOre;
  }
  const approved = action === 'approve';
  // Less than the family applied for (the rules' cap or the caseworker's amount) is a decision that
  // does not fully grant the application: the family gets a letter with reasons and complaint guidance.
  const claimed = application.decision ? parseDkk(application.decision.claimed) : grantedOre;
  const response: LinkResponse = {
    kind: 'decision',
    action,
    ...(approved
      ? { grantedOre: secondApproval ? (application.review?.grantedOre ?? payable) : grantedOre }
      : {}),
    ...(form.reason?.trim() ? { reason: form.reason.trim().slice(0, 2000) } : {}),
    partial: approved && !secondApproval && grantedOre < claimed,
    needsSecondApproval: approved && !secondApproval && grantedOre > deps.settings.fourEyesAboveOre,
    ...(staff ? { actor: deciderOf(staff) } : {}),
  };
  if (!(await deps.links.use(link.id, formToken, deps.env.now().toISOString(), response))) {
    return refuse(
      409,
      'link-used',
      'Der er allerede truffet afgørelse via dette link.',
      'A decision has already been made through this link.',
    );
  }
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
function decidedEntry(deps: Deps, link: DecisionLink, staff?: StaffIdentity): AccessEntry {
  const who = staff ? { sub: staff.sub, name: staff.name } : { sub: LINK_SUBJECT, name: link.recipient };
  return { applicationId: link.applicationId, at: deps.env.now().toISOString(), ...who, what: 'decided' };
}

/** The access log's subject for a decision made through an e-mailed link without sign-in. */
export const LINK_SUBJECT = 'e-mail-link';

/** A family's answer to a request for information or receipts, through its link: resumes the same execution. */
export async function answerRequest(
  deps: Deps,
  linkId: string,
  answer: { formToken?: string; text?: string; receipts?: string[] },
): Promise<DecisionResult> {
  const checked = await linkForForm(deps, linkId, ['information', 'receipts'], answer.formToken);
  if (!('link' in checked)) return checked;
  const { link, formToken } = checked;
  const receipts = (answer.receipts ?? []).filter((r) => UPLOAD_ID.test(r));
  if (!answer.text?.trim() && receipts.length === 0)
    return refuse(
      400,
      'answer',
      'Skriv et svar eller vedhæft kvitteringer.',
      'Write an answer or attach receipts.',
    );
  const taken = await adoptAnswerReceipts(deps, link.applicationId, checked.application.receipts, receipts);
  if (taken) return refuse(400, 'receipts', taken.da, taken.en);
  const text = answer.text?.trim().slice(0, 4000) ?? '';
  const response: LinkResponse = { kind: 'answer', text, receipts };
  if (!(await deps.links.use(link.id, formToken, deps.env.now().toISOString(), response))) {
    return refuse(
      409,
      'link-used',
      'Der er allerede svaret via dette link.',
      'This link has already been answered.',
    );
  }
  const refused = await resume(deps, link, { answered: true });
  return refused ?? { ok: true, action: 'request-information' };
}
