import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import type { DecisionLink } from '../app/ports';
import { caseRef } from '../app/use-cases/common';
import { formatDkkEnglish, isDkk, parseDkk } from '../domain/money';
import {
  benefitName,
  calculation,
  history,
  receipts,
  rejectionPreview,
  reviewSummary,
} from './case-sections';
import { dayOf, type Html, html, kroner, page } from './html';
import { outcomeLabels, roleLabels, statusLabels } from './labels';

/** A "1500.00" amount for English text ("DKK 1,500.00"). */
const english = (dkk: string) => (isDkk(dkk) ? formatDkkEnglish(parseDkk(dkk)) : dkk);

type CaseView = { link: DecisionLink; application: Application; earlier: Application[] };

/** The decision form: approve, reject or (for the first decision) ask the family for information. */
function decisionForm(link: DecisionLink): Html {
  const second = link.purpose === 'second-approval';
  return html`<form method="post">
<input type="hidden" name="formToken" value="${link.formToken}">
<fieldset class="form-group">
<legend class="form-label">Handling <span lang="en">(action)</span></legend>
<div class="form-group-radio"><input type="radio" id="action-approve" name="action" value="approve" class="form-radio" required>
<label for="action-approve" class="form-label">Godkend <span lang="en">(approve)</span></label></div>
<div class="form-group-radio"><input type="radio" id="action-reject" name="action" value="reject" class="form-radio">
<label for="action-reject" class="form-label">Afslå <span lang="en">(reject)</span></label></div>
${
  second
    ? ''
    : html`<div class="form-group-radio"><input type="radio" id="action-request-information" name="action" value="request-information" class="form-radio">
<label for="action-request-information" class="form-label">Bed familien om flere oplysninger <span lang="en">(request information)</span></label></div>`
}
</fieldset>
${
  second
    ? ''
    : html`<div class="form-group"><label for="amount" class="form-label">Beløb ved delvis godkendelse, fx 1500.00 <span lang="en">(amount for a partial approval)</span></label>
<input type="text" id="amount" name="amount" class="form-input" inputmode="decimal" pattern="[0-9]+\\.[0-9]{2}" aria-describedby="amount-hint">
<p id="amount-hint" class="form-hint">Lad feltet stå tomt for at bevilge det beløb, reglerne tillader.</p></div>`
}
<div class="form-group"><label for="reason">Begrundelse (skal udfyldes ved afslag eller spørgsmål) <span lang="en">(reason: required to reject or ask)</span></label>
<textarea id="reason" name="reason" class="form-input" rows="5" cols="60" maxlength="2000"></textarea></div>
<button type="submit" class="button button-primary">Registrér afgørelse <span lang="en">(record decision)</span></button>
</form>`;
}

/** The English summary below the Danish page. */
function englishSummary(deps: Deps, application: Application, second: boolean): Html {
  const decision = application.decision;
  return html`<section lang="en" aria-labelledby="summary-en">
<h2 id="summary-en">Summary in English</h2>
<p>Application for ${benefitName(deps, application).en} (case ${caseRef(application.id)}), status: ${statusLabels[application.status]?.en ?? application.status}.</p>
${
  decision
    ? html`<p>The rules' outcome: ${outcomeLabels[decision.outcome]?.en ?? decision.outcome}. Claimed ${english(decision.claimed)}; payable under the rules ${english(decision.payable)}.</p>
<ul>${decision.reasons.map((r) => html`<li>${r.en} <small>Source: ${r.source}</small></li>`)}</ul>`
    : ''
}
<p>${
    second
      ? 'You are the second approver: approve or reject the caseworker\u2019s grant above. A reason is required to reject.'
      : 'Approve (optionally with a lower amount for a partial approval), reject or ask the family for information. A reason is required to reject or ask.'
  } The decision is recorded once; opening this page changes nothing.</p>
</section>`;
}

/** The caseworker's (or second approver's) page behind an e-mail link. */
export function casePage(deps: Deps, { link, application, earlier }: CaseView): string {
  const name = benefitName(deps, application);
  const decision = application.decision;
  const second = link.purpose === 'second-approval';
  const role = roleLabels[application.applicant.role]?.da ?? application.applicant.role;
  return page(
    `Sag ${caseRef(application.id)}: ${name.da}`,
    html`<h1>Ansøgning om ${name.da}</h1>
<dl>
<dt>Sag</dt><dd>${caseRef(application.id)}</dd>
<dt>Kommune</dt><dd>${application.municipality === 'randers' ? 'Randers' : 'Rudersdal'}</dd>
<dt>Ansøger</dt><dd>${application.applicant.name} (${role})</dd>
<dt>Modtaget</dt><dd>${dayOf(application.submittedAt)}</dd>
<dt>Status</dt><dd>${statusLabels[application.status]?.da ?? application.status}</dd>
${decision ? html`<dt>Reglernes resultat</dt><dd>${outcomeLabels[decision.outcome]?.da ?? decision.outcome}</dd>` : ''}
${decision ? html`<dt>Ansøgt</dt><dd>${kroner(decision.claimed)}</dd><dt>Kan udbetales efter reglerne</dt><dd>${kroner(decision.payable)}</dd>` : ''}
${decision?.deadlines.payoutBy ? html`<dt>Udbetales senest</dt><dd>${decision.deadlines.payoutBy}</dd>` : ''}
${decision ? html`<dt>Retsgrundlag</dt><dd>${decision.legalBasis.da}</dd>` : ''}
</dl>
<h2>Beregning</h2>
${calculation(application)}
<h2>Kvitteringer</h2>
${receipts(application, `/decisions/${link.id}`)}
<h2>Tidligere ansøgninger</h2>
${history(deps, earlier)}
${second ? html`<h2>Sagsbehandlerens afgørelse</h2>${reviewSummary(application)}` : ''}
<h2>Din afgørelse</h2>
${decisionForm(link)}
<h2>Brev ved afslag</h2>
${rejectionPreview(application)}
${englishSummary(deps, application, second)}`,
  );
}
