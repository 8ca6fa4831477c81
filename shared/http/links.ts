import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import type { DecisionLink } from '../app/ports';
import {
  previewReceiptProblems,
  sniffType,
  storedReceiptKey,
  UPLOAD_ID,
} from '../app/use-cases/check-documents';
import { type DecisionResult, openLink } from '../app/use-cases/open-link';
import { answerRequest, recordDecision } from '../app/use-cases/record-decision';
import { answerPage } from './answer-page';
import { allowUploads } from './apply-page';
import { type Attempt, casePage } from './case-page';
import { messagePage } from './html';
import {
  type HttpRequest,
  type HttpResponse,
  htmlResponse,
  inlineDocument,
  json,
  OPAQUE_ID,
  parseForm,
} from './http';
import { inLang, langOf } from './i18n';
import { actionLabels } from './labels';
import { sessionOf } from './session';

type Refusal = Extract<DecisionResult, { ok: false }>;

const titles: Record<Refusal['status'], { da: string; en: string }> = {
  400: { da: 'Formularen kan ikke sendes', en: 'The form cannot be sent' },
  404: { da: 'Siden findes ikke', en: 'Page not found' },
  409: { da: 'Linket er brugt', en: 'The link has been used' },
  410: { da: 'Linket virker ikke længere', en: 'The link no longer works' },
};

/** A decision refused by four eyes: the link still works, for someone else. */
const fourEyes = new Set(['own-case', 'own-application']);

/** The page for a refused link or post, with its status and the use case's bilingual message. */
function refusal(result: Refusal, back?: string): HttpResponse {
  const title = fourEyes.has(result.code)
    ? { da: 'Afgørelsen er ikke registreret', en: 'The decision is not recorded' }
    : titles[result.status];
  return htmlResponse(result.status, messagePage(title, result, back));
}

const unknownLink = (): Refusal => ({
  ok: false,
  status: 404,
  code: 'unknown-link',
  da: 'Linket findes ikke.',
  en: 'The link does not exist.',
});

const badReceipts: Refusal = {
  ok: false,
  status: 400,
  code: 'receipts',
  da: 'En kvittering kunne ikke knyttes til svaret; upload den igen.',
  en: 'A receipt could not be attached to the answer; upload it again.',
};

const decisionPurposes = new Set(['review', 'escalation', 'second-approval']);
const answerPurposes = new Set(['information', 'receipts']);
const validId = (id: string) => new RegExp(`^${OPAQUE_ID}$`).test(id);

/** Opens a link of the page's kind and loads its application; read only, as e-mail scanners open links. */
async function open(
  deps: Deps,
  linkId: string,
  purposes: Set<string>,
): Promise<{ refused: Refusal } | { link: DecisionLink; application: Application }> {
  if (!validId(linkId)) return { refused: unknownLink() };
  const opened = await openLink(deps, linkId);
  if (!('link' in opened)) return { refused: opened.ok ? unknownLink() : opened };
  if (!purposes.has(opened.link.purpose)) return { refused: unknownLink() };
  return { link: opened.link, application: opened.application };
}

/** GET /decisions/{id}: the case for the caseworker; changes nothing. */
export async function showCase(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  return caseResponse(deps, req, linkId);
}

/** The case page of an open decision link; with `attempt`, the refused form again, as it was typed. */
async function caseResponse(
  deps: Deps,
  req: HttpRequest,
  linkId: string,
  attempt?: Attempt,
): Promise<HttpResponse> {
  const opened = await open(deps, linkId, decisionPurposes);
  if ('refused' in opened) return refusal(opened.refused);
  const [earlier, receiptProblems] = await Promise.all([
    deps.applications.listForChild(opened.application, 10),
    previewReceiptProblems(deps, opened.application),
  ]);
  const view = { ...opened, earlier, receiptProblems, ...(attempt ? { attempt } : {}) };
  return htmlResponse(attempt ? 400 : 200, casePage(deps, view, langOf(req)));
}

/**
 * GET /decisions/{id}/receipts/{uploadId}: one of the case's receipts, for the caseworker behind the
 * same open link. Served only as the PDF or image its bytes show (never as the type the upload
 * declared), inline, in a sandbox.
 */
export async function showReceipt(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const uploadId = req.path.split('/').pop();
  const opened = await open(deps, linkId, decisionPurposes);
  if ('refused' in opened) return refusal(opened.refused);
  if (!uploadId || !UPLOAD_ID.test(uploadId) || !opened.application.receipts.includes(uploadId)) {
    return json(404, { error: 'not found' });
  }
  const bytes = await deps.receipts.read(await storedReceiptKey(deps, opened.application.id, uploadId));
  const type = bytes && sniffType(bytes.slice(0, 16));
  if (!bytes || !type) return json(404, { error: 'not found' });
  return inlineDocument(type, bytes);
}

/** POST /decisions/{id}: records the decision once. */
export async function postDecision(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  if (!validId(linkId)) return refusal(unknownLink());
  const form = parseForm(req.body);
  // The link is the capability; a signed-in member of staff who uses it is named on the decision.
  const session = await sessionOf(deps, req);
  const staff = session?.identity.kind === 'staff' ? session.identity : undefined;
  const result = await recordDecision(
    deps,
    linkId,
    { action: form.action, amount: form.amount, reason: form.reason, formToken: form.formToken },
    staff,
  );
  if (!result.ok && result.status === 400 && result.code !== 'bad-form') {
    // Refused for what was typed: the same page again, with the reason and nothing lost.
    const { action, amount, reason } = form;
    return caseResponse(deps, req, linkId, { action, amount, reason, error: result });
  }
  if (!result.ok) {
    return refusal(result, result.status === 400 ? inLang(`/decisions/${linkId}`, langOf(req)) : undefined);
  }
  if (result.action === 'request-information') {
    return htmlResponse(
      200,
      messagePage(
        { da: 'Spørgsmålet er sendt til familien', en: 'The question has been sent to the family' },
        {
          da: 'Familien får et link til at svare. Når de svarer, får du en ny e-mail om sagen. Du kan lukke siden.',
          en: 'The family gets a link to answer. When they answer, you get a new e-mail about the case. You may close this page.',
        },
      ),
    );
  }
  const action = actionLabels[result.action];
  return htmlResponse(
    200,
    messagePage(
      { da: 'Afgørelsen er registreret', en: 'The decision is recorded' },
      {
        da: `Du valgte: ${action.da}. Du kan lukke siden.`,
        en: `You chose: ${action.en}. You may close this page.`,
      },
    ),
  );
}

/** GET /answers/{id}: the family's page to answer a request; changes nothing. */
export async function showAnswer(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const opened = await open(deps, linkId, answerPurposes);
  if ('refused' in opened) return refusal(opened.refused);
  return allowUploads(
    deps,
    htmlResponse(200, answerPage(deps, opened.link, opened.application, langOf(req))),
  );
}

/** POST /answers/{id}: the family's answer, once; resumes the waiting workflow. */
export async function postAnswer(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  if (!validId(linkId)) return refusal(unknownLink());
  const form = parseForm(req.body);
  const receipts = (form.receipts ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const back = inLang(`/answers/${linkId}`, langOf(req));
  const again = async (error: Refusal) => {
    // Refused for what was sent: the same form again, the text kept, opened at the summary.
    const opened = await open(deps, linkId, answerPurposes);
    if ('refused' in opened) return refusal(opened.refused);
    const text = (form.text ?? '').slice(0, 4000);
    const page = answerPage(deps, opened.link, opened.application, langOf(req), { text, error });
    return allowUploads(deps, htmlResponse(400, page));
  };
  if (receipts.some((r) => !UPLOAD_ID.test(r))) return again(badReceipts);
  const result = await answerRequest(deps, linkId, { formToken: form.formToken, text: form.text, receipts });
  if (!result.ok && result.status === 400 && result.code !== 'bad-form') return again(result);
  if (!result.ok) return refusal(result, result.status === 400 ? back : undefined);
  return htmlResponse(
    200,
    messagePage(
      { da: 'Tak for dit svar', en: 'Thank you for your answer' },
      {
        da: 'Kommunen behandler nu din ansøgning videre.',
        en: 'The municipality will now continue with your application.',
      },
    ),
  );
}
