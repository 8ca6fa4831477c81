import type { Deps } from '../deps';
import { receiptKey } from '../receipt-files';

/** A receipt the family is about to upload, as its page describes it (checked at the edge). */
export type UploadRequest = { contentType: string; size: number; sha256?: string | undefined };

/**
 * POST /api/uploads: a pre-signed PUT for one receipt into staging, under a fresh upload id; an
 * application or an answer takes it later by that id.
 */
export async function createUpload(
  deps: Pick<Deps, 'receipts' | 'env'>,
  upload: UploadRequest,
): Promise<{ uploadId: string; url: string; headers: Record<string, string> }> {
  const uploadId = deps.env.randomId();
  const { url, headers } = await deps.receipts.presignUpload(
    receiptKey(uploadId),
    upload.contentType,
    upload.size,
    upload.sha256,
  );
  return { uploadId, url, headers };
}
