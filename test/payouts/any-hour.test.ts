import { describe, expect, it } from 'vitest';
import { MemoryFinanceFileStore, MemoryPayoutBatchStore } from '../../shared/adapters/memory/payout-stores';
import { payoutDeps } from '../../shared/app/payout-deps';
import { runPayoutsNow } from '../../shared/app/use-cases/payout-run';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { payoutBatches } from '../../shared/http/api';
import { STATE } from '../../workflows/application-workflow';
import { harness, submitCarSeat } from '../workflows/harness';
import { payoutSettings } from './fixtures';

/** The workflow harness with payout parts, its clock at `instant`. */
function at(instant: string) {
  const h = harness();
  h.env.current = new Date(instant);
  h.deps.payouts = {
    batches: new MemoryPayoutBatchStore(),
    files: new MemoryFinanceFileStore(),
    settings: payoutSettings,
  };
  return h;
}

/** A car seat within the cap, bought two days before, approved by the caseworker through the link. */
async function approved(h: ReturnType<typeof at>, day: string): Promise<string> {
  const waiting = h.engine.whenWaiting(STATE.review);
  const id = await submitCarSeat(h, {
    child: { birthDate: '2022-05-01' },
    expenses: [{ date: day, amount: '1499.00', description: 'Autostol', approvalStandard: 'i-size' }],
  });
  await waiting;
  const link = [...h.links.items.values()].find((l) => l.applicationId === id);
  const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
  await recordDecision(h.deps, link?.id ?? '', { action: 'approve', formToken: link?.formToken ?? '' });
  await scheduled;
  return id;
}

describe('payout runs at any hour', () => {
  it('pays at 03:40 what was approved at 03:30 on the same night, executing that Monday', async () => {
    // Monday 4 January 2027, 03:30 Copenhagen: before the 06:00 run, just after New Year.
    const h = at('2027-01-04T02:30:00Z');
    const id = await approved(h, '2027-01-02');
    h.env.current = new Date('2027-01-04T02:40:00Z');

    const batch = await runPayoutsNow(payoutDeps(h.deps));

    expect(batch.count).toBe(1);
    expect(batch.payoutDate).toBe('2027-01-04');
    expect(h.ledger.entries.get(id)).toMatchObject({ status: 'in-batch', dueDate: '2027-01-04' });
    expect(h.applications.items.get(id)?.payout?.dueDate).toBe('2027-01-04');
  });

  it('pays on a Saturday afternoon what was just approved, asking the bank for Monday', async () => {
    const h = at('2027-01-09T14:00:00Z');
    const id = await approved(h, '2027-01-07');

    const batch = await runPayoutsNow(payoutDeps(h.deps));

    expect(batch.count).toBe(1);
    expect(batch.payoutDate).toBe('2027-01-11');
    expect(h.ledger.entries.get(id)?.status).toBe('in-batch');
    // The requested execution date is a banking day on or after the line's due date.
    expect(batch.payoutDate >= (h.ledger.entries.get(id)?.dueDate ?? '')).toBe(true);
  });

  it("pays at 23:50 on New Year's Eve what was approved at 23:40, executing on the first banking day", async () => {
    const h = at('2026-12-31T22:40:00Z');
    const id = await approved(h, '2026-12-29');
    h.env.current = new Date('2026-12-31T22:50:00Z');

    const batch = await runPayoutsNow(payoutDeps(h.deps));

    expect(batch.count).toBe(1);
    expect(batch.payoutDate).toBe('2027-01-04');
    expect(h.ledger.entries.get(id)?.dueDate).toBe('2026-12-31');
  });

  it('leaves no empty batch on the finance list after a run with nothing to pay', async () => {
    const h = at('2027-01-04T02:30:00Z');
    const empty = await runPayoutsNow(payoutDeps(h.deps));
    expect(empty.count).toBe(0);

    const listed = JSON.parse((await payoutBatches(h.deps)).body) as { batches: unknown[] };

    expect(listed.batches).toEqual([]);
  });
});
