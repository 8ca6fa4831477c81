import type { Deps } from '../deps';
import { letter } from '../letters';
import { load, save } from './application-record';

/** Tells the family the money is paid and closes the application. */
export async function notifyPaid(
  deps: Pick<Deps, 'applications' | 'env' | 'ledger' | 'mailer'>,
  applicationId: string,
): Promise<void> {
  const application = await load(deps, applicationId);
  const entry = await deps.ledger.get(applicationId);
  const paidAt = deps.env.now().toISOString();
  const paid = await save(deps, application, {
    status: 'paid',
    payout: {
      amountOre: entry?.amountOre ?? 0,
      // The day the family was told to expect it (the run's payout date), not the ledger's due date.
      dueDate: application.payout?.dueDate ?? entry?.dueDate ?? '',
      paidAt,
      ...(entry?.batchId ? { batchId: entry.batchId } : {}),
    },
  });
  await deps.mailer.send(letter('paid', paid));
}
