import { hasLines } from '../../payouts/batch';
import type { PayoutDeps } from '../payout-deps';

/** The four eyes need the batches, the clock and the journal. */
type ReleaseDeps = Pick<PayoutDeps, 'batches' | 'env' | 'journal'>;

/** What a step of the four eyes did, as a code the page turns into words. */
export type ReleaseOutcome =
  | { ok: true }
  | {
      ok: false;
      code:
        | 'not-found'
        | 'not-ready'
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
  if (!batch || !hasLines(batch)) return 'not-found' as const;
  if (batch.step !== 'ready' && batch.step !== 'reconciled') return 'not-ready' as const;
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
