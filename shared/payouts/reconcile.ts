import { caseRef } from '../app/use-cases/common';
import type { PayoutDeps } from './deps';
import { lineReference } from './lines';
import type { PayoutBatch } from './ports';

/** A line the bank rejected: its reference (EndToEndId) and the bank's reason. */
export type RejectedLine = { reference: string; reason: string };

/** What reconciling a batch did. */
export type Reconciliation = { batchId: string; executed: number; rejected: number; unknown: string[] };

/** Sends a rejected line back to the caseworker with the bank's reason. */
async function returnToCaseworker(
  deps: PayoutDeps,
  applicationId: string,
  batchId: string,
  reason: string,
  at: string,
) {
  const ref = caseRef(applicationId);
  await deps.journal.record(applicationId, at, { kind: 'payout-rejected', batchId, reason });
  const text = `Banken afviste udbetalingen i sag ${ref} (betalingskørsel ${batchId}): ${reason}\nRet udbetalingen; den kommer med i en senere betalingskørsel.\n\nThe bank rejected the payout of case ${ref} (run ${batchId}): ${reason}\nCorrect the payout; it will go into a later run.`;
  await deps.mailer.send({
    to: deps.settings.caseworkerEmail,
    subject: `Udbetaling afvist / Payout rejected: ${ref}`,
    text,
    html: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`,
  });
}

/**
 * Finance's answer for a batch: the rejected lines go back to the caseworker with the bank's
 * reason; every other line of the batch is executed and its workflow resumed, so the family is
 * told it is paid. Re-runnable: lines already settled are skipped.
 */
export async function reconcileBatch(
  deps: PayoutDeps,
  batchId: string,
  rejected: readonly RejectedLine[] = [],
): Promise<Reconciliation> {
  const batch = await deps.batches.get(batchId);
  if (!batch) throw new Error(`no payout batch ${batchId}`);
  const reasons = new Map(rejected.map((r) => [r.reference, r.reason]));
  const at = deps.env.now().toISOString();
  let executed = 0;
  let rejectedCount = 0;
  for await (const entry of deps.ledger.listInBatch(batchId)) {
    const reference = lineReference(batchId, entry.applicationId);
    const reason = reasons.get(reference);
    reasons.delete(reference);
    if (reason !== undefined) {
      if (await deps.ledger.settle(entry.applicationId, batchId, { reason, at })) {
        await returnToCaseworker(deps, entry.applicationId, batchId, reason, at);
        rejectedCount++;
      }
      continue;
    }
    // The workflow resumes first: a crash before the ledger write retries both.
    if (entry.taskToken) await deps.workflow.succeed(entry.taskToken, { paid: true });
    if (await deps.ledger.settle(entry.applicationId, batchId, { executed: true })) executed++;
  }
  const done: PayoutBatch = {
    ...batch,
    step: 'reconciled',
    executed: (batch.executed ?? 0) + executed,
    rejected: (batch.rejected ?? 0) + rejectedCount,
    updatedAt: at,
  };
  if (batch.step === 'ready') await deps.batches.advance(done, 'ready');
  return { batchId, executed, rejected: rejectedCount, unknown: [...reasons.keys()] };
}

/** Puts a rejected payout, corrected, into a later run. False when the entry is not rejected. */
export async function reschedulePayout(
  deps: PayoutDeps,
  applicationId: string,
  amountOre: number,
  dueDate: string,
): Promise<boolean> {
  return deps.ledger.reschedule(applicationId, amountOre, dueDate);
}
