import type { Application, CaseworkerDecision } from '../app/application';
import type { Deps } from '../app/deps';
import { hasRole, type Session, type StaffIdentity } from '../app/identity';
import { NOTE_MAX } from '../app/use-cases/correction-form';
import type { ReceiptProblem } from '../app/use-cases/receipt-problems';
import { CASE_WORKERS, LOG_READERS, mayDecide } from '../app/use-cases/staff-access';
import { CLOSED, deadlinesOf, waitingFor } from '../app/use-cases/worklist';
import { caseRef } from '../domain/case-ref';
import { type Attempt, decisionForm } from './case-page';
import { answers, benefitName, calculation, history, receipts, rejectionPreview } from './case-sections';
import {
  errorSummary,
  type FieldError,
  fieldMessage,
  groupClass,
  invalidAttrs,
  SUMMARY_FRAGMENT,
} from './error-summary';
import { dayOf, type Html, html, money } from './html';
import { inLang, type Lang, pick } from './i18n';
import { actionLabels, outcomeLabels, roleLabels, statusLabels } from './labels';
import {
  alertBox,
  deadlineLabels,
  kr,
  momentOf,
  staffPage,
  timelineNotes,
  waitingLabels,
} from './staff-labels';

// The signed-in case page: the whole case in any status, the child identified, the decisions with
// who and when, the letters and the timeline; the decision form when the case waits for this person.

type T = (da: string, en: string) => string;
type JournalLine = { at: string; entry: Record<string, unknown> };

/** Everything the staff case page shows. */
export type StaffCaseView = {
  application: Application;
  staff: StaffIdentity;
  session: Session;
  showCpr: boolean;
  earlier: Application[];
  receiptProblems: ReceiptProblem[];
  journal: JournalLine[];
  /** The open wait's link has been used: the decision is being recorded. */
  decisionPending: boolean;
  /** The bank returned the payout and it is not corrected yet: its reason and amount. */
  returned?: { reason: string; amountOre: number };
  /** A refused decision, shown again as typed. */
  attempt?: Attempt;
  /** A refused payout correction, shown again as typed. */
  correction?: { amount?: string; note?: string; error: string; field?: string };
};

/** The child's CPR number, masked until the person asks to see it: "010180-••••". */
function cprText(t: T, cpr: string, shown: boolean): Html {
  if (shown) return html`<span id="child-cpr">${cpr.slice(0, 6)}-${cpr.slice(6)}</span>`;
  return html`<span id="child-cpr">${cpr.slice(0, 6)}-<span aria-hidden="true">••••</span><span class="sr-only">${t('de sidste fire cifre er skjult', 'the last four digits are hidden')}</span></span>`;
}

function child(view: StaffCaseView, t: T, lang: Lang): Html {
  const { application, showCpr } = view;
  const birthDate = (application.claim.child as { birthDate?: unknown } | undefined)?.birthDate;
  const cpr = application.child?.cpr?.replace(/\D/g, '');
  const show = html`<form method="get" action="/sager/${application.id}" class="show-cpr">
${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<input type="hidden" name="vis" value="cpr">
<button type="submit" class="button button-tertiary">${t('Vis CPR-nummer', 'Show CPR number')}</button></form>`;
  return html`<dt>${t('Barnet', 'The child')}</dt><dd id="child-name">${application.child?.name ?? t('Navnet er ikke oplyst', 'The name is not given')}</dd>
<dt>${t('Barnets CPR-nummer', "The child's CPR number")}</dt><dd>${cpr && cpr.length === 10 ? html`${cprText(t, cpr, showCpr)}${showCpr ? '' : show}` : t('Ikke oplyst i ansøgningen', 'Not given in the application')}</dd>
${typeof birthDate === 'string' ? html`<dt>${t('Barnets fødselsdato', "The child's birth date")}</dt><dd>${dayOf(lang, birthDate)}</dd>` : ''}`;
}

function summary(deps: Deps, view: StaffCaseView, t: T, lang: Lang): Html {
  const { application: a, staff, session } = view;
  const decision = a.decision;
  const role = pick(lang, roleLabels[a.applicant.role] ?? { da: a.applicant.role, en: a.applicant.role });
  const deadlines = deadlinesOf(a, deps.env.now());
  const take =
    !CLOSED.includes(a.status) && a.assignee?.sub !== staff.sub && hasRole(staff, ...CASE_WORKERS)
      ? html`<form method="post" action="${inLang(`/sager/${a.id}/tag`, lang)}" class="take-case"><input type="hidden" name="csrf" value="${session.csrf}"><button type="submit" class="button button-secondary">${t('Tag sagen', 'Take the case')}</button></form>`
      : '';
  return html`<dl class="case-summary">
<dt>${t('Sag', 'Case')}</dt><dd>${caseRef(a.id)}</dd>
<dt>${t('Kommune', 'Municipality')}</dt><dd>${a.municipality === 'randers' ? 'Randers' : 'Rudersdal'}</dd>
<dt>Status</dt><dd id="case-status" data-status="${a.status}">${pick(lang, statusLabels[a.status] ?? { da: a.status, en: a.status })}</dd>
<dt>${t('Venter på', 'Waiting for')}</dt><dd>${pick(lang, waitingLabels[waitingFor(a)])}</dd>
${deadlines.map((d) => html`<dt>${pick(lang, deadlineLabels[d.kind])}</dt><dd>${dayOf(lang, d.day)}${d.overdue ? html` <strong>${t('(overskredet)', '(overdue)')}</strong>` : ''}</dd>`)}
<dt>${t('Modtaget', 'Received')}</dt><dd>${dayOf(lang, a.submittedAt)}</dd>
<dt>${t('Ansøger', 'Applicant')}</dt><dd>${a.applicant.name} (${role})</dd>
${child(view, t, lang)}
${decision ? html`<dt>${t('Reglernes resultat', "The rules' outcome")}</dt><dd>${pick(lang, outcomeLabels[decision.outcome] ?? { da: decision.outcome, en: decision.outcome })}</dd>` : ''}
${decision ? html`<dt>${t('Ansøgt', 'Claimed')}</dt><dd>${money(lang, decision.claimed)}</dd><dt>${t('Kan udbetales efter reglerne', 'Payable under the rules')}</dt><dd>${money(lang, decision.payable)}</dd>` : ''}
${decision ? html`<dt>${t('Retsgrundlag', 'Legal basis')}</dt><dd>${pick(lang, decision.legalBasis)}</dd>` : ''}
<dt>${t('Taget af', 'Taken by')}</dt><dd id="assignee">${a.assignee ? html`${a.assignee.name}, ${dayOf(lang, a.assignee.at)}` : t('Ingen', 'Nobody')}${take}</dd>
</dl>`;
}

/** The bank's reason for returning the payout, and the form that corrects it and queues it again. */
function returnedPayout(view: StaffCaseView, t: T, lang: Lang): Html {
  const { application: a, returned, session, staff } = view;
  if (!returned) return html``;
  const errors: FieldError[] = view.correction
    ? [{ field: view.correction.field ?? 'correction-amount', text: view.correction.error }]
    : [];
  const form = hasRole(staff, ...CASE_WORKERS)
    ? html`<form method="post" action="${inLang(`/sager/${a.id}/udbetaling`, lang)}${SUMMARY_FRAGMENT}" id="correction-form" novalidate>
${errorSummary(errors, lang)}
<input type="hidden" name="csrf" value="${session.csrf}">
<div class="${groupClass('correction-amount', errors)}"><label class="form-label" for="correction-amount">${t('Beløb der skal udbetales (kr.)', 'Amount to pay (DKK)')}</label>
${fieldMessage('correction-amount', errors, lang)}
<input class="form-input input-width-s" id="correction-amount" name="amount" inputmode="decimal"${invalidAttrs('correction-amount', errors)} value="${view.correction?.amount ?? kr('da', returned.amountOre).replace(' kr.', '')}"></div>
<div class="${groupClass('correction-note', errors)}"><label class="form-label" for="correction-note">${t('Hvad er rettet?', 'What was corrected?')}</label>
${fieldMessage('correction-note', errors, lang)}
<textarea class="form-input" id="correction-note" name="note" required maxlength="${NOTE_MAX}" rows="3"${invalidAttrs('correction-note', errors)}>${view.correction?.note ?? ''}</textarea></div>
<button type="submit" class="button button-primary">${t('Ret og send til næste kørsel', 'Correct and send with the next run')}</button>
</form>`
    : html``;
  return html`<section aria-labelledby="returned-heading" class="returned-payout">
<h2 id="returned-heading">${t('Banken sendte udbetalingen retur', 'The bank returned the payout')}</h2>
<div class="alert alert-warning"><div class="alert-body"><p class="alert-text">${t('Bankens begrundelse', "The bank's reason")}: <span id="bank-reason">${returned.reason}</span></p>
<p class="alert-text">${t('Beløb', 'Amount')}: ${kr(lang, returned.amountOre)}</p></div></div>
${form}
</section>`;
}

/** The decision form when the case waits for a decision this person may give. */
function deciding(view: StaffCaseView, t: T, lang: Lang): Html {
  const { application: a, staff, session } = view;
  if (view.decisionPending)
    return alertBox(
      'info',
      t('Afgørelsen er registreret og behandles nu.', 'The decision is recorded and is being processed.'),
    );
  if (!mayDecide(staff, a)) return html``;
  const second = a.wait?.purpose === 'second-approval';
  const hidden = html`<input type="hidden" name="csrf" value="${session.csrf}">`;
  const action = `${inLang(`/sager/${a.id}/afgoerelse`, lang)}${SUMMARY_FRAGMENT}`;
  return html`<section aria-labelledby="decide-heading">
<h2 id="decide-heading">${second ? t('Anden godkendelse', 'Second approval') : t('Din afgørelse', 'Your decision')}</h2>
${decisionForm({ second, hidden, action }, t, lang, view.attempt)}
<h3>${t('Brev ved afslag', 'Letter on rejection')}</h3>
${rejectionPreview(a, lang)}
</section>`;
}

function decisionDetails(title: string, d: CaseworkerDecision, t: T, lang: Lang): Html {
  return html`<h3>${title}</h3><dl>
<dt>${t('Handling', 'Action')}</dt><dd>${pick(lang, actionLabels[d.action])}</dd>
${d.grantedOre !== undefined ? html`<dt>${t('Bevilget beløb', 'Amount granted')}</dt><dd>${kr(lang, d.grantedOre)}</dd>` : ''}
${d.reason ? html`<dt>${t('Begrundelse', 'Reason')}</dt><dd>${d.reason}</dd>` : ''}
<dt>${t('Truffet af', 'Made by')}</dt><dd>${d.decidedBy}</dd>
<dt>${t('Tidspunkt', 'When')}</dt><dd>${momentOf(lang, d.decidedAt)}</dd>
</dl>`;
}

/** Each decision with who and when: the first decision, the second approval, the payout's corrections. */
function decisions(view: StaffCaseView, t: T, lang: Lang): Html {
  const { application: a, journal } = view;
  const corrections = journal.filter((j) => j.entry.kind === 'payout-corrected');
  if (!a.review && !a.secondApproval && corrections.length === 0)
    return html`<p>${t('Der er ikke truffet afgørelse endnu.', 'No decision has been made yet.')}</p>`;
  return html`${a.review ? decisionDetails(t('Sagsbehandlerens afgørelse', "The caseworker's decision"), a.review, t, lang) : ''}
${a.secondApproval ? decisionDetails(t('Anden godkendelse', 'Second approval'), a.secondApproval, t, lang) : ''}
${corrections.map(
  (c) => html`<h3>${t('Rettelse af udbetalingen', 'Correction of the payout')}</h3><dl>
<dt>${t('Nyt beløb', 'New amount')}</dt><dd>${typeof c.entry.amountOre === 'number' ? kr(lang, c.entry.amountOre) : ''}</dd>
<dt>${t('Hvad er rettet', 'What was corrected')}</dt><dd>${String(c.entry.note ?? '')}</dd>
<dt>${t('Rettet af', 'Corrected by')}</dt><dd>${String(c.entry.by ?? '')}</dd>
<dt>${t('Tidspunkt', 'When')}</dt><dd>${momentOf(lang, c.at)}</dd></dl>`,
)}`;
}

/** The letters sent to the family, as the journal keeps them: date, subject and text (Danish, then English). */
function letters(view: StaffCaseView, t: T, lang: Lang): Html {
  const sent = view.journal.filter((j) => j.entry.kind === 'letter');
  if (sent.length === 0)
    return html`<p>${t('Der er ikke sendt breve om afgørelser i sagen.', 'No decision letters have been sent in the case.')}</p>`;
  const paragraphs = (text: string) =>
    text
      .split('\n\n')
      .filter((p) => p.trim() !== '')
      .map((p) => html`<p>${p.trim()}</p>`);
  return html`<ul class="nobullet-list letters">${sent.map((l) => {
    const [da = '', en = ''] = String(l.entry.text ?? '').split('— English —');
    const document = l.entry.document as { id?: string } | undefined;
    const pdf = document?.id
      ? html`<p><a href="/sager/${view.application.id}/breve/${document.id}">${t('Brevet som PDF', 'The letter as PDF')}</a></p>`
      : '';
    return html`<li><details><summary>${dayOf(lang, l.at)}: ${String(l.entry.subject ?? '')}</summary>
${pdf}<div lang="da">${paragraphs(da)}</div>${en ? html`<div lang="en">${paragraphs(en)}</div>` : ''}</details></li>`;
  })}</ul>`;
}

function timeline(a: Application, lang: Lang): Html {
  return html`<ol class="timeline">${a.timeline.map((e) => {
    const note = e.note ? timelineNotes[e.note] : undefined;
    return html`<li><time datetime="${e.at}">${momentOf(lang, e.at)}</time>: ${pick(lang, statusLabels[e.status] ?? { da: e.status, en: e.status })}${note ? html` (${pick(lang, note)})` : ''}</li>`;
  })}</ol>`;
}

/** The signed-in case page, Danish or English (`?lang=en`). */
export function staffCasePage(deps: Deps, view: StaffCaseView, lang: Lang): string {
  const t: T = (da, en) => pick(lang, { da, en });
  const a = view.application;
  const name = pick(lang, benefitName(deps, a));
  const base = `/sager/${a.id}`;
  const body = html`<p><a class="back-link" href="${inLang('/sager', lang)}">${t('Tilbage til arbejdslisten', 'Back to the worklist')}</a></p>
<h1>${t('Ansøgning om', 'Application for')} ${name}</h1>
${summary(deps, view, t, lang)}
${returnedPayout(view, t, lang)}
${deciding(view, t, lang)}
<h2>${t('Beregning', 'Calculation')}</h2>
${calculation(a, lang)}
<h2>${t('Kvitteringer', 'Receipts')}</h2>
${receipts(a, base, lang, view.receiptProblems, 'kvitteringer')}
${answers(a, lang)}
<h2>${t('Afgørelser', 'Decisions')}</h2>
${decisions(view, t, lang)}
<h2>${t('Breve til familien', 'Letters to the family')}</h2>
${letters(view, t, lang)}
<h2>${t('Forløb', 'Timeline')}</h2>
${timeline(a, lang)}
<h2>${t('Tidligere ansøgninger', 'Earlier applications')}</h2>
${history(deps, view.earlier, lang)}
${hasRole(view.staff, ...LOG_READERS) ? html`<p><a href="${inLang(`${base}/adgangslog`, lang)}" id="access-log-link">${t('Se adgangsloggen', 'See the access log')}</a></p>` : ''}`;
  return staffPage(`${t('Sag', 'Case')} ${caseRef(a.id)}: ${name}`, body, {
    lang,
    session: view.session,
    path: base,
    query: view.showCpr ? { vis: 'cpr' } : {},
  });
}
