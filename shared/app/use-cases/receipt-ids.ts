import type { Deps } from '../deps';
import { receiptKey, retainReceipts, UPLOAD_ID } from '../receipt-files';

/** The most receipts an application or an answer carries. */
export const MAX_RECEIPTS = 50;

/** Why one receipt id cannot be taken. */
export type ReceiptIdProblem = 'format' | 'twice' | 'attached' | 'missing' | 'taken';

/** One receipt id that cannot be taken, by its place in the list, with the reason in Danish and English. */
export type ReceiptProblem = { index: number; code: ReceiptIdProblem; da: string; en: string };

/**
 * The words for each problem, which the JSON API's field errors and the answer page both show
 * (the API's field errors are still formed here, in submit-application).
 */
export const RECEIPT_ID_WORDS: Record<ReceiptIdProblem, { da: string; en: string }> = {
  format: { da: 'er ikke et upload-id', en: 'is not an upload id' },
  twice: { da: 'er med mere end én gang', en: 'is given more than once' },
  attached: { da: 'er allerede knyttet til sagen', en: 'is already attached to the case' },
  missing: {
    da: 'kvitteringen er ikke uploadet; vælg filen igen',
    en: 'the receipt was not uploaded; choose the file again',
  },
  taken: { da: 'kvitteringen hører til en anden sag', en: 'the receipt belongs to another case' },
};

const problem = (code: ReceiptIdProblem) => ({ code, ...RECEIPT_ID_WORDS[code] });

/**
 * What is wrong with a list of receipt upload ids before anything is stored: too many (then nothing
 * is looked up), not an id, given twice or already attached, not in the bucket. Ownership by another
 * case is checked where the ids are taken, in the same write.
 */
export async function receiptIdProblems(
  deps: Pick<Deps, 'receipts'>,
  uploadIds: readonly string[],
  attached: readonly string[] = [],
): Promise<ReceiptProblem[] | 'too-many'> {
  if (uploadIds.length > MAX_RECEIPTS) return 'too-many';
  const problems: ReceiptProblem[] = [];
  const seen = new Set(attached);
  const lookups: number[] = [];
  uploadIds.forEach((id, index) => {
    if (!UPLOAD_ID.test(id)) problems.push({ index, ...problem('format') });
    else if (attached.includes(id)) problems.push({ index, ...problem('attached') });
    else if (seen.has(id)) problems.push({ index, ...problem('twice') });
    else lookups.push(index);
    seen.add(id);
  });
  const found = await Promise.all(lookups.map((i) => deps.receipts.exists(receiptKey(uploadIds[i] ?? ''))));
  lookups.forEach((index, n) => {
    if (!found[n]) problems.push({ index, ...problem('missing') });
  });
  return problems.sort((a, b) => a.index - b.index);
}

/** The problem of receipts another application holds. */
export const takenProblem = (index: number): ReceiptProblem => ({ index, ...problem('taken') });

/** Why a family's answer cannot take its receipts: too many, or which cannot be taken and why. */
export type AnswerReceiptsRefusal =
  | { ok: false; code: 'too-many-receipts'; max: number }
  | { ok: false; code: 'receipts'; problems: Pick<ReceiptProblem, 'index' | 'code'>[] };

/**
 * Checks the receipts of a family's answer and takes them for the application (all or none), or
 * says which cannot be taken, each by its place in the list.
 */
export async function adoptAnswerReceipts(
  deps: Pick<Deps, 'receipts' | 'applications'>,
  applicationId: string,
  attached: readonly string[],
  uploadIds: readonly string[],
): Promise<AnswerReceiptsRefusal | undefined> {
  const problems = await receiptIdProblems(deps, uploadIds, attached);
  if (problems === 'too-many') return { ok: false, code: 'too-many-receipts', max: MAX_RECEIPTS };
  const taken = problems.length > 0 ? [] : await deps.applications.claimUploads(applicationId, uploadIds);
  const all = [...problems, ...taken.map((id) => takenProblem(uploadIds.indexOf(id)))];
  if (all.length === 0) {
    await retainReceipts(deps, applicationId, uploadIds);
    return undefined;
  }
  return { ok: false, code: 'receipts', problems: all.map(({ index, code }) => ({ index, code })) };
}
