import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import { letter } from '../app/letters';
import type { ReceiptProblem } from '../app/use-cases/receipt-problems';
import { caseRef } from '../domain/case-ref';
import { formatMoney } from '../domain/money';
import { citation } from '../rules/sources/citation';
import { dayOf, type Html, html, money } from './html';
import { type Lang, pick } from './i18n';
import { actionLabels, quantityText, statusLabels } from './labels';
import { ruleText } from './rule-words';

/** A benefit's name from the stored decision or the catalogue; its id when neither knows it. */
export function benefitName(deps: Deps, application: Application): { da: string; en: string } {
  return (
    application.decision?.benefit.name ??
    deps.catalogue.byId.get(application.benefit)?.name ?? { da: application.benefit, en: application.benefit }
  );
}

/** The rules' calculation, one row per line, with the totals. */
export function calculation(application: Application, lang: Lang): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  const decision = application.decision;
  if (!decision)
    return html`<p>${t('Reglerne har endnu ikke vurderet ansøgningen.', 'The rules have not assessed the application yet.')}</p>`;
  // A table wider than a phone scrolls in its own box, which the keyboard can reach and scroll too.
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${t('Beregning efter reglerne', 'Calculation under the rules')}"><table class="table table--compact">
<caption>${t('Beregning efter reglerne', 'Calculation under the rules')}</caption>
<thead><tr><th scope="col">${t('Beskrivelse', 'Description')}</th><th scope="col">${t('Dato', 'Date')}</th><th scope="col">${t('Antal', 'Quantity')}</th><th scope="col">${t('Ansøgt', 'Claimed')}</th><th scope="col">${t('Kan udbetales', 'Payable')}</th><th scope="col">${t('Regel', 'Rule')}</th></tr></thead>
<tbody>
${decision.lines.map(
  (
    line,
  ) => html`<tr><td>${line.description}</td><td>${line.date ? dayOf(lang, line.date) : ''}</td><td>${quantityText(line.quantity, line.unit, lang)}${line.payableQuantity !== undefined ? ` (${t('betalt', 'paid')}: ${line.payableQuantity})` : ''}</td><td>${money(lang, line.claimed)}</td><td>${money(lang, line.payable)}</td><td>${ruleText(line.rule, lang)}</td></tr>
`,
)}</tbody>
<tfoot><tr><th scope="row" colspan="3">${t('I alt', 'Total')}</th><td>${money(lang, decision.claimed)}</td><td>${money(lang, decision.payable)}</td><td></td></tr></tfoot>
</table></div>
<h3>${t('Begrundelser', 'Reasons')}</h3>
${
  decision.reasons.length > 0
    ? html`<ul>${decision.reasons.map((r) => html`<li>${pick(lang, r)} <small>${t('Kilde', 'Source')}: ${citation(r.source, lang)}</small></li>`)}</ul>`
    : html`<p>${t('Ingen bemærkninger.', 'No remarks.')}</p>`
}`;
}

/** The child's earlier applications (at most ten): date, benefit and status. */
export function history(deps: Deps, earlier: Application[], lang: Lang): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  if (earlier.length === 0)
    return html`<p>${t('Ingen tidligere ansøgninger for barnet.', 'No earlier applications for the child.')}</p>`;
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${t('Tidligere ansøgninger for barnet', "The child's earlier applications")}"><table class="table table--compact">
<caption>${t('Tidligere ansøgninger for barnet', "The child's earlier applications")}</caption>
<thead><tr><th scope="col">${t('Dato', 'Date')}</th><th scope="col">${t('Ydelse', 'Benefit')}</th><th scope="col">Status</th></tr></thead>
<tbody>
${earlier.map(
  (a) =>
    html`<tr><td>${dayOf(lang, a.submittedAt)}</td><td>${pick(lang, benefitName(deps, a))}</td><td>${pick(lang, statusLabels[a.status] ?? { da: a.status, en: a.status })}</td></tr>
`,
)}</tbody>
</table></div>`;
}

/**
 * The receipts, each opened through the case's own address: `base` is /decisions/{id} (the link's
 * `receipts/`) or /sager/{id} (the signed-in page's `kvitteringer/`, given as `folder`).
 */
export function receipts(
  application: Application,
  base: string,
  lang: Lang,
  problems: ReceiptProblem[] = [],
  folder = 'receipts',
): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  if (application.receipts.length === 0)
    return html`<p>${t('Ingen kvitteringer vedhæftet.', 'No receipts attached.')}</p>`;
  const warning = (id: string) =>
    problems
      .filter((p) => p.receipt === id)
      .map(
        (p) =>
          html` <strong class="receipt-problem">${pick(lang, p)}${p.otherApplication ? ` (${t('sag', 'case')} ${caseRef(p.otherApplication)})` : ''}</strong>`,
      );
  const alert =
    problems.length > 0
      ? html`<div class="alert alert-warning" role="note"><div class="alert-body"><p class="alert-text">${t(
          'Dokumentkontrollen vil afvise kvitteringerne, som de er nu: se bemærkningerne herunder.',
          'The document check would refuse the receipts as they are: see the notes below.',
        )}</p></div></div>`
      : '';
  return html`${alert}<ul>${application.receipts.map(
    (id, n) =>
      html`<li><a href="${`${base}/${folder}/${id}`}" target="_blank" rel="noopener">${t('Kvittering', 'Receipt')} ${String(n + 1)}</a>${warning(id)}</li>`,
  )}</ul>`;
}

/** The caseworker's decision, as the second approver sees it. */
export function reviewSummary(application: Application, lang: Lang): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  const review = application.review;
  if (!review)
    return html`<p>${t('Sagsbehandleren har ikke truffet afgørelse.', 'The caseworker has not decided.')}</p>`;
  return html`<dl>
<dt>${t('Handling', 'Action')}</dt><dd>${pick(lang, actionLabels[review.action])}</dd>
${review.grantedOre !== undefined ? html`<dt>${t('Bevilget beløb', 'Amount granted')}</dt><dd>${formatMoney(lang, review.grantedOre)}</dd>` : ''}
${review.reason ? html`<dt>${t('Begrundelse', 'Reason')}</dt><dd>${review.reason}</dd>` : ''}
<dt>${t('Dato', 'Date')}</dt><dd>${dayOf(lang, review.decidedAt)}</dd>
</dl>`;
}

/** The letter the family would get if the case is rejected, Danish then English, as plain paragraphs. */
export function rejectionPreview(application: Application, lang: Lang): Html {
  const mail = letter('rejection', application);
  const [da = '', en = ''] = mail.text.split('— English —');
  const paragraphs = (text: string) =>
    text
      .split('\n\n')
      .filter((p) => p.trim() !== '')
      .map((p) => html`<p>${p.trim()}</p>`);
  return html`<details>
<summary>${pick(lang, { da: 'Forhåndsvisning af afslagsbrevet til familien', en: 'Preview of the rejection letter to the family' })}</summary>
<p><strong>${mail.subject}</strong></p>
<div lang="da">${paragraphs(da)}</div>
<div lang="en">${paragraphs(en)}</div>
</details>`;
}

/** The family's answers to the caseworker's questions, newest first: what was asked and what came back. */
export function answers(application: Application, lang: Lang): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  const given = [...(application.answers ?? [])].reverse();
  if (given.length === 0) return html``;
  return html`<h2>${t('Familiens svar', "The family's answers")}</h2>
${given.map(
  (a) => html`<div class="family-answer">
<p><strong>${dayOf(lang, a.at)}</strong>: ${
    a.purpose === 'receipts'
      ? t('kvitteringer, der manglede', 'receipts that were missing')
      : t('svar på sagsbehandlerens spørgsmål', "answer to the caseworker's question")
  }</p>
${a.question ? html`<p>${t('Spørgsmål', 'Question')}:</p><blockquote><p>${a.question}</p></blockquote>` : ''}
<p>${t('Svar', 'Answer')}:</p><blockquote><p>${a.text ?? t('(ingen tekst)', '(no text)')}</p></blockquote>
${a.receipts.length > 0 ? html`<p>${t('Nye kvitteringer', 'New receipts')}: ${a.receipts.map((r) => (application.receipts.includes(r) ? `${t('Kvittering', 'Receipt')} ${String(application.receipts.indexOf(r) + 1)}` : t('en ny kvittering', 'a new receipt'))).join(', ')}</p>` : ''}
</div>`,
)}`;
}
