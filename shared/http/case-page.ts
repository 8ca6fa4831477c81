import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import type { DecisionLink } from '../app/ports';
import type { ReceiptProblem } from '../app/use-cases/receipt-problems';
import { caseRef } from '../domain/case-ref';
import {
  answers,
  benefitName,
  calculation,
  history,
  receipts,
  rejectionPreview,
  reviewSummary,
} from './case-sections';
import {
  errorSummary,
  type FieldError,
  fieldMessage,
  groupClass,
  invalidAttrs,
  SUMMARY_FRAGMENT,
} from './error-summary';
import { dayOf, type Html, html, money, page } from './html';
import { type Lang, otherLanguage, pick } from './i18n';
import { outcomeLabels, roleLabels, statusLabels } from './labels';

/** A decision the form sent back refused: what was typed, and why it was refused. */
export type Attempt = {
  action?: string;
  amount?: string;
  reason?: string;
  error: { da: string; en: string; code?: string };
};

/** The field a refused decision's code is about (the use case names the rule, not the field). */
function fieldOf(code: string | undefined, second: boolean): string {
  if (!second && code?.startsWith('amount') && code !== 'amount-reason') return 'amount';
  if (code === 'reason' || code === 'partial-reason' || code === 'amount-reason') return 'reason';
  return 'action-approve';
}

type CaseView = {
  /** Set when the page shows a refused decision again, with what the caseworker typed. */
  attempt?: Attempt;
  link: DecisionLink;
  application: Application;
  earlier: Application[];
  /** What the document check would find in the receipts now. */
  receiptProblems: ReceiptProblem[];
};
type T = (da: string, en: string) => string;

/**
 * The decision form: approve, reject or (for the first decision) ask the family for information.
 * `hidden` is its anti-forgery field (the link's form token, or the signed-in session's), `action`
 * where it posts (the link page posts back to itself).
 */
export function decisionForm(
  { second, hidden, action = SUMMARY_FRAGMENT }: { second: boolean; hidden: Html; action?: string },
  t: T,
  lang: Lang,
  attempt?: Attempt,
): Html {
  const checked = (action: string) => (attempt?.action === action ? html` checked` : '');
  const errors: FieldError[] = attempt
    ? [{ field: fieldOf(attempt.error.code, second), text: attempt.error }]
    : [];
  const radios = fieldMessage('action-approve', errors, lang);
  // Posted to the summary's fragment: a refused form comes back opened at its errors.
  return html`<form method="post" action="${action}" id="decision-form" novalidate>
${errorSummary(errors, lang)}
${hidden}
<fieldset class="${groupClass('action-approve', errors)}"${errors.some((e) => e.field === 'action-approve') ? html` aria-describedby="action-approve-error"` : ''}>
<legend class="form-label">${t('Handling', 'Action')}</legend>
${radios}
<div class="form-group-radio"><input type="radio" id="action-approve" name="action" value="approve" class="form-radio" required${checked('approve')}>
<label for="action-approve" class="form-label">${t('Godkend', 'Approve')}</label></div>
<div class="form-group-radio"><input type="radio" id="action-reject" name="action" value="reject" class="form-radio"${checked('reject')}>
<label for="action-reject" class="form-label">${t('Afslå', 'Reject')}</label></div>
${
  second
    ? ''
    : html`<div class="form-group-radio"><input type="radio" id="action-request-information" name="action" value="request-information" class="form-radio"${checked('request-information')}>
<label for="action-request-information" class="form-label">${t('Bed familien om flere oplysninger', 'Ask the family for information')}</label></div>`
}
</fieldset>
${
  second
    ? ''
    : html`<div class="${groupClass('amount', errors)}"><label for="amount" class="form-label">${t('Beløb ved delvis godkendelse, fx 1.500,00', 'Amount for a partial approval, e.g. 1500.00')}</label>
${fieldMessage('amount', errors, lang)}
<input type="text" id="amount" name="amount" class="form-input" inputmode="decimal"${invalidAttrs('amount', errors, 'amount-hint')} value="${attempt?.amount ?? ''}">
<p id="amount-hint" class="form-hint">${t('Lad feltet stå tomt for at bevilge det beløb, reglerne tillader.', 'Leave it empty to grant what the rules allow.')}</p></div>`
}
<div class="${groupClass('reason', errors)}"><label for="reason" class="form-label">${t('Begrundelse (skal udfyldes ved afslag, spørgsmål og et lavere beløb)', 'Reason (required to reject, to ask, and for a lower amount)')}</label>
${fieldMessage('reason', errors, lang)}
<textarea id="reason" name="reason" class="form-input" rows="5" cols="60" maxlength="2000"${invalidAttrs('reason', errors)}>${attempt?.reason ?? ''}</textarea></div>
<p>${t('Afgørelsen registreres én gang; at åbne siden ændrer intet.', 'The decision is recorded once; opening this page changes nothing.')}</p>
<button type="submit" class="button button-primary">${t('Registrér afgørelse', 'Record decision')}</button>
</form>`;
}

/**
 * The caseworker's (or second approver's) page behind an e-mail link: Danish, or English with
 * `?lang=en`; the form posts back to the same address, so the answer comes in the same language.
 */
export function casePage(
  deps: Deps,
  { link, application, earlier, receiptProblems, attempt }: CaseView,
  lang: Lang,
): string {
  const t: T = (da, en) => pick(lang, { da, en });
  const name = pick(lang, benefitName(deps, application));
  const decision = application.decision;
  const second = link.purpose === 'second-approval';
  const role = pick(
    lang,
    roleLabels[application.applicant.role] ?? {
      da: application.applicant.role,
      en: application.applicant.role,
    },
  );
  const base = `/decisions/${link.id}`;
  return page(
    `${t('Sag', 'Case')} ${caseRef(application.id)}: ${name}`,
    html`<h1>${t('Ansøgning om', 'Application for')} ${name}</h1>
<dl>
<dt>${t('Sag', 'Case')}</dt><dd>${caseRef(application.id)}</dd>
<dt>${t('Kommune', 'Municipality')}</dt><dd>${application.municipality === 'randers' ? 'Randers' : 'Rudersdal'}</dd>
<dt>${t('Ansøger', 'Applicant')}</dt><dd>${application.applicant.name} (${role})</dd>
<dt>${t('Modtaget', 'Received')}</dt><dd>${dayOf(lang, application.submittedAt)}</dd>
<dt>Status</dt><dd>${pick(lang, statusLabels[application.status] ?? { da: application.status, en: application.status })}</dd>
${decision ? html`<dt>${t('Reglernes resultat', "The rules' outcome")}</dt><dd>${pick(lang, outcomeLabels[decision.outcome] ?? { da: decision.outcome, en: decision.outcome })}</dd>` : ''}
${decision ? html`<dt>${t('Ansøgt', 'Claimed')}</dt><dd>${money(lang, decision.claimed)}</dd><dt>${t('Kan udbetales efter reglerne', 'Payable under the rules')}</dt><dd>${money(lang, decision.payable)}</dd>` : ''}
${decision?.deadlines.payoutBy ? html`<dt>${t('Udbetales senest', 'To be paid by')}</dt><dd>${dayOf(lang, decision.deadlines.payoutBy)}</dd>` : ''}
${decision ? html`<dt>${t('Retsgrundlag', 'Legal basis')}</dt><dd>${pick(lang, decision.legalBasis)}</dd>` : ''}
</dl>
<h2>${t('Beregning', 'Calculation')}</h2>
${calculation(application, lang)}
<h2>${t('Kvitteringer', 'Receipts')}</h2>
${receipts(application, base, lang, receiptProblems)}
${answers(application, lang)}
<h2>${t('Tidligere ansøgninger', 'Earlier applications')}</h2>
${history(deps, earlier, lang)}
${second ? html`<h2>${t('Sagsbehandlerens afgørelse', "The caseworker's decision")}</h2>${reviewSummary(application, lang)}` : ''}
<h2>${t('Din afgørelse', 'Your decision')}</h2>
${decisionForm({ second, hidden: html`<input type="hidden" name="formToken" value="${link.formToken}">` }, t, lang, attempt)}
<h2>${t('Brev ved afslag', 'Letter on rejection')}</h2>
${rejectionPreview(application, lang)}`,
    { lang, switchTo: otherLanguage(base, lang) },
  );
}
