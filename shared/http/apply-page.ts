import type { Deps } from '../app/deps';
import type { CitizenIdentity } from '../app/identity';
import { uploadOrigin } from '../app/use-cases/upload-origin';
import type { Catalogue } from '../rules/catalogue';
import type { Benefit } from '../rules/catalogue/schema';
import { fromMitId, signInOffer } from './apply-identity';
import { canApplyFor } from './benefits-page';
import { type Html, html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse } from './http';
import { type Lang, langOf, otherLanguage, pick } from './i18n';
import { roleLabels } from './labels';
import { sessionOf } from './session';
import { notFoundPage } from './status-page';

type T = (da: string, en: string) => string;
type Bilingual = { da: string; en: string };
type Field = {
  field: string;
  label: string;
  type: string;
  attrs?: Html;
  hint?: string | undefined;
  /** A choice instead of free text: a <select> with these options. */
  options?: { value: string; label: string }[];
};

/**
 * One labelled input (or select); `data-field` names the claim's property the script fills from it.
 * The script puts a field's error message (`{id}-error`, DKFDS `form-error-message`) after the
 * hint and names it in `aria-describedby`.
 */
function input(id: string, f: Field): Html {
  const described = f.hint ? html` aria-describedby="${id}-hint"` : '';
  const control = f.options
    ? html`<select class="form-select" id="${id}" name="${id}" data-field="${f.field}"${described}${f.attrs ?? ''}>
${f.options.map((o) => html`<option value="${o.value}">${o.label}</option>`)}
</select>`
    : html`<input class="form-input" id="${id}" name="${id}" type="${f.type}" data-field="${f.field}"${described}${f.attrs ?? ''}>`;
  return html`<div class="form-group">
<label class="form-label" for="${id}">${f.label}</label>
${f.hint ? html`<span class="form-hint" id="${id}-hint">${f.hint}</span>` : ''}
${control}
</div>`;
}

/**
 * The item kinds as people call them. The catalogue names the kinds only by id (a price list's keys,
 * a calculator's kinds); the words are the catalogue's own, from its rate tables' names and its
 * summaries ("Dyne", "Pude", "Madras", "Vådliggerlagen", "Bluse, lange ærmer", "Kræsekost …",
 * "Energiberiget kost", "foreningernes takster", "Pr. ekstra vask"). A test checks every kind in use
 * has a name here.
 */
export const itemKindLabels: Readonly<Record<string, Bilingual>> = {
  // rud-s41-encopresis-bedding (price list)
  duvet: { da: 'Dyne', en: 'Duvet' },
  pillow: { da: 'Pude', en: 'Pillow' },
  mattress: { da: 'Madras', en: 'Mattress' },
  'bedwetting-sheet': { da: 'Vådliggerlagen', en: 'Bed-wetting sheet' },
  // rud-s41-clothing (price list)
  trousers: { da: 'Bukser', en: 'Trousers' },
  'long-sleeve-top': { da: 'Bluse med lange ærmer', en: 'Long-sleeved top' },
  'short-sleeve-top': { da: 'Bluse med korte ærmer', en: 'Short-sleeved top' },
  underpants: { da: 'Underbukser', en: 'Underpants' },
  undershirt: { da: 'Undertrøje', en: 'Undershirt' },
  body: { da: 'Body', en: 'Bodysuit' },
  socks: { da: 'Strømper', en: 'Socks' },
  'summer-jacket': { da: 'Sommerjakke', en: 'Summer jacket' },
  'winter-jacket': { da: 'Vinterjakke', en: 'Winter jacket' },
  // rud-s41-diet (calculator 'diet': quantity in months)
  'cancer-diet': { da: 'Kræsekost til barn med kræft', en: 'Special diet for a child with cancer' },
  'energy-enriched': { da: 'Energiberiget kost', en: 'Energy-enriched food' },
  'association-rate': {
    da: 'Diætkost efter foreningens takst (fx diabetes, cøliaki)',
    en: 'Diet at the association’s rate (e.g. diabetes, coeliac disease)',
  },
  // rud-s41-laundry (calculator 'laundry': quantity in washes)
  'extra-wash': { da: 'Ekstra vask', en: 'Extra wash' },
  // rud-internship-allowance (free-form items; the kind its documentation names)
  'internship-hours': { da: 'Praktiktimer', en: 'Internship hours' },
};

/** Free-form item kinds a benefit's documentation text names (the catalogue prices none of them). */
export const documentedItemKinds: Readonly<Record<string, readonly string[]>> = {
  'rud-internship-allowance': ['internship-hours'],
};

/** The kinds the form offers for a benefit's items: the catalogue's, else the documented ones. */
export function formItemKinds(catalogue: Catalogue, benefit: Benefit): readonly string[] {
  return catalogue.itemKinds(benefit) ?? documentedItemKinds[benefit.id] ?? [];
}

/** What an item's quantity counts, where it is not pieces. */
function quantityHint(benefit: Benefit, t: T): string | undefined {
  if (benefit.amount.kind === 'calculator' && benefit.amount.calculator === 'diet')
    return t('Antal måneder', 'Number of months');
  if (benefit.amount.kind === 'calculator' && benefit.amount.calculator === 'laundry')
    return t('Antal vaske ud over de 12 om ugen', 'Number of washes beyond the 12 a week');
  if (documentedItemKinds[benefit.id]?.includes('internship-hours'))
    return t('Antal timer', 'Number of hours');
  return undefined;
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
function needsFields(benefit: Benefit, catalogue: Catalogue, lang: Lang, t: T): Html[] {
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
            hint: t('Fx 1.799,00', 'For example 1799.00'),
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
          {
            field: 'from',
            label: t('Fra (adresse)', 'From (address)'),
            type: 'text',
            hint: t('Adresserne hører med i kørselsregnskabet.', 'The addresses belong in the trip log.'),
            attrs: html` autocomplete="off"`,
          },
          {
            field: 'to',
            label: t('Til (adresse)', 'To (address)'),
            type: 'text',
            attrs: html` autocomplete="off"`,
          },
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
    const kinds = formItemKinds(catalogue, benefit);
    const named = kinds.map((kind) => ({
      value: kind,
      label: itemKindLabels[kind] ? pick(lang, itemKindLabels[kind]) : kind,
    }));
    // One kind is chosen already; among several the family chooses (no silent first choice).
    const options = named.length > 1 ? [{ value: '', label: t('Vælg', 'Choose') }, ...named] : named;
    parts.push(
      list(
        'items',
        t('Ting', 'Items'),
        [
          kinds.length > 0
            ? { field: 'kind', label: t('Slags', 'Type'), type: 'select', options, attrs: required }
            : {
                field: 'kind',
                label: t('Slags', 'Kind'),
                type: 'text',
                hint: t('Små bogstaver og bindestreger', 'Lower case and hyphens'),
                attrs: required,
              },
          {
            field: 'quantity',
            label: t('Antal', 'Quantity'),
            type: 'number',
            hint: quantityHint(benefit, t),
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

/** Who the child is (for the caseworker, optional) and the child's facts the benefit needs. */
function childFields(benefit: Benefit, t: T): Html {
  const needs = new Set(benefit.needs);
  return html`<fieldset data-child>
<legend class="h3">${t('Barnet', 'The child')}</legend>
${input('child-name', { field: 'name', label: t('Barnets navn', "The child's name"), type: 'text', hint: t('Navn og CPR-nummer kan udelades, men de viser sagsbehandleren, hvilket barn ansøgningen gælder.', 'Name and CPR number may be left out, but they show the caseworker which child the application is for.'), attrs: html` autocomplete="off"` })}
${input('child-cpr', { field: 'cpr', label: t('Barnets CPR-nummer', "The child's CPR number"), type: 'text', hint: t('10 cifre, med eller uden bindestreg', '10 digits, with or without a hyphen'), attrs: html` inputmode="numeric" autocomplete="off"` })}
${input('child-birthDate', { field: 'birthDate', label: t('Fødselsdato', 'Date of birth'), type: 'date', attrs: required })}
${needs.has('weightKg') ? input('child-weightKg', { field: 'weightKg', label: t('Vægt i kg', 'Weight in kg'), type: 'text', attrs: html` inputmode="decimal" data-type="number" required` }) : ''}
${needs.has('schoolGrade') ? input('child-schoolGrade', { field: 'schoolGrade', label: t('Klassetrin', 'School grade'), type: 'number', attrs: html` min="0" max="10" data-type="int" required` }) : ''}
${needs.has('placementStart') ? input('child-placementStart', { field: 'placementStart', label: t('Anbragt fra', 'Placed from'), type: 'date', attrs: required }) : ''}
</fieldset>`;
}

/** The applicant: role, name, e-mail and CPR number (name and CPR from MitID when signed in). */
function applicantFields(benefit: Benefit, lang: Lang, t: T, citizen?: CitizenIdentity): Html {
  const roles = [...new Set([...benefit.applicants.eligible, ...benefit.applicants.assess])];
  return html`<fieldset data-applicant>
<legend class="h3">${t('Dig, der søger', 'You, the applicant')}</legend>
<div class="form-group">
<label class="form-label" for="applicant-role">${t('Du søger som', 'You apply as')}</label>
<select class="form-select" id="applicant-role" data-field="role">
${roles.map((r) => html`<option value="${r}">${roleLabels[r] ? pick(lang, roleLabels[r]) : r}</option>`)}
</select>
</div>
${citizen ? fromMitId(citizen, t) : input('applicant-name', { field: 'name', label: t('Navn', 'Name'), type: 'text', attrs: html` autocomplete="name" required` })}
${input('applicant-email', { field: 'email', label: t('E-mail', 'E-mail'), type: 'email', attrs: html` autocomplete="email" required` })}
${citizen ? '' : input('applicant-cpr', { field: 'cpr', label: t('CPR-nummer', 'CPR number'), type: 'text', hint: t('10 cifre uden bindestreg', '10 digits without a hyphen'), attrs: html` inputmode="numeric" pattern="[0-9]{10}" required` })}
</fieldset>`;
}

/** "10" for 10 MiB, "2,5" (Danish) or "2.5" (English) for a part. */
export function megabytes(bytes: number, lang: Lang): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return lang === 'da' ? String(mb).replace('.', ',') : String(mb);
}

/** GET /ansoeg/{benefitId}: the application form; the script uploads receipts, calculates and submits. */
export async function applyPage(deps: Deps, req: HttpRequest, benefitId: string): Promise<HttpResponse> {
  const lang = langOf(req);
  const benefit = deps.catalogue.byId.get(benefitId);
  if (!benefit || !canApplyFor(benefit)) return notFoundPage(lang);
  const t: T = (da, en) => pick(lang, { da, en });
  const name = pick(lang, benefit.name);
  const title = `${t('Ansøg om', 'Apply for')} ${name}`;
  const maxBytes = deps.settings.maxReceiptBytes;
  const session = await sessionOf(deps, req);
  const citizen = session?.identity.kind === 'citizen' ? session.identity : undefined;
  const path = `/ansoeg/${benefit.id}`;
  const body = html`<h1>${title}</h1>
<p class="font-lead">${pick(lang, benefit.summary)}</p>
<noscript><div class="alert alert-warning"><div class="alert-body"><p class="alert-text">${t(
    'Formularen kræver JavaScript for at uploade kvitteringer og sende ansøgningen.',
    'The form needs JavaScript to upload receipts and send the application.',
  )}</p></div></div></noscript>
${citizen ? '' : signInOffer(path, lang, t)}
<div id="already-sent"></div>
<form id="application" novalidate data-benefit="${benefit.id}" data-municipality="${benefit.municipality}" data-lang="${lang}">
<div id="form-errors"></div>
${applicantFields(benefit, lang, t, citizen)}
${childFields(benefit, t)}
${needsFields(benefit, deps.catalogue, lang, t)}
<fieldset>
<legend class="h3">${t('Kvitteringer', 'Receipts')}</legend>
<div class="form-group">
<label class="form-label" for="receipts">${t('Vælg kvitteringer (PDF eller billede)', 'Choose receipts (PDF or image)')}</label>
<span class="form-hint" id="receipts-hint">${t(
    `PDF, JPEG, PNG, HEIC eller WebP, højst ${megabytes(maxBytes, lang)} MB pr. fil`,
    `PDF, JPEG, PNG, HEIC or WebP, at most ${megabytes(maxBytes, lang)} MB a file`,
  )}</span>
<input class="form-input" type="file" id="receipts" multiple accept="application/pdf,image/jpeg,image/png,image/heic,image/webp,.pdf,.jpg,.jpeg,.png,.heic,.webp" aria-describedby="receipts-hint" data-max-bytes="${maxBytes}">
</div>
<progress id="upload-progress" max="100" value="0" aria-label="${t('Upload af kvitteringer', 'Receipt upload')}" hidden></progress>
<ul id="uploaded" class="nobullet-list" aria-live="polite"></ul>
</fieldset>
<section class="calculation" aria-labelledby="calc-heading">
<h2 id="calc-heading" class="h3">${t('Foreløbig beregning', 'Preliminary calculation')}</h2>
<div id="calculation" aria-live="polite"><p>${t('Udfyld formularen for at se, hvad reglerne giver.', 'Fill in the form to see what the rules allow.')}</p></div>
</section>
<button type="submit" class="button button-primary">${t('Send ansøgning', 'Send application')}</button>
</form>`;
  const response = htmlResponse(
    200,
    page(title, body, {
      lang,
      switchTo: otherLanguage(path, lang),
      scripts: ['/assets/app/apply.js'],
      ...(session ? { user: { name: session.identity.name, csrf: session.csrf } } : {}),
    }),
  );
  return allowUploads(deps, response);
}

/** The receipts go straight to the bucket, another origin: only the pages that upload may connect to it. */
export async function allowUploads(deps: Deps, response: HttpResponse): Promise<HttpResponse> {
  response.headers['content-security-policy'] =
    `default-src 'self'; connect-src 'self' ${await uploadOrigin(deps)}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
  return response;
}
