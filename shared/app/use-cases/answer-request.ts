import type { Deps } from '../deps';
import type { LinkResponse } from '../ports';
import { UPLOAD_ID } from '../receipt-files';
import {
  ANSWER_PURPOSES,
  formMatches,
  type LinkRefusal,
  linkUsed,
  type OpenLink,
  openLink,
  resume,
} from './open-link';
import { type AnswerReceiptsRefusal, adoptAnswerReceipts } from './receipt-ids';

/** What the family's answer form posts: its text and the upload ids of its receipts. */
export type AnswerForm = { formToken?: string; text?: string; receipts?: readonly string[] };

/** What is wrong with what the family sent. */
export type AnswerProblem =
  | AnswerReceiptsRefusal
  | { ok: false; code: 'unattachable-receipts' }
  | { ok: false; code: 'answer' };

/** Why the family's answer was not taken (the HTTP edge words it); with what was sent refused, the open link, to show the form again. */
export type AnswerRefusal = LinkRefusal | (AnswerProblem & { opened: OpenLink });

/** The most characters of an answer kept. */
export const ANSWER_MAX_CHARS = 4000;

/**
 * A family's answer to a request for information or receipts, through its link, once: takes the
 * receipts for the application and resumes the same execution.
 */
export async function answerRequest(
  deps: Pick<Deps, 'links' | 'applications' | 'receipts' | 'workflow' | 'env'>,
  linkId: string,
  form: AnswerForm,
): Promise<{ ok: true } | AnswerRefusal> {
  const opened = await openLink(deps, linkId, ANSWER_PURPOSES);
  if (!opened.ok) return opened;
  const { link, application } = opened;
  const receipts = [...(form.receipts ?? [])];
  if (receipts.some((r) => !UPLOAD_ID.test(r))) return { ok: false, code: 'unattachable-receipts', opened };
  if (!formMatches(link, form.formToken)) return { ok: false, code: 'bad-form' };
  if (!form.text?.trim() && receipts.length === 0) return { ok: false, code: 'answer', opened };
  const refused = await adoptAnswerReceipts(deps, link.applicationId, application.receipts, receipts);
  if (refused) return { ...refused, opened };
  const text = form.text?.trim().slice(0, ANSWER_MAX_CHARS) ?? '';
  const response: LinkResponse = { kind: 'answer', text, receipts };
  if (!(await deps.links.use(link.id, form.formToken, deps.env.now().toISOString(), response)))
    return linkUsed(link);
  return (await resume(deps, link, { answered: true })) ?? { ok: true };
}
