import type { Deps } from './deps';

// Receipt files: where an upload waits and where it is kept, and what its bytes are.

/** File types judged by their first bytes, never by name or declared type. */
const signatures: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'application/pdf', test: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  {
    type: 'image/webp',
    test: (b) =>
      String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  },
  {
    type: 'image/heic',
    test: (b) =>
      String.fromCharCode(...b.slice(4, 12)).startsWith('ftyphei') ||
      String.fromCharCode(...b.slice(4, 12)).startsWith('ftypmif'),
  },
];

/** The file type its bytes show, or undefined when it is none we accept. */
export function sniffType(head: Uint8Array): string | undefined {
  return signatures.find((s) => s.test(head))?.type;
}

/** An upload id as the upload route issues it (and as links and forms may carry it). */
export const UPLOAD_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The staging prefix: where the browser uploads a receipt. Objects there expire within a day (the
 * bucket's lifecycle rule) unless an application takes them, which copies them under retention.
 */
export const STAGING_PREFIX = 'uploads/';

/** Where an uploaded receipt waits, in staging, until an application or an answer takes it. */
export const receiptKey = (uploadId: string) => `${STAGING_PREFIX}${uploadId}`;

/** Where a submitted application's receipt is kept, under the bucket's retention. */
export const retainedReceiptKey = (applicationId: string, uploadId: string) =>
  `receipts/${applicationId}/${uploadId}`;

/** Copies receipts from staging under the application's retention; a copy already there is kept. */
export async function retainReceipts(
  deps: Pick<Deps, 'receipts'>,
  applicationId: string,
  uploadIds: readonly string[],
): Promise<void> {
  for (const uploadId of uploadIds) {
    const retained = retainedReceiptKey(applicationId, uploadId);
    if (!(await deps.receipts.exists(retained))) await deps.receipts.copy(receiptKey(uploadId), retained);
  }
}

/** The key a receipt of the application is read from: its retained copy, or staging for applications from before the copies. */
export async function storedReceiptKey(
  deps: Pick<Deps, 'receipts'>,
  applicationId: string,
  uploadId: string,
): Promise<string> {
  const retained = retainedReceiptKey(applicationId, uploadId);
  return (await deps.receipts.exists(retained)) ? retained : receiptKey(uploadId);
}
