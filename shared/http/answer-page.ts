import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import { refusedReceipts } from '../app/letters';
import type { DecisionLink } from '../app/ports';
import { caseRef } from '../domain/case-ref';
import { benefitName } from './case-sections';
import {
  errorSummary,
  type FieldError,
  fieldMessage,
  groupClass,
  invalidAttrs,
  SUMMARY_FRAGMENT,
} from './error-summary';
import { html, page } from './html';
import { type Lang, otherLanguage, pick } from './i18n';

/** The refusals about the answer's receipts rather than its text. */
const RECEIPT_CODES = new Set(['receipts', 'too-many-receipts', 'unattachable-receipts']);

/**
 * The family's page behind a request for information or receipts: the caseworker's question, a
 * text answer and receipts uploaded as on the application form (their upload ids travel in a hidden
 * field the script fills). Danish, or English with `?lang=en`. No personal data shown.
 */
export function answerPage(
  deps: Deps,
  link: DecisionLink,
  application: Application,
  lang: Lang,
  attempt?: { text: string; error: { da: string; en: string; code: string } },
): string {
  const t = (da: string, en: string) => pick(lang, { da, en });
  const name = pick(lang, benefitName(deps, application));
  const receiptsOnly = link.purpose === 'receipts';
  // A refused answer: its message on the text, or on the receipts when one could not be used.
  const errors: FieldError[] = attempt
    ? [{ field: RECEIPT_CODES.has(attempt.error.code) ? 'receipt-files' : 'text', text: attempt.error }]
    : [];
  const question = receiptsOnly ? undefined : application.review?.reason;
  // After the document check refused a receipt: which one and why, as the e-mail said.
  const refused = receiptsOnly ? refusedReceipts(application) : [];
  const title = receiptsOnly
    ? t('Send kvitteringer til din ansøgning', 'Send receipts for your application')
    : t('Svar på kommunens spørgsmål', "Answer the municipality's question");
  return page(
    title,
    html`<h1>${title}</h1>
<p>${t('Sag', 'Case')} ${caseRef(application.id)}: ${t('ansøgning om', 'application for')} ${name}.</p>
${
  refused.length > 0
    ? html`<p>${t('Send en ny kvittering i stedet for den, vi ikke kan bruge:', 'Please send a new receipt instead of the one we cannot use:')}</p>
<ul>${refused.map((r) => html`<li>${pick(lang, r)}</li>`)}</ul>`
    : receiptsOnly
      ? html`<p>${t('Der mangler kvitteringer eller anden dokumentation til din ansøgning.', 'Receipts or other documentation are missing from your application.')}</p>`
      : html`<h2>${t('Spørgsmål fra sagsbehandleren', 'Question from the caseworker')}</h2><blockquote><p>${question ?? t('Kommunen har brug for flere oplysninger.', 'The municipality needs more information.')}</p></blockquote>`
}
<form method="post" action="${SUMMARY_FRAGMENT}" id="answer" data-lang="${lang}" novalidate>
${errorSummary(errors, lang)}
<input type="hidden" name="formToken" value="${link.formToken}">
<input type="hidden" name="receipts" value="">
<div class="${groupClass('text', errors)}"><label for="text" class="form-label">${t('Dit svar', 'Your answer')}</label>
${fieldMessage('text', errors, lang)}
<textarea id="text" name="text" class="form-input" rows="6" cols="60" maxlength="4000"${invalidAttrs('text', errors)}>${attempt?.text ?? ''}</textarea></div>
<fieldset data-uploads hidden>
<legend class="h3">${t('Kvitteringer', 'Receipts')}</legend>
<div class="${groupClass('receipt-files', errors)}">
<label class="form-label" for="receipt-files">${t('Vælg kvitteringer (PDF eller billede)', 'Choose receipts (PDF or image)')}</label>
${fieldMessage('receipt-files', errors, lang)}
<input class="form-input" type="file" id="receipt-files" multiple accept="application/pdf,image/jpeg,image/png,image/heic,image/webp"${invalidAttrs('receipt-files', errors)}>
</div>
<progress id="upload-progress" max="100" value="0" aria-label="${t('Upload af kvitteringer', 'Receipt upload')}" hidden></progress>
<ul id="uploaded" class="nobullet-list" aria-live="polite"></ul>
</fieldset>
<noscript><p>${t(
      'Uden JavaScript kan du svare med tekst; kvitteringer kan kun uploades med JavaScript slået til.',
      'Without JavaScript you can answer in text; receipts can only be uploaded with JavaScript on.',
    )}</p></noscript>
<p>${t('Du kan svare én gang via dette link.', 'You can answer once through this link.')}</p>
<button type="submit" class="button button-primary">${t('Send svar', 'Send answer')}</button>
</form>`,
    {
      lang,
      switchTo: otherLanguage(`/answers/${link.id}`, lang),
      scripts: ['/assets/app/answer.js'],
    },
  );
}
