import { statuses } from '../app/application';
import type { Deps } from '../app/deps';
import { hasRole, type Session, type StaffIdentity } from '../app/identity';
import { CASE_READERS, CASE_WORKERS } from '../app/use-cases/staff-access';
import { takeCase } from '../app/use-cases/take-case';
import { CLOSED, type WorklistFilter, type WorklistRow, worklist } from '../app/use-cases/worklist';
import { caseRef } from '../domain/case-ref';
import { benefitName } from './case-sections';
import { dayOf, type Html, html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse, parseForm } from './http';
import { inLang, type Lang, langOf, pick } from './i18n';
import { statusLabels } from './labels';
import { formFromSession, requireStaff } from './session';
import { alertBox, deadlineLabels, kr, staffPage, waitingLabels } from './staff-labels';
import { notFoundPage } from './status-page';

type T = (da: string, en: string) => string;

/** The filters a GET carries (status, benefit, caseworker); a search comes by POST, so no CPR is ever in an address. */
const filterOf = (fields: Record<string, string | undefined>): WorklistFilter => ({
  status: fields.status ?? '',
  benefit: fields.benefit ?? '',
  assignee: fields.assignee ?? '',
  q: (fields.q ?? '').slice(0, 40),
});

/** The GET query that keeps the filters (for the language link and the forms' hidden fields). */
const filterQuery = (filter: WorklistFilter): Record<string, string> =>
  Object.fromEntries(
    (['status', 'benefit', 'assignee'] as const).map((k) => [k, filter[k] ?? '']).filter(([, v]) => v !== ''),
  );

const option = (value: string, label: string, selected: string | undefined) =>
  html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;

function filters(
  deps: Deps,
  t: T,
  lang: Lang,
  filter: WorklistFilter,
  list: Awaited<ReturnType<typeof worklist>>,
) {
  const benefitLabel = (id: string) => {
    const application = list.rows.find((r) => r.application.benefit === id)?.application;
    return application
      ? pick(lang, benefitName(deps, application))
      : (deps.catalogue.byId.get(id)?.name[lang] ?? id);
  };
  return html`<form method="get" action="/sager" class="worklist-filters" aria-label="${t('Filtre', 'Filters')}">
${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<div class="form-group"><label class="form-label" for="status">Status</label>
<select class="form-select" id="status" name="status">${option('', t('Alle åbne sager', 'All open cases'), filter.status)}${statuses.map((s) => option(s, pick(lang, statusLabels[s]), filter.status))}</select></div>
<div class="form-group"><label class="form-label" for="benefit">${t('Ydelse', 'Benefit')}</label>
<select class="form-select" id="benefit" name="benefit">${option('', t('Alle ydelser', 'All benefits'), filter.benefit)}${list.benefits.map((b) => option(b, benefitLabel(b), filter.benefit))}</select></div>
<div class="form-group"><label class="form-label" for="assignee">${t('Sagsbehandler', 'Caseworker')}</label>
<select class="form-select" id="assignee" name="assignee">${option('', t('Alle', 'Everyone'), filter.assignee)}${option('mine', t('Mine sager', 'My cases'), filter.assignee)}${option('none', t('Ikke taget', 'Not taken'), filter.assignee)}${list.assignees.map((a) => option(a.sub, a.name, filter.assignee))}</select></div>
<button type="submit" class="button button-secondary">${t('Vis', 'Show')}</button>
</form>`;
}

function search(t: T, lang: Lang, session: Session, filter: WorklistFilter) {
  return html`<form method="post" action="${inLang('/sager', lang)}" role="search" class="worklist-search">
<input type="hidden" name="csrf" value="${session.csrf}">
${Object.entries(filterQuery(filter)).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<div class="form-group"><label class="form-label" for="q">${t('Søg på sagsnummer eller barnets CPR-nummer', "Search by case reference or the child's CPR number")}</label>
<p class="form-hint" id="q-hint">${t('Søgningen finder også afsluttede sager.', 'The search also finds closed cases.')}</p>
<input class="form-input input-width-s" id="q" name="q" autocomplete="off" maxlength="40" aria-describedby="q-hint" value="${filter.q ?? ''}"></div>
<button type="submit" class="button button-secondary">${t('Søg', 'Search')}</button>
</form>`;
}

function row(deps: Deps, t: T, lang: Lang, staff: StaffIdentity, session: Session, r: WorklistRow): Html {
  const a = r.application;
  const ref = caseRef(a.id);
  const mine = a.assignee?.sub === staff.sub;
  const take =
    !mine && !CLOSED.includes(a.status) && hasRole(staff, ...CASE_WORKERS)
      ? html`<form method="post" action="${inLang(`/sager/${a.id}/tag`, lang)}" class="take-case">
<input type="hidden" name="csrf" value="${session.csrf}"><button type="submit" class="button button-secondary button-small" aria-label="${t(`Tag sagen ${ref}`, `Take the case ${ref}`)}">${t('Tag sagen', 'Take the case')}</button></form>`
      : '';
  const cell = (title: string, content: unknown, cls = '') =>
    html`<td data-title="${title}"${cls ? html` class="${cls}"` : ''}>${content}</td>`;
  return html`<tr data-ref="${ref}">
${cell(t('Sag', 'Case'), html`<a href="${inLang(`/sager/${a.id}`, lang)}">${ref}</a>`)}
${cell(t('Ydelse', 'Benefit'), pick(lang, benefitName(deps, a)))}
${cell(t('Modtaget', 'Received'), dayOf(lang, a.submittedAt))}
${cell('Status', pick(lang, statusLabels[a.status] ?? { da: a.status, en: a.status }))}
${cell(t('Venter på', 'Waiting for'), pick(lang, waitingLabels[r.waitingFor]))}
${cell(
  t('Frist', 'Deadline'),
  r.deadlines.length === 0
    ? '–'
    : html`<ul class="nobullet-list">${r.deadlines.map((d) => html`<li>${pick(lang, deadlineLabels[d.kind])}: ${dayOf(lang, d.day)}${d.overdue ? html` <strong>${t('(overskredet)', '(overdue)')}</strong>` : ''}</li>`)}</ul>`,
)}
${cell(t('Beløb', 'Amount'), r.amountOre === undefined ? '–' : kr(lang, r.amountOre), 'amount')}
${cell(t('Taget af', 'Taken by'), html`<span class="assignee">${a.assignee ? (mine ? t(`Dig (${a.assignee.name})`, `You (${a.assignee.name})`) : a.assignee.name) : t('Ingen', 'Nobody')}</span>${take}`)}
</tr>`;
}

/** The worklist page for a filter: the count, the rows, or words saying there are none. */
async function worklistResponse(
  deps: Deps,
  req: HttpRequest,
  signedIn: { session: Session; staff: StaffIdentity },
  filter: WorklistFilter,
): Promise<HttpResponse> {
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  const { session, staff } = signedIn;
  const list = await worklist(deps, staff, filter);
  const searched = (filter.q ?? '').trim() !== '';
  const n = list.rows.length;
  const count = n === 1 ? t('1 sag', '1 case') : t(`${n} sager`, `${n} cases`);
  const places = staff.municipalities
    .map((m) => (m === 'randers' ? 'Randers' : 'Rudersdal'))
    .join(t(' og ', ' and '));
  const title = t('Arbejdsliste', 'Worklist');
  const body = html`<h1>${title}</h1>
<p>${t(`Sager i ${places} Kommune, nyeste først.`, `Cases of ${places} Municipality, newest first.`)}</p>
${filters(deps, t, lang, filter, list)}
${search(t, lang, session, filter)}
<p id="case-count" role="status"><strong>${count}</strong>${searched ? t(' fundet ved søgningen', ' found by the search') : ''}</p>
${
  n === 0
    ? alertBox(
        'info',
        searched
          ? t(
              'Ingen sager passer til søgningen. Søg på sagsnummeret (8 tegn, fx 3F9A2C71) eller barnets CPR-nummer (10 cifre).',
              "No case matches the search. Search by the case reference (8 characters, e.g. 3F9A2C71) or the child's CPR number (10 digits).",
            )
          : t('Der er ingen sager, der passer til filtrene.', 'There are no cases matching the filters.'),
        'empty-state',
      )
    : html`<table class="table table--compact table--responsive-headers worklist">
<caption>${t('Sager', 'Cases')}</caption>
<thead><tr><th scope="col">${t('Sag', 'Case')}</th><th scope="col">${t('Ydelse', 'Benefit')}</th><th scope="col">${t('Modtaget', 'Received')}</th><th scope="col">Status</th><th scope="col">${t('Venter på', 'Waiting for')}</th><th scope="col">${t('Frist', 'Deadline')}</th><th scope="col">${t('Beløb', 'Amount')}</th><th scope="col">${t('Taget af', 'Taken by')}</th></tr></thead>
<tbody>
${list.rows.map((r) => row(deps, t, lang, staff, session, r))}
</tbody></table>`
}`;
  return htmlResponse(
    200,
    staffPage(title, body, { lang, session, path: '/sager', query: filterQuery(filter) }),
  );
}

/** GET /sager: the worklist of the signed-in member of staff, filtered by the query. */
export async function worklistPage(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_READERS);
  if ('response' in signedIn) return signedIn.response;
  return worklistResponse(deps, req, signedIn, filterOf(req.query));
}

/** POST /sager: a search (by case reference or the child's CPR), sent in the body so the CPR stays out of addresses. */
export async function worklistSearch(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_READERS);
  if ('response' in signedIn) return signedIn.response;
  const form = parseForm(req.body);
  if (!formFromSession(signedIn.session, form)) return expiredForm(req);
  return worklistResponse(deps, req, signedIn, filterOf(form));
}

/** POST /sager/{id}/tag: the signed-in caseworker takes the case, then sees it. */
export async function takeCasePost(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_WORKERS);
  if ('response' in signedIn) return signedIn.response;
  if (!formFromSession(signedIn.session, parseForm(req.body))) return expiredForm(req);
  const outcome = await takeCase(deps, signedIn.staff, id);
  if (!outcome.ok && outcome.code === 'not-found') return notFoundPage(langOf(req));
  const location = inLang(`/sager/${id}`, langOf(req));
  return { status: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

/** The answer to a signed-in form without the session's anti-forgery value (an old page, or another site). */
export function expiredForm(req: HttpRequest): HttpResponse {
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  return htmlResponse(
    400,
    stafflessMessage(
      lang,
      t('Formularen er udløbet', 'The form has expired'),
      t('Gå tilbage, genindlæs siden og prøv igen.', 'Go back, reload the page and try again.'),
    ),
  );
}

/** A message page without the signed-in header (the session could not be trusted for this form). */
const stafflessMessage = (lang: Lang, title: string, text: string) =>
  page(title, html`<h1>${title}</h1>${alertBox('error', text)}`, { lang });
