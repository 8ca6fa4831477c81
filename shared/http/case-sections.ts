import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import { letter } from '../app/letters';
import { formatKroner } from '../domain/money';
import { dayOf, type Html, html, kroner } from './html';
import { actionLabels, statusLabels, unitLabels } from './labels';

/** A benefit's name from the stored decision or the catalogue; its id when neither knows it. */
export function benefitName(deps: Deps, application: Application): { da: string; en: string } {
  return (
    application.decision?.benefit.name ??
    deps.catalogue.byId.get(application.benefit)?.name ?? { da: application.benefit, en: application.benefit }
  );
}

/** The rules' calculation, one row per line, with the totals. */
export function calculation(application: Application): Html {
  const decision = application.decision;
  if (!decision) return html`<p>Reglerne har endnu ikke vurderet ansøgningen.</p>`;
  return html`<div class="table--responsive-scroll"><table class="table table--compact">
<caption>Beregning efter reglerne</caption>
<thead><tr><th scope="col">Beskrivelse</th><th scope="col">Dato</th><th scope="col">Antal</th><th scope="col">Ansøgt</th><th scope="col">Kan udbetales</th><th scope="col">Regel</th></tr></thead>
<tbody>
${decision.lines.map(
  (
    line,
  ) => html`<tr><td>${line.description}</td><td>${line.date ?? ''}</td><td>${line.quantity} ${unitLabels[line.unit] ?? line.unit}${line.payableQuantity !== undefined ? ` (betalt: ${line.payableQuantity})` : ''}</td><td>${kroner(line.claimed)}</td><td>${kroner(line.payable)}</td><td><code>${line.rule}</code></td></tr>
`,
)}</tbody>
<tfoot><tr><th scope="row" colspan="3">I alt</th><td>${kroner(decision.claimed)}</td><td>${kroner(decision.payable)}</td><td></td></tr></tfoot>
</table></div>
<h3>Begrundelser</h3>
${
  decision.reasons.length > 0
    ? html`<ul>${decision.reasons.map((r) => html`<li>${r.da} <small>Kilde: ${r.source}</small></li>`)}</ul>`
    : html`<p>Ingen bemærkninger.</p>`
}`;
}

/** The child's earlier applications (at most ten): date, benefit and status. */
export function history(deps: Deps, earlier: Application[]): Html {
  if (earlier.length === 0) return html`<p>Ingen tidligere ansøgninger for barnet.</p>`;
  return html`<div class="table--responsive-scroll"><table class="table table--compact">
<caption>Tidligere ansøgninger for barnet</caption>
<thead><tr><th scope="col">Dato</th><th scope="col">Ydelse</th><th scope="col">Status</th></tr></thead>
<tbody>
${earlier.map(
  (a) =>
    html`<tr><td>${dayOf(a.submittedAt)}</td><td>${benefitName(deps, a).da}</td><td>${statusLabels[a.status]?.da ?? a.status}</td></tr>
`,
)}</tbody>
</table></div>`;
}

/** The receipts, each opened in the page through the case's own link (`base` is /decisions/{id}). */
export function receipts(application: Application, base: string): Html {
  if (application.receipts.length === 0) return html`<p>Ingen kvitteringer vedhæftet.</p>`;
  return html`<ul>${application.receipts.map(
    (id, n) =>
      html`<li><a href="${`${base}/receipts/${id}`}" target="_blank" rel="noopener">Kvittering ${String(n + 1)}</a> <code>${id}</code></li>`,
  )}</ul>`;
}

/** The caseworker's decision, as the second approver sees it. */
export function reviewSummary(application: Application): Html {
  const review = application.review;
  if (!review) return html`<p>Sagsbehandleren har ikke truffet afgørelse.</p>`;
  return html`<dl>
<dt>Handling</dt><dd>${actionLabels[review.action].da}</dd>
${review.grantedOre !== undefined ? html`<dt>Bevilget beløb</dt><dd>${formatKroner(review.grantedOre)}</dd>` : ''}
${review.reason ? html`<dt>Begrundelse</dt><dd>${review.reason}</dd>` : ''}
<dt>Dato</dt><dd>${dayOf(review.decidedAt)}</dd>
</dl>`;
}

/** The letter the family would get if the case is rejected, Danish then English, as plain paragraphs. */
export function rejectionPreview(application: Application): Html {
  const mail = letter('rejection', application);
  const [da = '', en = ''] = mail.text.split('— English —');
  const paragraphs = (text: string) =>
    text
      .split('\n\n')
      .filter((p) => p.trim() !== '')
      .map((p) => html`<p>${p.trim()}</p>`);
  return html`<details>
<summary>Forhåndsvisning af afslagsbrevet til familien</summary>
<p><strong>${mail.subject}</strong></p>
${paragraphs(da)}
<div lang="en">${paragraphs(en)}</div>
</details>`;
}
