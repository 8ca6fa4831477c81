import type { Deps } from '../deps';
import { sniffType, storedReceiptKey, UPLOAD_ID } from '../receipt-files';
import { DECISION_PURPOSES, type LinkRefusal, openLink } from './open-link';

/** A receipt as its bytes show it: a PDF or an image. */
export type ReceiptFile = { ok: true; bytes: Uint8Array; type: string };

/** The case behind the link has no such receipt, or its bytes are no PDF or image. */
export type NoReceipt = { ok: false; code: 'no-receipt' };

/**
 * GET /decisions/{id}/receipts/{uploadId}: one of the case's receipts, for the caseworker behind
 * the same open link, typed by its bytes (never by the type the upload declared); `no-receipt`
 * when the case has no such receipt or its bytes are no PDF or image.
 */
export async function readDecisionReceipt(
  deps: Pick<Deps, 'links' | 'applications' | 'env' | 'receipts'>,
  linkId: string,
  uploadId: string,
): Promise<ReceiptFile | LinkRefusal | NoReceipt> {
  const opened = await openLink(deps, linkId, DECISION_PURPOSES);
  if (!opened.ok) return opened;
  const { application } = opened;
  if (!UPLOAD_ID.test(uploadId) || !application.receipts.includes(uploadId))
    return { ok: false, code: 'no-receipt' };
  const bytes = await deps.receipts.read(await storedReceiptKey(deps, application.id, uploadId));
  const type = bytes && sniffType(bytes.slice(0, 16));
  if (!bytes || !type) return { ok: false, code: 'no-receipt' };
  return { ok: true, bytes, type };
}
