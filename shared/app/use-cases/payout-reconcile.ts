import { caseRef } from '../../domain/case-ref';
import { instantDay } from '../../domain/dates';
import { escapeHtml } from '../../domain/escape-html';
import type { PayoutBatch } from '../../payouts/batch';
import { lineReference } from '../../payouts/lines';
import { type PayoutDeps, type PayoutRouteDeps, payoutDepsIfAny } from '../payout-deps';
import { correctionPath, markPayoutReturned } from './payout-correction';

/** A line the bank rejected: its reference (EndToEndId) and the bank's reason. */
export type RejectedLine = { reference: string; reason: string };

/** What reconciling a batch did. */
export type Reconciliation = { batchId: string; executed: number; rejected: number; unknown: string[] };

/** What the bank did with each line, by application id; lines not named are left as they are. */
export type Verdicts = Map<string, { accepted: true } | { rejected: string }>;

/** Sends a rejected line back to the caseworker with the bank's reason and the correction form. */
async function returnToCaseworker(
  deps: PayoutDeps,
  applicationId: string,
  batchId: string,
  reason: string,
  at: string,
) {
  const ref = caseRef(applicationId);
  await deps.journal.record(applicationId, at, { kind: 'payout-rejected', batchId, reason });
  const token = await markPayoutReturned(deps, applicationId, at);
  const form = `${deps.settings.publicBaseUrl}${correctionPath(applicationId, token)}`;
  const text = `Banken afviste udbetalingen i sag ${ref} (betalingskørsel ${batchId}): ${reason}\nRet udbetalingen her; den kommer med i næste betalingskørsel: ${form}\n\nThe bank rejected the payout of case ${ref} (run ${batchId}): ${reason}\nCorrect the payout here; it goes into the next run: ${form}`;
  await deps.mailer.send({
    to: deps.settings.caseworkerEmail,
    subject: `Udbetaling afvist / Payout rejected: ${ref}`,
    text,
    html: `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`,
  });
}

/** Resumes the payout's workflow (the family is told it is paid) and marks the line executed. */
async function execute(deps: PayoutDeps, batchId: string, applicationId: string, taskToken?: string) {
  // The workflow resumes first: a crash before the ledger write retries both.
  if (taskToken) await deps.workflow.succeed(taskToken, { paid: true });
  return deps.ledger.settle(applicationId, batchId, { executed: true });
}

/**
 * Applies the bank's verdicts to a batch's open lines. A rejected line goes back to the caseworker.
 * An accepted line is paid on the batch's execution date: on or after it, the family is told now;
 * before it the line waits as `accepted` until the morning run of that day (`releaseDuePayouts`).
 * Re-runnable: a line already settled is left alone and not counted again.
 */
export async function applyVerdicts(
  deps: PayoutDeps,
  batch: PayoutBatch,
  verdicts: Verdicts,
): Promise<{ settled: number; rejected: number }> {
  const at = deps.env.now().toISOString();
  const due = instantDay(at) >= batch.payoutDate;
  let settled = 0;
  let rejected = 0;
  for (const status of ['in-batch', 'accepted'] as const) {
    for await (const entry of deps.ledger.listInBatch(batch.id, status)) {
      const verdict = verdicts.get(entry.applicationId);
      if (!verdict) continue;
      if ('rejected' in verdict) {
        if (await deps.ledger.settle(entry.applicationId, batch.id, { reason: verdict.rejected, at })) {
          await returnToCaseworker(deps, entry.applicationId, batch.id, verdict.rejected, at);
          rejected++;
        }
      } else if (status === 'in-batch') {
        const moved = due
          ? await execute(deps, batch.id, entry.applicationId, entry.taskToken)
          : await deps.ledger.settle(entry.applicationId, batch.id, { accepted: true });
        if (moved) settled++;
      }
    }
  }
  const done: PayoutBatch = {
    ...batch,
    step: 'reconciled',
    executed: (batch.executed ?? 0) + settled,
    rejected: (batch.rejected ?? 0) + rejected,
    updatedAt: at,
  };
  if (settled + rejected > 0 && !(await deps.batches.advance(done, batch.step))) {
    // Another report moved the batch meanwhile: add this one's counts to what it wrote.
    const current = await deps.batches.get(batch.id);
    if (current) await applyCounts(deps, current, settled, rejected, at);
  }
  return { settled, rejected };
}

async function applyCounts(
  deps: PayoutDeps,
  batch: PayoutBatch,
  settled: number,
  rejected: number,
  at: string,
) {
  for (let current: PayoutBatch | undefined = batch; current; current = await deps.batches.get(batch.id)) {
    const next: PayoutBatch = {
      ...current,
      step: 'reconciled',
      executed: (current.executed ?? 0) + settled,
      rejected: (current.rejected ?? 0) + rejected,
      updatedAt: at,
    };
    if (await deps.batches.advance(next, current.step)) return;
  }
}

/** A reconciliation refused: there is no such batch (or payouts are not set up). */
export type ReconcileRefusal = { ok: false; code: 'batch-not-found' };

/**
 * POST /api/payout-batches/{id}/reconciliation: finance's answer from the bank for one batch
 * (see `reconcileBatch`), or `batch-not-found` when there is no such batch.
 */
export async function reconcileReported(
  routeDeps: PayoutRouteDeps,
  batchId: string,
  rejected: readonly RejectedLine[],
): Promise<{ ok: true; reconciliation: Reconciliation } | ReconcileRefusal> {
  const deps = payoutDepsIfAny(routeDeps);
  if (!deps || !(await deps.batches.get(batchId))) return { ok: false, code: 'batch-not-found' };
  return { ok: true, reconciliation: await reconcileBatch(deps, batchId, rejected) };
}

/**
 * Finance's answer for a batch, marked by hand (banks without pain.002): the rejected lines go
 * back to the caseworker with the bank's reason; every other line of the batch is accepted and paid
 * on the execution date. Re-runnable: lines already settled are skipped.
 */
export async function reconcileBatch(
  deps: PayoutDeps,
  batchId: string,
  rejected: readonly RejectedLine[] = [],
): Promise<Reconciliation> {
  const batch = await deps.batches.get(batchId);
  if (!batch) throw new Error(`no payout batch ${batchId}`);
  const reasons = new Map(rejected.map((r) => [r.reference, r.reason]));
  const verdicts: Verdicts = new Map();
  for (const status of ['in-batch', 'accepted'] as const) {
    for await (const entry of deps.ledger.listInBatch(batchId, status)) {
      const reference = lineReference(batchId, entry.applicationId);
      const reason = reasons.get(reference);
      reasons.delete(reference);
      verdicts.set(entry.applicationId, reason === undefined ? { accepted: true } : { rejected: reason });
    }
  }
  const result = await applyVerdicts(deps, batch, verdicts);
  return { batchId, executed: result.settled, rejected: result.rejected, unknown: [...reasons.keys()] };
}

/**
 * The morning job's part for accepted lines: every line the bank accepted whose batch's execution
 * date has come is executed, and its family told it is paid, that day and not before.
 */
export async function releaseDuePayouts(deps: PayoutDeps): Promise<number> {
  const today = instantDay(deps.env.now().toISOString());
  let released = 0;
  for (const batch of await deps.batches.list(100)) {
    if (batch.payoutDate > today || batch.step !== 'reconciled') continue;
    for await (const entry of deps.ledger.listInBatch(batch.id, 'accepted')) {
      if (await execute(deps, batch.id, entry.applicationId, entry.taskToken)) released++;
    }
  }
  return released;
}

/** Puts a rejected payout, corrected, into a later run. False when the entry is not rejected. */
export async function reschedulePayout(
  deps: PayoutDeps,
  applicationId: string,
  amountOre: number,
  dueDate: string,
  correction?: { at: string; by: string },
): Promise<boolean> {
  return deps.ledger.reschedule(applicationId, amountOre, dueDate, correction);
}
