import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reconcileBatch, reschedulePayout } from '../../shared/app/use-cases/payout-reconcile';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { lineReference } from '../../shared/payouts/lines';
import { slotOf } from '../../shared/payouts/schedule';
import { payoutHarness, seed } from './fixtures';

const slotOn = (date: string) => slotOf(DateTime.fromISO(date, { zone: 'Europe/Copenhagen' }));

describe('reconciling a batch', () => {
  it('resumes executed lines as paid and returns rejected lines to the caseworker with the bank reason', async () => {
    const { deps, ledger, workflow, mailer, batches } = payoutHarness();
    await seed(ledger, 3);
    const batch = await runPayoutSlot(deps, slotOn('2026-03-04'));
    const rejectedId = 'app000000000000000000002';

    const result = await reconcileBatch(deps, batch.id, [
      { reference: lineReference(batch.id, rejectedId), reason: 'AC04 Closed account' },
    ]);

    expect(result).toMatchObject({ executed: 2, rejected: 1, unknown: [] });
    expect(workflow.succeeded).toEqual([
      { taskToken: 'token-1', output: { paid: true } },
      { taskToken: 'token-3', output: { paid: true } },
    ]);
    expect(await ledger.get(rejectedId)).toMatchObject({
      status: 'rejected',
      rejection: { reason: 'AC04 Closed account' },
    });
    expect((await ledger.get('app000000000000000000001'))?.status).toBe('executed');
    expect(mailer.sent.at(-1)).toMatchObject({ to: 'sagsbehandler@kommune.test' });
    expect(mailer.sent.at(-1)?.text).toContain('AC04 Closed account');
    expect((await batches.get(batch.id))?.step).toBe('reconciled');
  });

  it('puts a corrected payout into a later run with a new reference', async () => {
    const { deps, ledger } = payoutHarness();
    await seed(ledger, 1);
    const first = await runPayoutSlot(deps, slotOn('2026-03-04'));
    const id = 'app000000000000000000001';
    await reconcileBatch(deps, first.id, [{ reference: lineReference(first.id, id), reason: 'AC01' }]);

    expect(await reschedulePayout(deps, id, 12_345, '2026-03-05')).toBe(true);
    const later = await runPayoutSlot(deps, slotOn('2026-03-05'));

    expect(later).toMatchObject({ count: 1, sumOre: 12_345 });
    expect(await ledger.get(id)).toMatchObject({ status: 'in-batch', batchId: later.id });
  });

  it('settles nothing twice when finance reports the same batch again', async () => {
    const { deps, ledger, workflow } = payoutHarness();
    await seed(ledger, 2);
    const batch = await runPayoutSlot(deps, slotOn('2026-03-04'));

    await reconcileBatch(deps, batch.id);
    const again = await reconcileBatch(deps, batch.id);

    expect(again).toMatchObject({ executed: 0, rejected: 0 });
    expect(workflow.succeeded).toHaveLength(2);
  });
});
