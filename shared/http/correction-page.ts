import type { Deps } from '../app/deps';
import type { PayoutEntry } from '../app/ports';
import { BY_MAX, NOTE_MAX } from '../app/use-cases/correction-form';
import { openCorrection } from '../app/use-cases/payout-correction';
import { submitCorrection } from '../app/use-cases/submit-correction';
import { caseRef } from '../domain/case-ref';
import { formatMoney } from '../domain/money';
import {
  errorSummary,
  type FieldError,
  fieldMessage,
  groupClass,
  invalidAttrs,
  SUMMARY_FRAGMENT,
} from './error-summary';
import { dayOf, html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse, parseForm } from './http';
import { langOf, pick } from './i18n';
import { outcomeOf } from './outcomes';

type Lang = 'da' | 'en';
const kr = formatMoney;

/** A page with one message box: the link is not valid, or the payout was corrected already. */
function message(
  lang: Lang,
  status: number,
  kind: 'error' | 'success' | 'info',
  title: string,
  text: string,
) {
  return htmlResponse(
    status,
    page(
      title,
      html`<h1>${title}</h1><div class="alert alert-${kind}"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`,
      { lang },
    ),
  );
}

/** The page of a refusal that is no form error: its status, heading and words from the outcome table. */
function refused(lang: Lang, code: 'link-invalid' | 'already-corrected') {
  const { status, title, words } = outcomeOf({ ok: false, code });
  return message(
    lang,
    status,
    code === 'link-invalid' ? 'error' : 'info',
    pick(lang, title),
    pick(lang, words),
  );
}

/** The form: the rejected line, the bank's reason, the amount, who corrects and what was corrected. */
function form(
  req: HttpRequest,
  applicationId: string,
  token: string,
  entry: PayoutEntry,
  typed: { amount?: string; by?: string; note?: string; error?: string; field?: string } = {},
): HttpResponse {
  const lang = langOf(req);
  const t = (da: string, en: string) => pick(lang, { da, en });
  const ref = caseRef(applicationId);
  const title = t(`Ret afvist udbetaling, sag ${ref}`, `Correct a rejected payout, case ${ref}`);
  const action = `/payouts/${encodeURIComponent(applicationId)}/correction${lang === 'en' ? '?lang=en' : ''}${SUMMARY_FRAGMENT}`;
  const errors: FieldError[] = typed.error ? [{ field: typed.field ?? 'amount', text: typed.error }] : [];
  const group = (field: string) => groupClass(field, errors);
  const body = html`<h1>${title}</h1>
<dl>
<dt>${t('Beløb', 'Amount')}</dt><dd class="amount">${kr(lang, entry.amountOre)}</dd>
<dt>${t('Betalingskørsel', 'Payout batch')}</dt><dd>${entry.rejection?.batchId ?? ''}</dd>
<dt>${t('Bankens begrundelse', "The bank's reason")}</dt><dd id="bank-reason">${entry.rejection?.reason ?? ''}</dd>
</dl>
<form method="post" action="${action}" novalidate>
${errorSummary(errors, lang)}
<input type="hidden" name="t" value="${token}">
<div class="${group('amount')}"><label class="form-label" for="amount">${t('Beløb der skal udbetales (kr.)', 'Amount to pay (DKK)')}</label>
${fieldMessage('amount', errors, lang)}
<input class="form-input input-width-s" id="amount" name="amount" inputmode="decimal"${invalidAttrs('amount', errors)} value="${typed.amount ?? kr('da', entry.amountOre).replace(' kr.', '')}"></div>
<div class="${group('by')}"><label class="form-label" for="by">${t('Dit navn eller din e-mail', 'Your name or e-mail')}</label>
${fieldMessage('by', errors, lang)}
<input class="form-input" id="by" name="by" required maxlength="${BY_MAX}"${invalidAttrs('by', errors)} value="${typed.by ?? ''}"></div>
<div class="${group('note')}"><label class="form-label" for="note">${t('Hvad er rettet?', 'What was corrected?')}</label>
${fieldMessage('note', errors, lang)}
<textarea class="form-input" id="note" name="note" required maxlength="${NOTE_MAX}" rows="3"${invalidAttrs('note', errors)}>${typed.note ?? ''}</textarea></div>
<button type="submit" class="button button-primary">${t('Ret og send til næste kørsel', 'Correct and send with the next run')}</button>
</form>`;
  return htmlResponse(typed.error ? 400 : 200, page(title, body, { lang }));
}

/** GET /payouts/{applicationId}/correction?t=…: the caseworker's form from the rejection e-mail. */
export async function showCorrection(
  deps: Deps,
  req: HttpRequest,
  applicationId: string,
): Promise<HttpResponse> {
  const token = req.query.t ?? parseForm(req.body).t ?? '';
  const opened = await openCorrection(deps, applicationId, token);
  if (!opened) return refused(langOf(req), 'link-invalid');
  if ('corrected' in opened) return refused(langOf(req), 'already-corrected');
  return form(req, applicationId, token, opened.entry);
}

/** POST /payouts/{applicationId}/correction: corrects the payout and queues it for the next run. */
export async function postCorrection(
  deps: Deps,
  req: HttpRequest,
  applicationId: string,
): Promise<HttpResponse> {
  const lang = langOf(req);
  const t = (da: string, en: string) => pick(lang, { da, en });
  const { t: token = '', amount, by, note } = parseForm(req.body);
  const outcome = await submitCorrection(deps, applicationId, token, { amount, by, note });
  if (outcome.ok)
    return message(
      lang,
      200,
      'success',
      t('Udbetalingen er rettet', 'The payout is corrected'),
      t(
        `Den kommer med i næste betalingskørsel og udbetales ${dayOf(lang, outcome.payoutDate)}. Familien kan se det på sin statusside.`,
        `It goes into the next payout run and is paid on ${dayOf(lang, outcome.payoutDate)}. The family sees it on their status page.`,
      ),
    );
  if (!('entry' in outcome)) return refused(lang, outcome.code);
  const field = outcome.code === 'by-missing' ? 'by' : outcome.code === 'note-missing' ? 'note' : 'amount';
  const error = pick(lang, outcomeOf(outcome).words);
  return form(req, applicationId, token, outcome.entry, { ...outcome.typed, field, error });
}
