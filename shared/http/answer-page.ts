import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import type { DecisionLink } from '../app/ports';
import { caseRef } from '../app/use-cases/common';
import { benefitName } from './case-sections';
import { html, page } from './html';

/**
 * The family's page behind a request for information or receipts: the caseworker's question, a
 * text answer and the upload ids of receipts sent with POST /api/uploads. No personal data shown.
 */
export function answerPage(deps: Deps, link: DecisionLink, application: Application): string {
  const name = benefitName(deps, application);
  const receiptsOnly = link.purpose === 'receipts';
  const question = receiptsOnly ? undefined : application.review?.reason;
  const title = receiptsOnly ? 'Send kvitteringer til din ansøgning' : 'Svar på kommunens spørgsmål';
  return page(
    title,
    html`<h1>${title}</h1>
<p>Sag ${caseRef(application.id)}: ansøgning om ${name.da}.</p>
${
  receiptsOnly
    ? html`<p>Der mangler kvitteringer til din ansøgning.</p>`
    : html`<h2>Spørgsmål fra sagsbehandleren</h2><blockquote><p>${question ?? 'Kommunen har brug for flere oplysninger.'}</p></blockquote>`
}
<form method="post">
<input type="hidden" name="formToken" value="${link.formToken}">
<div class="form-group"><label for="text">Dit svar <span lang="en">(your answer)</span></label>
<textarea id="text" name="text" class="form-input" rows="6" cols="60" maxlength="4000"></textarea></div>
<div class="form-group"><label for="receipts">Kvitteringer: upload-id'er adskilt af komma <span lang="en">(receipts: upload ids, comma-separated)</span></label>
<input type="text" id="receipts" name="receipts" class="form-input" aria-describedby="receipts-hint">
<p id="receipts-hint" class="form-hint">Hver kvittering uploades først; du får et upload-id for hver fil.</p></div>
<button type="submit" class="button button-primary">Send svar <span lang="en">(send answer)</span></button>
</form>
<section lang="en" aria-labelledby="summary-en">
<h2 id="summary-en">In English</h2>
<p>Case ${caseRef(application.id)}: application for ${name.en}. ${
      receiptsOnly
        ? 'Receipts are missing from your application: add their upload ids above.'
        : 'The caseworker has asked the question above: write your answer and, if you have them, add receipts.'
    } You can answer once through this link.</p>
</section>`,
  );
}
