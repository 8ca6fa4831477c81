import type { Deps } from '../deps';

/**
 * The origin receipts are uploaded to (the bucket's), which the pages that upload may connect to.
 * Presigning only signs (no request), so it is the cheapest true answer to "which origin".
 */
export async function uploadOrigin(deps: Pick<Deps, 'receipts'>): Promise<string> {
  const probe = await deps.receipts.presignUpload('uploads/csp-origin', 'application/pdf', 1);
  return new URL(probe.url).origin;
}
