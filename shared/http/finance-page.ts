import type { Deps } from '../app/deps';
import { formatKroner, isDkk, parseDkk } from '../domain/money';
import { html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse } from './http';
import { langOf, otherLanguage, pick } from './i18n';

type Batch = Record<string, unknown> & { files?: { name?: string; url?: string; format?: string }[] };

/** Only links to http(s) or this site; anything else is no link. */
const safeUrl = (value: unknown) => (/^(https?:\/\/|\/[^/])/.test(text(value)) ? text(value) : undefined);
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
/** "1500.00" as "1.500,00 kr."; other values as given. */
const amount = (value: unknown) => {
  const s = text(value);
  return isDkk(s) ? formatKroner(parseDkk(s)) : s;
};

/**
 * GET /finance: the payout batches as GET /api/payout-batches returns them (through the router, so
 * the same guard applies), with totals the Danish way and links to the files.
 */
export async function financePage(
  deps: Deps,
  req: HttpRequest,
  batches: (deps: Deps, req: HttpRequest) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  const lang = langOf(req);
  const t = (da: string, en: string) => pick(lang, { da, en });
  const answer = await batches(deps, { ...req, path: '/api/payout-batches', query: {} });
  const list: Batch[] =
    answer.status === 200 ? ((JSON.parse(answer.body) as { batches?: Batch[] }).batches ?? []) : [];
  const title = t('Udbetalinger', 'Payouts');
  const body = html`<h1>${title}</h1>
${
  list.length === 0
    ? html`<div class="alert alert-info"><div class="alert-body"><p class="alert-text">${t('Der er ingen udbetalingskørsler endnu.', 'There are no payout runs yet.')}</p></div></div>`
    : html`<div class="table--responsive-scroll"><table class="table table--zebra">
<caption>${t('Udbetalingskørsler', 'Payout batches')}</caption>
<thead><tr><th scope="col">${t('Kørsel', 'Batch')}</th><th scope="col">${t('Dato', 'Date')}</th><th scope="col">${t('Antal', 'Count')}</th><th scope="col" class="align-text-right">${t('I alt', 'Total')}</th><th scope="col">${t('Filer', 'Files')}</th></tr></thead>
<tbody>
${list.map(
  (
    b,
  ) => html`<tr><td>${text(b.batchId ?? b.id)}</td><td>${text(b.runDate ?? b.date ?? b.createdAt)}</td><td>${text(b.count ?? b.payments)}</td><td class="align-text-right">${amount(b.total ?? b.totalAmount)}</td>
<td>${(b.files ?? []).map((f) =>
    safeUrl(f.url)
      ? html`<a href="${safeUrl(f.url)}" download>${text(f.name)}${f.format ? ` (${text(f.format)})` : ''}</a> `
      : html`${text(f.name)} `,
  )}</td></tr>`,
)}
</tbody></table></div>`
}`;
  return htmlResponse(
    answer.status === 200 ? 200 : answer.status,
    page(title, body, { lang, switchTo: otherLanguage('/finance', lang) }),
  );
}
