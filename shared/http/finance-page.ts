import type { Deps } from '../app/deps';
import { dayOf, html, money, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse } from './http';
import { langOf, otherLanguage, pick } from './i18n';

/** A batch as GET /api/payout-batches lists it (shared/http/api.ts `payoutBatches`), read defensively. */
type Batch = {
  id?: unknown;
  scheduledAt?: unknown;
  /** The day the bank pays, "2026-11-23". */
  payoutDate?: unknown;
  count?: unknown;
  /** The total in DKK, "1500.00". */
  sum?: unknown;
  files?: { name?: string; url?: string; format?: string }[];
};

/** Only links to http(s) or this site; anything else is no link. */
const safeUrl = (value: unknown) => (/^(https?:\/\/|\/[^/])/.test(text(value)) ? text(value) : undefined);
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
/** The batch's payout day; the Copenhagen day of its scheduled time when it has none. */
const dateOf = (b: Batch) => dayOf(text(b.payoutDate) || text(b.scheduledAt));

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
<thead><tr><th scope="col">${t('Kørsel', 'Batch')}</th><th scope="col">${t('Udbetalingsdato', 'Payout date')}</th><th scope="col">${t('Antal', 'Count')}</th><th scope="col" class="align-text-right">${t('I alt', 'Total')}</th><th scope="col">${t('Filer', 'Files')}</th></tr></thead>
<tbody>
${list.map(
  (
    b,
  ) => html`<tr><td>${text(b.id)}</td><td>${dateOf(b)}</td><td>${text(b.count)}</td><td class="align-text-right amount">${money(lang, text(b.sum))}</td>
<td><ul class="nobullet-list">${(b.files ?? []).map((f) =>
    safeUrl(f.url)
      ? html`<li><a href="${safeUrl(f.url)}" download>${text(f.name)}${f.format ? ` (${text(f.format)})` : ''}</a></li>`
      : html`<li>${text(f.name)}</li>`,
  )}</ul></td></tr>`,
)}
</tbody></table></div>`
}`;
  return htmlResponse(
    answer.status === 200 ? 200 : answer.status,
    page(title, body, { lang, switchTo: otherLanguage('/finance', lang) }),
  );
}
