import type { Deps } from '../app/deps';
import type { Session, StaffIdentity } from '../app/identity';
import { correctReturnedPayout } from '../app/use-cases/correct-returned-payout';
import { decideOnCase } from '../app/use-cases/decide-on-case';
import { readAccessLog } from '../app/use-cases/read-access-log';
import { CASE_READERS, CASE_WORKERS, LOG_READERS } from '../app/use-cases/staff-access';
import { type StaffCase, viewCase } from '../app/use-cases/view-case';
import { viewLetter } from '../app/use-cases/view-letter';
import { viewReceipt } from '../app/use-cases/view-receipt';
import { caseRef } from '../domain/case-ref';
import type { Attempt } from './case-page';
import { dayOf, html } from './html';
import {
  type HttpRequest,
  type HttpResponse,
  htmlResponse,
  inlineDocument,
  json,
  OPAQUE_ID,
  parseForm,
  pdfResponse,
} from './http';
import { inLang, type Lang, langOf, pick } from './i18n';
import { actionLabels } from './labels';
import { outcomeOf } from './outcomes';
import { formFromSession, requireStaff } from './session';
import { type StaffCaseView, staffCasePage } from './staff-case-page';
import { accessLabels, accessWho, alertBox, momentOf, staffPage } from './staff-labels';
import { notFoundPage } from './status-page';
import { expiredForm, takeCasePost, worklistPage, worklistSearch } from './worklist-page';

type T = (da: string, en: string) => string;
type SignedIn = { session: Session; staff: StaffIdentity };

/** The case page for a signed-in member of staff, logged as a view; 404 for a case of another municipality. */
async function caseResponse(
  deps: Deps,
  req: HttpRequest,
  { session, staff }: SignedIn,
  id: string,
): Promise<HttpResponse> {
  const lang = langOf(req);
  const showCpr = req.method.toUpperCase() === 'GET' && req.query.vis === 'cpr';
  const opened = await viewCase(deps, staff, id, { showCpr });
  if (!opened) return notFoundPage(lang);
  return htmlResponse(200, staffCasePage(deps, { ...opened, staff, session, showCpr }, lang));
}

/** The case page again, as its use case read it after refusing what the form sent: 400, the form as typed. */
function refusedCase(
  deps: Deps,
  req: HttpRequest,
  { session, staff }: SignedIn,
  shown: StaffCase,
  refused: Pick<StaffCaseView, 'attempt' | 'correction'>,
): HttpResponse {
  const view: StaffCaseView = { ...shown, staff, session, showCpr: false, ...refused };
  return htmlResponse(400, staffCasePage(deps, view, langOf(req)));
}

/** GET /sager/{id}: the case in any status; `?vis=cpr` shows the child's CPR number (logged). */
async function showStaffCase(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_READERS);
  if ('response' in signedIn) return signedIn.response;
  return caseResponse(deps, req, signedIn, id);
}

/** GET /sager/{id}/kvitteringer/{uploadId}: a receipt, as its bytes show it, inline in a sandbox; logged. */
async function showStaffReceipt(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_READERS);
  if ('response' in signedIn) return signedIn.response;
  const receipt = await viewReceipt(deps, signedIn.staff, id, req.path.split('/').pop() ?? '');
  if (!receipt) return json(404, { error: 'not found' });
  return inlineDocument(receipt.type, receipt.bytes);
}

/** GET /sager/{id}/breve/{letterId}: a decision letter's PDF as the family got it; logged. */
async function showStaffLetter(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_READERS);
  if ('response' in signedIn) return signedIn.response;
  const letter = await viewLetter(deps, signedIn.staff, id, req.path.split('/').pop() ?? '');
  return letter ? pdfResponse(letter.filename, letter.pdf) : json(404, { error: 'not found' });
}

/** A page with one message and the way back to the case and to the worklist. */
function messageResponse(
  status: number,
  lang: Lang,
  session: Session,
  id: string,
  kind: 'success' | 'error' | 'info',
  title: string,
  text: string,
): HttpResponse {
  const t: T = (da, en) => pick(lang, { da, en });
  const body = html`<h1>${title}</h1>${alertBox(kind, text)}
<ul class="nobullet-list"><li><a href="${inLang(`/sager/${id}`, lang)}">${t(`Tilbage til sag ${caseRef(id)}`, `Back to case ${caseRef(id)}`)}</a></li>
<li><a href="${inLang('/sager', lang)}">${t('Til arbejdslisten', 'To the worklist')}</a></li></ul>`;
  return htmlResponse(status, staffPage(title, body, { lang, session, path: `/sager/${id}` }));
}

/** POST /sager/{id}/afgoerelse: the decision, recorded by the same use case as the e-mailed link's. */
async function postStaffDecision(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, 'caseworker', 'team-lead', 'second-approver');
  if ('response' in signedIn) return signedIn.response;
  const form = parseForm(req.body);
  if (!formFromSession(signedIn.session, form)) return expiredForm(req);
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  const { action, amount, reason } = form;
  const result = await decideOnCase(deps, signedIn.staff, id, { action, amount, reason });
  if (!result.ok) {
    const outcome = outcomeOf(result);
    if ('case' in result) {
      const attempt: Attempt = { action, amount, reason, error: { ...outcome.words, code: result.code } };
      return refusedCase(deps, req, signedIn, result.case, { attempt });
    }
    if (outcome.status === 404) return notFoundPage(lang);
    return messageResponse(
      outcome.status,
      lang,
      signedIn.session,
      id,
      'error',
      t('Afgørelsen er ikke registreret', 'The decision is not recorded'),
      pick(lang, outcome.words),
    );
  }
  const chose = pick(lang, actionLabels[result.action]);
  return messageResponse(
    200,
    lang,
    signedIn.session,
    id,
    'success',
    result.action === 'request-information'
      ? t('Spørgsmålet er sendt til familien', 'The question has been sent to the family')
      : t('Afgørelsen er registreret', 'The decision is recorded'),
    t(
      `Du valgte: ${chose}. Afgørelsen står på sagen med dit navn.`,
      `You chose: ${chose}. The decision is on the case with your name.`,
    ),
  );
}

/** POST /sager/{id}/udbetaling: corrects a payout the bank returned and queues it for the next run. */
async function postStaffCorrection(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...CASE_WORKERS);
  if ('response' in signedIn) return signedIn.response;
  const form = parseForm(req.body);
  if (!formFromSession(signedIn.session, form)) return expiredForm(req);
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  const { amount, note } = form;
  const outcome = await correctReturnedPayout(deps, signedIn.staff, id, { amount, note });
  if (outcome.ok)
    return messageResponse(
      200,
      lang,
      signedIn.session,
      id,
      'success',
      t('Udbetalingen er rettet', 'The payout is corrected'),
      t(
        `Den kommer med i næste betalingskørsel og udbetales ${dayOf(lang, outcome.payoutDate)}. Familien kan se det på sin statusside.`,
        `It goes into the next payout run and is paid on ${dayOf(lang, outcome.payoutDate)}. The family sees it on their status page.`,
      ),
    );
  const { status, title, words } = outcomeOf(outcome);
  if ('case' in outcome) {
    const field = outcome.code === 'note-missing' ? 'correction-note' : 'correction-amount';
    const correction = { ...outcome.typed, error: pick(lang, words), field };
    return refusedCase(deps, req, signedIn, outcome.case, { correction });
  }
  if (status === 404) return notFoundPage(lang);
  return messageResponse(status, lang, signedIn.session, id, 'info', pick(lang, title), pick(lang, words));
}

/** GET /sager/{id}/adgangslog: who looked at the case and who decided, for a team lead or admin; reading it is logged. */
async function accessLogPage(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireStaff(deps, req, ...LOG_READERS);
  if ('response' in signedIn) return signedIn.response;
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  const read = await readAccessLog(deps, signedIn.staff, id);
  if (!read) return notFoundPage(lang);
  const title = t(`Adgangslog for sag ${caseRef(id)}`, `Access log of case ${caseRef(id)}`);
  const body = html`<p><a class="back-link" href="${inLang(`/sager/${id}`, lang)}">${t('Tilbage til sagen', 'Back to the case')}</a></p>
<h1>${title}</h1>
<p>${t('Hver gang en medarbejder har set sagens personoplysninger eller truffet afgørelse, ældste først. Loggen gemmes, så længe sagen gemmes.', 'Every time a member of staff saw the personal data of the case or made a decision, oldest first. The log is kept as long as the case.')}</p>
<table class="table table--compact table--responsive-headers" id="access-log">
<caption>${t('Adgange til sagen', 'Accesses to the case')}</caption>
<thead><tr><th scope="col">${t('Hvem', 'Who')}</th><th scope="col">${t('Hvad', 'What')}</th><th scope="col">${t('Hvornår', 'When')}</th></tr></thead>
<tbody>${read.entries.map(
    (e) =>
      html`<tr data-what="${e.what}"><td data-title="${t('Hvem', 'Who')}">${accessWho(lang, e)}</td><td data-title="${t('Hvad', 'What')}">${pick(lang, accessLabels[e.what])}</td><td data-title="${t('Hvornår', 'When')}"><time datetime="${e.at}">${momentOf(lang, e.at)}</time></td></tr>`,
  )}</tbody></table>`;
  return htmlResponse(
    200,
    staffPage(title, body, { lang, session: signedIn.session, path: `/sager/${id}/adgangslog` }),
  );
}

const ID = `(${OPAQUE_ID})`;

/** The signed-in staff routes: the worklist, the case page and what it posts, the access log. */
export const staffRoutes = [
  { method: 'GET', pattern: /^\/sager$/, name: 'GET /sager', handle: worklistPage },
  { method: 'POST', pattern: /^\/sager$/, name: 'POST /sager', handle: worklistSearch },
  { method: 'GET', pattern: new RegExp(`^/sager/${ID}$`), name: 'GET /sager/{id}', handle: showStaffCase },
  {
    method: 'GET',
    pattern: new RegExp(`^/sager/${ID}/kvitteringer/[^/]+$`),
    name: 'GET /sager/{id}/kvitteringer/{uploadId}',
    handle: showStaffReceipt,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/sager/${ID}/breve/[^/]+$`),
    name: 'GET /sager/{id}/breve/{letterId}',
    handle: showStaffLetter,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sager/${ID}/tag$`),
    name: 'POST /sager/{id}/tag',
    handle: takeCasePost,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sager/${ID}/afgoerelse$`),
    name: 'POST /sager/{id}/afgoerelse',
    handle: postStaffDecision,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sager/${ID}/udbetaling$`),
    name: 'POST /sager/{id}/udbetaling',
    handle: postStaffCorrection,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/sager/${ID}/adgangslog$`),
    name: 'GET /sager/{id}/adgangslog',
    handle: accessLogPage,
  },
] satisfies {
  method: string;
  pattern: RegExp;
  name: string;
  handle: (deps: Deps, req: HttpRequest, id: string) => Promise<HttpResponse>;
}[];
