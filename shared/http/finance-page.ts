import type { Deps } from '../app/deps';
import type { Session } from '../app/identity';
import {
  type BatchStatus,
  type BatchSummary,
  listPayoutBatches,
  readPayoutBatch,
} from '../app/use-cases/payout-batches';
import { releasePayoutBatch } from '../app/use-cases/payout-release';
import { formatMoney } from '../domain/money';
import { dayOf, type Html, html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse, parseForm } from './http';
import { type Lang, langOf, otherLanguage, pick } from './i18n';
import { outcomeOf } from './outcomes';
import { formFromSession, requireStaff, staffLabel } from './session';

const kr = formatMoney;

const STATUS: Record<BatchStatus, { da: string; en: string }> = {
  ready: { da: 'Klar', en: 'Ready' },
  released: { da: 'Frigivet, venter på godkendelse', en: 'Released, awaiting confirmation' },
  sent: { da: 'Sendt', en: 'Sent' },
  'partly-rejected': { da: 'Delvist afvist', en: 'Partly rejected' },
  settled: { da: 'Afregnet', en: 'Settled' },
};

const LINE_STATE = {
  'in-batch': { da: 'I kørslen', en: 'In the batch' },
  accepted: { da: 'Accepteret, udbetales på datoen', en: 'Accepted, paid on the date' },
  executed: { da: 'Udbetalt', en: 'Paid' },
  rejected: { da: 'Afvist, venter på rettelse', en: 'Rejected, awaiting correction' },
  corrected: { da: 'Afvist, rettet til en senere kørsel', en: 'Rejected, corrected into a later run' },
} as const;

const inLang = (path: string, lang: Lang) => (lang === 'en' ? `${path}?lang=en` : path);
const batchPath = (id: string) => `/finance/batches/${encodeURIComponent(id)}`;

/** The files of a batch: links to save them once both eyes released it, else only their names. */
function files(lang: Lang, b: BatchSummary): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  // Each file with its own totals: the bank files carry the supplements, the payroll export the taxable pay.
  const totals = (format: string) => {
    if (format === 'manifest') return '';
    const { count, sumOre } = format === 'payroll-csv' ? (b.payroll ?? { count: 0, sumOre: 0 }) : b;
    return `, ${count} ${t('linjer', 'lines')}, ${kr(lang, sumOre)}`;
  };
  return html`<ul class="nobullet-list">${b.files.map((f) =>
    f.url
      ? html`<li><a href="${f.url}" download="${f.name}">${f.name}</a> (${f.format}${totals(f.format)})</li>`
      : html`<li>${f.name} (${f.format}${totals(f.format)})</li>`,
  )}</ul>`;
}

/** GET /finance: the batches with status, payout day, count, total, per municipality, and files. */
export async function financePage(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, 'finance');
  if ('response' in signedIn) return signedIn.response;
  const lang = langOf(req);
  const t = (da: string, en: string) => pick(lang, { da, en });
  const list = await listPayoutBatches(deps);
  const title = t('Udbetalinger', 'Payouts');
  const body = html`<h1>${title}</h1>
${
  list.length === 0
    ? html`<div class="alert alert-info"><div class="alert-body"><p class="alert-text">${t('Der er ingen udbetalingskørsler endnu.', 'There are no payout runs yet.')}</p></div></div>`
    : html`<div class="table--responsive-scroll"><table class="table table--zebra">
<caption>${t('Udbetalingskørsler', 'Payout batches')}</caption>
<thead><tr><th scope="col">${t('Kørsel', 'Batch')}</th><th scope="col">${t('Udbetalingsdato', 'Payout date')}</th><th scope="col">${t('Antal', 'Count')}</th><th scope="col" class="align-text-right">${t('I alt', 'Total')}</th><th scope="col">${t('Filer', 'Files')}</th><th scope="col">${t('Status', 'Status')}</th><th scope="col">${t('Pr. kommune', 'Per municipality')}</th></tr></thead>
<tbody>
${list.map(
  (
    b,
  ) => html`<tr data-batch="${b.id}"><td><a href="${inLang(batchPath(b.id), lang)}">${b.id}</a></td><td>${dayOf(lang, b.payoutDate)}</td><td>${b.count}</td><td class="align-text-right amount">${kr(lang, b.sumOre)}</td>
<td>${files(lang, b)}</td><td data-status="${b.status}">${pick(lang, STATUS[b.status])}</td>
<td><ul class="nobullet-list">${b.groups.map((g) => html`<li>${g.municipality}: ${g.count}, ${kr(lang, g.sumOre)}</li>`)}</ul></td></tr>`,
)}
</tbody></table></div>`
}`;
  return htmlResponse(
    200,
    page(title, body, { lang, switchTo: otherLanguage('/finance', lang), user: userOf(signedIn.session) }),
  );
}

/** The form of one of the four eyes: the signed-in person is who does it; the form carries the session's token. */
function eyesForm(
  lang: Lang,
  id: string,
  step: 'release' | 'confirm',
  label: string,
  button: string,
  csrf: string,
): Html {
  return html`<form method="post" action="${inLang(`${batchPath(id)}/${step}`, lang)}">
<p>${label}</p>
<input type="hidden" name="csrf" value="${csrf}">
<button type="submit" class="button button-primary" id="${step}-button">${button}</button></form>`;
}

const userOf = (session: Session) => ({ name: session.identity.name, csrf: session.csrf });

/**
 * The posting as finance reads it: the function account, and the benefit by name (the file for the
 * finance system carries the account with the benefit's id; a page names it in words).
 */
function postingInWords(deps: Deps, line: { posting: string; benefit: string }, lang: Lang): string {
  const account = line.posting.split('/')[0] ?? line.posting;
  // Optional: the payout tests compose finance without the rules catalogue.
  const name = deps.catalogue?.benefits.find((b) => b.id === line.benefit)?.name;
  return name ? `${account}, ${pick(lang, name)}` : account;
}

/** GET /finance/batches/{id}: the batch's lines, files, the four eyes and the bank's answer. */
export async function batchPage(
  deps: Deps,
  req: HttpRequest,
  id: string,
  notice?: { ok: boolean; text: string },
): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, 'finance');
  if ('response' in signedIn) return signedIn.response;
  const { session } = signedIn;
  const lang = langOf(req);
  const t = (da: string, en: string) => pick(lang, { da, en });
  const detail = await readPayoutBatch(deps, id);
  if (!detail) {
    const title = t('Kørslen findes ikke', 'The batch does not exist');
    return htmlResponse(404, page(title, html`<h1>${title}</h1>`, { lang }));
  }
  const { batch: b, lines } = detail;
  const title = t(`Betalingskørsel ${b.id}`, `Payout batch ${b.id}`);
  const release = b.release;
  const body = html`<h1>${title}</h1>
${notice ? html`<div class="alert alert-${notice.ok ? 'success' : 'error'}" role="${notice.ok ? 'status' : 'alert'}"><div class="alert-body"><p class="alert-text">${notice.text}</p></div></div>` : ''}
<dl>
<dt>${t('Status', 'Status')}</dt><dd id="batch-status" data-status="${b.status}">${pick(lang, STATUS[b.status])}</dd>
<dt>${t('Udbetalingsdato', 'Payout date')}</dt><dd>${dayOf(lang, b.payoutDate)}</dd>
<dt>${t('Antal og i alt', 'Count and total')}</dt><dd>${b.count}, ${kr(lang, b.sumOre)}</dd>
${b.groups.map((g) => html`<dt>${g.municipality}</dt><dd>${g.count}, ${kr(lang, g.sumOre)}</dd>`)}
${release ? html`<dt>${t('Frigivet af', 'Released by')}</dt><dd id="released-by">${release.releasedBy}</dd>` : ''}
${release?.confirmedBy ? html`<dt>${t('Godkendt af', 'Confirmed by')}</dt><dd id="confirmed-by">${release.confirmedBy}</dd>` : ''}
</dl>
<h2>${t('Filer', 'Files')}</h2>
${files(lang, b)}
${
  !release
    ? eyesForm(
        lang,
        b.id,
        'release',
        t(
          `Du frigiver kørslen til banken som ${session.identity.name}. En anden skal derefter godkende den.`,
          `You release the batch for the bank as ${session.identity.name}. Someone else must then confirm it.`,
        ),
        t('Frigiv', 'Release'),
        session.csrf,
      )
    : !release.confirmedBy
      ? eyesForm(
          lang,
          b.id,
          'confirm',
          t(
            `Du godkender frigivelsen som ${session.identity.name}; det skal være en anden end den, der frigav.`,
            `You confirm the release as ${session.identity.name}; it must be someone other than who released it.`,
          ),
          t('Godkend', 'Confirm'),
          session.csrf,
        )
      : html`<h2>${t('Bankens svar (pain.002)', "The bank's answer (pain.002)")}</h2>
<form id="status-report" data-action="/api/payout-batches/${b.id}/status-report">
<div class="form-group"><label class="form-label" for="report-file">${t('Statusrapport fra banken (pain.002.001.03, XML)', "The bank's status report (pain.002.001.03, XML)")}</label>
<input class="form-file-input" type="file" id="report-file" name="report" accept=".xml,application/xml,text/xml"></div>
<button type="submit" class="button button-primary">${t('Indlæs', 'Upload')}</button>
<p id="report-result" role="status"></p></form>`
}
<h2>${t('Linjer', 'Lines')}</h2>
<div class="table--responsive-scroll"><table class="table table--zebra" id="lines">
<thead><tr><th scope="col">${t('Sag', 'Case')}</th><th scope="col">CPR</th><th scope="col" class="align-text-right">${t('Beløb', 'Amount')}</th><th scope="col">${t('Forfald', 'Due date')}</th><th scope="col">${t('Kontering', 'Posting reference')}</th><th scope="col">${t('Status', 'Status')}</th></tr></thead>
<tbody>
${lines.map(
  (l) =>
    html`<tr data-state="${l.state}"><td>${l.caseRef}</td><td>${l.cprMasked}</td><td class="align-text-right">${kr(lang, l.amountOre)}</td><td>${dayOf(lang, l.dueDate)}</td><td>${postingInWords(deps, l, lang)}</td><td>${l.taxable ? t('Løn (skattepligtig): lønsystemet', 'Pay (taxable): payroll') : pick(lang, LINE_STATE[l.state])}${l.reason ? html`<br><small>${l.reason}</small>` : ''}</td></tr>`,
)}
</tbody></table></div>
<p><a href="${inLang('/finance', lang)}">${t('Alle kørsler', 'All batches')}</a></p>`;
  return htmlResponse(
    notice && !notice.ok ? 400 : 200,
    page(title, body, {
      lang,
      switchTo: otherLanguage(batchPath(b.id), lang),
      scripts: ['/assets/app/finance.js'],
      user: userOf(session),
    }),
  );
}

/** POST /finance/batches/{id}/release and …/confirm: one of the four eyes, then the batch page. */
export const releaseStep =
  (step: 'release' | 'confirm') =>
  async (deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> => {
    const signedIn = await requireStaff(deps, req, 'finance');
    if ('response' in signedIn) return signedIn.response;
    const lang = langOf(req);
    const form = parseForm(req.body);
    if (!formFromSession(signedIn.session, form)) {
      const text = pick(lang, {
        da: 'Formularen var forældet. Prøv igen.',
        en: 'The form had expired. Please try again.',
      });
      return batchPage(deps, req, id, { ok: false, text });
    }
    const by = staffLabel(signedIn.staff);
    // Without payouts the use case finds no batch, and the batch page says so (404).
    const outcome = await releasePayoutBatch(deps, step, id, by);
    const text = outcome.ok
      ? step === 'release'
        ? pick(lang, {
            da: 'Kørslen er frigivet. En anden skal godkende den.',
            en: 'The batch is released. Someone else must confirm it.',
          })
        : pick(lang, {
            da: 'Frigivelsen er godkendt. Filerne kan hentes til banken.',
            en: 'The release is confirmed. The files can be fetched for the bank.',
          })
      : pick(lang, outcomeOf(outcome).words);
    return batchPage(deps, req, id, { ok: outcome.ok, text });
  };
