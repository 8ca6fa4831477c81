import type { Deps } from '../app/deps';
import type { Benefit } from '../rules/catalogue/schema';
import { type Html, html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse } from './http';
import { type Lang, langOf, otherLanguage, pick } from './i18n';
import { roleLabels } from './labels';
import { notFoundPage } from './status-page';

type T = (da: string, en: string) => string;
type Field = { field: string; label: string; type: string; attrs?: Html; hint?: string };

/** One labelled input; `data-field` names the claim's property the script fills from it. */
function input(id: string, f: Field): Html {
  return html`<div class="form-group">
<label class="form-label" for="${id}">${f.label}</label>
${f.hint ? html`<span class="form-hint" id="${id}-hint">${f.hint}</span>` : ''}
<input class="form-input" id="${id}" name="${id}" type="${f.type}" data-field="${f.field}"${f.hint ? html` aria-describedby="${id}-hint"` : ''}${f.attrs ?? ''}>
</div>`;
}

/** A list of rows (expenses, trips, …): the first row, and a button the script uses to add more. */
function list(name: string, legend: string, fields: Field[], t: T): Html {
  return html`<fieldset class="claim-list" data-list="${name}">
<legend class="h3">${legend}</legend>
<div class="claim-row" data-row>
${fields.map((f) => input(`${name}-0-${f.field}`, f))}
</div>
<button type="button" class="button button-secondary js-only" data-add-row>${t('Tilføj en linje mere', 'Add another line')}</button>
</fieldset>`;
}

const required = html` required`;

/** The claim's parts the benefit needs, as fieldsets. */
function needsFields(benefit: Benefit, t: T): Html[] {
  const parts: Html[] = [];
  const needs = new Set(benefit.needs);
  if (needs.has('expenses'))
    parts.push(
      list(
        'expenses',
        t('Udgifter', 'Expenses'),
        [
          { field: 'date', label: t('Dato for købet', 'Date of purchase'), type: 'date', attrs: required },
          {
            field: 'amount',
            label: t('Beløb i kr.', 'Amount in DKK'),
            type: 'text',
            hint: t('Fx 1799,00', 'For example 1799.00'),
            attrs: html` inputmode="decimal" data-type="dkk" required`,
          },
          {
            field: 'description',
            label: t('Hvad er købt', 'What was bought'),
            type: 'text',
            attrs: required,
          },
        ],
        t,
      ),
    );
  if (needs.has('trips'))
    parts.push(
      list(
        'trips',
        t('Kørsel', 'Trips'),
        [
          { field: 'date', label: t('Dato', 'Date'), type: 'date', attrs: required },
          {
            field: 'km',
            label: t('Kilometer', 'Kilometres'),
            type: 'text',
            attrs: html` inputmode="decimal" data-type="number" required`,
          },
          { field: 'purpose', label: t('Formål', 'Purpose'), type: 'text', attrs: required },
        ],
        t,
      ),
    );
  if (needs.has('stays'))
    parts.push(
      list(
        'stays',
        t('Ophold', 'Stays'),
        [
          {
            field: 'from',
            label: t('Fra', 'From'),
            type: 'datetime-local',
            attrs: html` data-type="instant" required`,
          },
          {
            field: 'to',
            label: t('Til', 'To'),
            type: 'datetime-local',
            attrs: html` data-type="instant" required`,
          },
        ],
        t,
      ),
    );
  if (needs.has('items')) {
    const kinds = benefit.amount.kind === 'price-list' ? Object.keys(benefit.amount.prices) : [];
    parts.push(
      list(
        'items',
        t('Ting', 'Items'),
        [
          {
            field: 'kind',
            label: t('Slags', 'Kind'),
            type: 'text',
            hint: kinds.length > 0 ? `${t('En af', 'One of')}: ${kinds.join(', ')}` : undefined,
            attrs: html` required${kinds[0] ? html` value="${kinds[0]}"` : ''}`,
          },
          {
            field: 'quantity',
            label: t('Antal', 'Quantity'),
            type: 'number',
            attrs: html` min="1" data-type="int" required`,
          },
          {
            field: 'amount',
            label: t('Beløb i kr.', 'Amount in DKK'),
            type: 'text',
            attrs: html` inputmode="decimal" data-type="dkk"`,
          },
        ],
        t,
      ),
    );
  }
  return parts;
}

/** The child's facts the benefit needs. */
function childFields(benefit: Benefit, t: T): Html {
  const needs = new Set(benefit.needs);
  return html`<fieldset data-child>
<legend class="h3">${t('Barnet', 'The child')}</legend>
${input('child-birthDate', { field: 'birthDate', label: t('Fødselsdato', 'Date of birth'), type: 'date', attrs: required })}
${needs.has('weightKg') ? input('child-weightKg', { field: 'weightKg', label: t('Vægt i kg', 'Weight in kg'), type: 'text', attrs: html` inputmode="decimal" data-type="number" required` }) : ''}
${needs.has('schoolGrade') ? input('child-schoolGrade', { field: 'schoolGrade', label: t('Klassetrin', 'School grade'), type: 'number', attrs: html` min="0" max="10" data-type="int" required` }) : ''}
${needs.has('placementStart') ? input('child-placementStart', { field: 'placementStart', label: t('Anbragt fra', 'Placed from'), type: 'date', attrs: required }) : ''}
</fieldset>`;
}

/** The applicant: role, name, e-mail and CPR number. */
function applicantFields(benefit: Benefit, lang: Lang, t: T): Html {
  const roles = [...new Set([...benefit.applicants.eligible, ...benefit.applicants.assess])];
  return html`<fieldset data-applicant>
<legend class="h3">${t('Dig, der søger', 'You, the applicant')}</legend>
<div class="form-group">
<label class="form-label" for="applicant-role">${t('Du søger som', 'You apply as')}</label>
<select class="form-select" id="applicant-role" data-field="role">
${roles.map((r) => html`<option value="${r}">${roleLabels[r] ? pick(lang, roleLabels[r]) : r}</option>`)}
</select>
</div>
${input('applicant-name', { field: 'name', label: t('Navn', 'Name'), type: 'text', attrs: html` autocomplete="name" required` })}
${input('applicant-email', { field: 'email', label: t('E-mail', 'E-mail'), type: 'email', attrs: html` autocomplete="email" required` })}
${input('applicant-cpr', { field: 'cpr', label: t('CPR-nummer', 'CPR number'), type: 'text', hint: t('10 cifre uden bindestreg', '10 digits without a hyphen'), attrs: html` inputmode="numeric" pattern="[0-9]{10}" required` })}
</fieldset>`;
}

/** GET /ansoeg/{benefitId}: the application form; the script uploads receipts, calculates and submits. */
export async function applyPage(deps: Deps, req: HttpRequest, benefitId: string): Promise<HttpResponse> {
  const lang = langOf(req);
  const benefit = deps.catalogue.byId.get(benefitId);
  if (!benefit || benefit.amount.kind === 'not-payable') return notFoundPage(lang);
  const t: T = (da, en) => pick(lang, { da, en });
  const name = pick(lang, benefit.name);
  const title = `${t('Ansøg om', 'Apply for')} ${name}`;
  const body = html`<h1>${title}</h1>
<p class="font-lead">${pick(lang, benefit.summary)}</p>
<noscript><div class="alert alert-warning"><div class="alert-body"><p class="alert-text">${t(
    'Formularen kræver JavaScript for at uploade kvitteringer og sende ansøgningen.',
    'The form needs JavaScript to upload receipts and send the application.',
  )}</p></div></div></noscript>
<form id="application" novalidate data-benefit="${benefit.id}" data-municipality="${benefit.municipality}" data-lang="${lang}">
${applicantFields(benefit, lang, t)}
${childFields(benefit, t)}
${needsFields(benefit, t)}
<fieldset>
<legend class="h3">${t('Kvitteringer', 'Receipts')}</legend>
<div class="form-group">
<label class="form-label" for="receipts">${t('Vælg kvitteringer (PDF eller billede)', 'Choose receipts (PDF or image)')}</label>
<input class="form-input" type="file" id="receipts" multiple accept="application/pdf,image/jpeg,image/png,image/heic,image/webp">
</div>
<progress id="upload-progress" max="100" value="0" aria-label="${t('Upload af kvitteringer', 'Receipt upload')}" hidden></progress>
<ul id="uploaded" class="nobullet-list" aria-live="polite"></ul>
</fieldset>
<section class="calculation" aria-labelledby="calc-heading">
<h2 id="calc-heading" class="h3">${t('Foreløbig beregning', 'Preliminary calculation')}</h2>
<div id="calculation" aria-live="polite"><p>${t('Udfyld formularen for at se, hvad reglerne giver.', 'Fill in the form to see what the rules allow.')}</p></div>
</section>
<div id="form-errors" role="alert"></div>
<button type="submit" class="button button-primary">${t('Send ansøgning', 'Send application')}</button>
</form>`;
  const response = htmlResponse(
    200,
    page(title, body, {
      lang,
      switchTo: otherLanguage(`/ansoeg/${benefit.id}`, lang),
      scripts: ['/assets/app/upload.js', '/assets/app/apply.js'],
    }),
  );
  return allowUploads(deps, response);
}

/**
 * The receipts go straight to the bucket, another origin: only the pages that upload may connect
 * to it. Presigning only signs (no request), so it is the cheapest true answer to "which origin".
 */
export async function allowUploads(deps: Deps, response: HttpResponse): Promise<HttpResponse> {
  const probe = await deps.receipts.presignUpload('uploads/csp-origin', 'application/pdf', 1);
  response.headers['content-security-policy'] =
    `default-src 'self'; connect-src 'self' ${new URL(probe.url).origin}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
  return response;
}
