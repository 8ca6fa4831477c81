import type { Deps } from '../deps';

/** Whether the payout run has executed the application's payout (after a long wait timed out). */
export async function checkPayout(
  deps: Pick<Deps, 'ledger'>,
  applicationId: string,
): Promise<{ paid: boolean }> {
  const entry = await deps.ledger.get(applicationId);
  return { paid: entry?.status === 'executed' };
}
