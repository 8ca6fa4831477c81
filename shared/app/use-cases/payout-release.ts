import { hasLines } from '../../payouts/batch';
import type { Deps } from '../deps';
import type { PayoutDeps } from '../payout-deps';

/** The four eyes need the batches, the clock and the journal. */
type ReleaseDeps = Pick<PayoutDeps, 'batches' | 'env' | 'journal'>;

/** What a step of the four eyes did, as a code the outcome table turns into words. */
export type ReleaseOutcome =
  | { ok: true }
  | {
      ok: false;
      code:
        | 'batch-not-found'
        | 'batch-not-ready'
        | 'no-name'
        | 'already-released'
        | 'not-released'
        | 'same-person'
        | 'already-confirmed';
    };

/** A person as typed on the form (until sign-in names them): trimmed, at most 200 characters. */
const person = (typed: string) => typed.trim().slice(0, 200);
const samePerson = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function releasable(deps: ReleaseDeps, batchId: string) {
  const batch = await deps.batches.get(batchId);
  if (!batch || !hasLines(batch)) return 'batch-not-found' as const;
  if (batch.step !== 'ready' && batch.step !== 'reconciled') return 'batch-not-ready' as const;
  return undefined;
}

/** The first pair of eyes: a finance user releases the batch's files for the bank; journaled. */
export async function releaseBatch(
  deps: ReleaseDeps,
  batchId: string,
  typedBy: string,
): Promise<ReleaseOutcome> {
  const by = person(typedBy);
  if (!by) return { ok: false, code: 'no-name' };
  const refused = await releasable(deps, batchId);
  if (refused) return { ok: false, code: refused };
  const at = deps.env.now().toISOString();
  if (!(await deps.batches.release(batchId, by, at))) return { ok: false, code: 'already-released' };
  await deps.journal.record(`batch:${batchId}`, at, { kind: 'batch-released', batchId, by });
  return { ok: true };
}

/**
 * The second pair of eyes: another finance user confirms the release; only then may the files be
 * downloaded for the bank. The same person (names compared without case) cannot confirm; journaled.
 */
export async function confirmBatchRelease(
  deps: ReleaseDeps,
  batchId: string,
  typedBy: string,
): Promise<ReleaseOutcome> {
  const by = person(typedBy);
  if (!by) return { ok: false, code: 'no-name' };
  const refused = await releasable(deps, batchId);
  if (refused) return { ok: false, code: refused };
  const release = await deps.batches.releaseOf(batchId);
  if (!release) return { ok: false, code: 'not-released' };
  if (release.confirmedBy) return { ok: false, code: 'already-confirmed' };
  if (samePerson(release.releasedBy, by)) return { ok: false, code: 'same-person' };
  const at = deps.env.now().toISOString();
  if (!(await deps.batches.confirmRelease(batchId, release.releasedBy, by, at)))
    return { ok: false, code: 'already-confirmed' };
  await deps.journal.record(`batch:${batchId}`, at, {
    kind: 'batch-release-confirmed',
    batchId,
    by,
    releasedBy: release.releasedBy,
  });
  return { ok: true };
}

/** A refusal of a step of the four eyes. */
export type ReleaseRefusal = Exclude<ReleaseOutcome, { ok: true }>;

/**
 * POST /finance/batches/{id}/release and …/confirm: one of the four eyes, by the signed-in person;
 * `batch-not-found` where payouts are not set up.
 */
export async function releasePayoutBatch(
  deps: Pick<Deps, 'payouts' | 'env' | 'journal'>,
  step: 'release' | 'confirm',
  batchId: string,
  by: string,
): Promise<ReleaseOutcome> {
  if (!deps.payouts) return { ok: false, code: 'batch-not-found' };
  const release = { batches: deps.payouts.batches, env: deps.env, journal: deps.journal };
  return step === 'release' ? releaseBatch(release, batchId, by) : confirmBatchRelease(release, batchId, by);
}
