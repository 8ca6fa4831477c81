import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import { sniffType, storedReceiptKey, UPLOAD_ID } from '../receipt-files';
import { caseFor, logAccess } from './staff-access';

/** One of the case's receipts as the PDF or image its bytes show, logged as viewed; undefined when there is none. */
export async function viewReceipt(
  deps: Pick<Deps, 'applications' | 'receipts' | 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
  uploadId: string,
): Promise<{ bytes: Uint8Array; type: string } | undefined> {
  const application = await caseFor(deps, staff, id);
  if (!application || !UPLOAD_ID.test(uploadId) || !application.receipts.includes(uploadId)) return undefined;
  const bytes = await deps.receipts.read(await storedReceiptKey(deps, id, uploadId));
  const type = bytes && sniffType(bytes.slice(0, 16));
  if (!bytes || !type) return undefined;
  await logAccess(deps, staff, id, 'viewed-receipt');
  return { bytes, type };
}
