import type { Deps } from '../app/deps';
import { ANSWER_MAX_CHARS, answerRequest } from '../app/use-cases/answer-request';
import { openAnswerLink } from '../app/use-cases/open-answer-link';
import { openDecisionLink } from '../app/use-cases/open-decision-link';
import { readDecisionReceipt } from '../app/use-cases/read-decision-receipt';
import { recordLinkDecision } from '../app/use-cases/record-decision';
import { answerPage } from './answer-page';
import { allowUploads } from './apply-page';
import { type Attempt, casePage } from './case-page';
import { messagePage } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse, inlineDocument, json, parseForm } from './http';
import { inLang, langOf } from './i18n';
import { actionLabels } from './labels';
import { outcomeOf, type Refusal } from './outcomes';
import { sessionOf } from './session';

// The pages behind e-mailed links: the caseworker's case and decision, the family's answer. Each
// route calls its use case; what a refusal says and answers comes from the table in outcomes/.

/** The page for a refused link or post, with its status and words; `back` leads to the form again. */
function refusal(refused: Refusal, back?: string): HttpResponse {
  const outcome = outcomeOf(refused);
  return htmlResponse(outcome.status, messagePage(outcome.title, outcome.words, back));
}

/** A refusal as a form shows it at its field. */
const attemptError = (refused: Refusal) => ({ ...outcomeOf(refused).words, code: refused.code });

/** GET /decisions/{id}: the case for the caseworker; changes nothing. */
export async function showCase(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const opened = await openDecisionLink(deps, linkId);
  if (!opened.ok) return refusal(opened);
  return htmlResponse(200, casePage(deps, opened, langOf(req)));
}

/**
 * GET /decisions/{id}/receipts/{uploadId}: one of the case's receipts, for the caseworker behind the
 * same open link, inline, in a sandbox, as the PDF or image its bytes show.
 */
export async function showReceipt(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const receipt = await readDecisionReceipt(deps, linkId, req.path.split('/').pop() ?? '');
  if (receipt.ok) return inlineDocument(receipt.type, receipt.bytes);
  return receipt.code === 'no-receipt' ? json(404, { error: 'not found' }) : refusal(receipt);
}

/** POST /decisions/{id}: records the decision once. */
export async function postDecision(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const form = parseForm(req.body);
  // The link is the capability; a signed-in member of staff who uses it is named on the decision.
  const session = await sessionOf(deps, req);
  const staff = session?.identity.kind === 'staff' ? session.identity : undefined;
  const { action, amount, reason, formToken } = form;
  const result = await recordLinkDecision(deps, linkId, { action, amount, reason, formToken }, staff);
  if (!result.ok && 'case' in result) {
    // Refused for what was typed: the same page again, with the reason and nothing lost.
    const attempt: Attempt = { action, amount, reason, error: attemptError(result) };
    return htmlResponse(400, casePage(deps, { ...result.case, attempt }, langOf(req)));
  }
  if (!result.ok)
    return refusal(
      result,
      result.code === 'bad-form' ? inLang(`/decisions/${linkId}`, langOf(req)) : undefined,
    );
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
  const chose = actionLabels[result.action];
  return htmlResponse(
    200,
    messagePage(
      { da: 'Afgørelsen er registreret', en: 'The decision is recorded' },
      {
        da: `Du valgte: ${chose.da}. Du kan lukke siden.`,
        en: `You chose: ${chose.en}. You may close this page.`,
      },
    ),
  );
}

/** GET /answers/{id}: the family's page to answer a request; changes nothing. */
export async function showAnswer(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const opened = await openAnswerLink(deps, linkId);
  if (!opened.ok) return refusal(opened);
  return allowUploads(
    deps,
    htmlResponse(200, answerPage(deps, opened.link, opened.application, langOf(req))),
  );
}

/** The receipts of the answer form: the upload ids its script lists, comma-separated. */
const receiptsOf = (field: string | undefined) =>
  (field ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');

/** POST /answers/{id}: the family's answer, once; resumes the waiting workflow. */
export async function postAnswer(deps: Deps, req: HttpRequest, linkId: string): Promise<HttpResponse> {
  const form = parseForm(req.body);
  const { formToken, text } = form;
  const result = await answerRequest(deps, linkId, { formToken, text, receipts: receiptsOf(form.receipts) });
  if (!result.ok && 'opened' in result) {
    // Refused for what was sent: the same form again, the text kept, opened at the summary.
    const { link, application } = result.opened;
    const attempt = { text: (text ?? '').slice(0, ANSWER_MAX_CHARS), error: attemptError(result) };
    const page = answerPage(deps, link, application, langOf(req), attempt);
    return allowUploads(deps, htmlResponse(400, page));
  }
  if (!result.ok)
    return refusal(
      result,
      result.code === 'bad-form' ? inLang(`/answers/${linkId}`, langOf(req)) : undefined,
    );
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
