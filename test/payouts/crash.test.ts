import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PayoutDeps } from '../../shared/app/payout-deps';
import { runPayoutSlot, runPayoutsNow, runScheduledPayouts } from '../../shared/app/use-cases/payout-run';
import { slotOf } from '../../shared/payouts/schedule';
import { fileOf, payoutHarness, seed, xsdErrors } from './fixtures';

const slotOn = (date: string) => slotOf(DateTime.fromISO(date, { zone: 'Europe/Copenhagen' }));

class Crash extends Error {
  override name = 'Crash';
}

/** Wraps the run's writes (claims, file writes, e-mails, batch steps) so that the `at`-th one crashes. */
function crashingAt(deps: PayoutDeps, at: number): { deps: PayoutDeps; calls: () => number } {
  let calls = 0;
  const tick = () => {
    if (++calls === at) throw new Crash(`crash at write ${at}`);
  };
  const wrapped: PayoutDeps = {
    ...deps,
    ledger: Object.assign(Object.create(deps.ledger), {
      claimForBatch: async (id: string, batchId: string) => {
        const claimed = await deps.ledger.claimForBatch(id, batchId);
        tick();
        return claimed;
      },
    }),
    files: {
      write: async (key, type, chunks) => {
        tick();
        await deps.files.write(key, type, chunks);
      },
      link: (key, seconds) => deps.files.link(key, seconds),
    },
    mailer: {
      send: async (mail) => {
        tick();
        await deps.mailer.send(mail);
      },
    },
    batches: {
      create: (b) => deps.batches.create(b),
      get: (id) => deps.batches.get(id),
      list: (n) => deps.batches.list(n),
      advance: async (b, from) => {
        const moved = await deps.batches.advance(b, from);
        tick();
        return moved;
      },
      claimNotice: async (id, at, staleBefore) => {
        const claimed = await deps.batches.claimNotice(id, at, staleBefore);
        tick();
        return claimed;
      },
      noticeSent: async (id, at) => {
        tick();
        await deps.batches.noticeSent(id, at);
      },
      releaseOf: (id) => deps.batches.releaseOf(id),
      release: (id, by, at) => deps.batches.release(id, by, at),
      confirmRelease: (id, first, by, at) => deps.batches.confirmRelease(id, first, by, at),
    },
  };
  return { deps: wrapped, calls: () => calls };
}

describe('a payout run that crashes', () => {
  it('yields the same batch, with every entry once, when run again after a crash at any write', async () => {
    const slot = slotOn('2026-03-04');
    const clean = payoutHarness();
    await seed(clean.ledger, 4);
    const counting = crashingAt(clean.deps, 0);
    const reference = await runPayoutSlot(counting.deps, slot);
    const writes = counting.calls();
    expect(writes).toBe(4 + 3 + 3 + 3); // claims, step records, files, e-mail claim, e-mail, e-mail sent

    for (let at = 1; at <= writes; at++) {
      const { deps, env, ledger, files, batches, mailer } = payoutHarness();
      await seed(ledger, 4);

      await expect(runPayoutSlot(crashingAt(deps, at).deps, slot), `crash at ${at}`).rejects.toThrow(Crash);
      // The rerun comes after the e-mail claim's lease, as the platform's retry or the next morning would.
      env.current = new Date(env.current.getTime() + 16 * 60_000);
      const batch = await runPayoutSlot(deps, slot);
      const emails = mailer.sent.filter((m) => m.to === 'oekonomi@kommune.test').length;
      // Only a crash after sending and before recording it sends twice.
      expect(emails, `e-mails after a crash at ${at}`).toBe(at === writes ? 2 : 1);

      expect(batches.items.size).toBe(1);
      expect(batch).toMatchObject({ id: reference.id, step: 'ready', count: 4, sumOre: reference.sumOre });
      expect(
        [...ledger.entries.values()].every((e) => e.status === 'in-batch' && e.batchId === batch.id),
      ).toBe(true);
      expect(xsdErrors(fileOf(files, batch, 'pain.001.001.03'))).toBe('');
      expect(fileOf(files, batch, 'csv')).toBe(fileOf(clean.files, reference, 'csv'));
    }
  });

  it('writes, after a crash in the middle of the files, the same files as an uninterrupted run', async () => {
    const slot = slotOn('2026-03-04');
    const uninterrupted = payoutHarness();
    await seed(uninterrupted.ledger, 3);
    const expected = await runPayoutSlot(uninterrupted.deps, slot);
    const resumed = payoutHarness();
    await seed(resumed.ledger, 3);

    await expect(runPayoutSlot(crashingAt(resumed.deps, 5).deps, slot)).rejects.toThrow(Crash);
    const batch = await runPayoutSlot(resumed.deps, slot);

    expect(batch.files.map((f) => f.sha256)).toEqual(expected.files.map((f) => f.sha256));
  });
});

describe('two payout runs at the same time', () => {
  it('puts each due entry in exactly one batch when two slots race for the same entries', async () => {
    const { deps, ledger, batches } = payoutHarness();
    await seed(ledger, 50, { dueDate: '2026-03-02' });

    const [a, b] = await Promise.all([
      runPayoutSlot(deps, slotOn('2026-03-03')),
      runPayoutSlot(deps, slotOn('2026-03-04')),
    ]);

    expect(a.count + b.count).toBe(50);
    const inBatch = [...ledger.entries.values()].map((e) => e.batchId);
    expect(inBatch.every((id) => id === a.id || id === b.id)).toBe(true);
    for (const batch of [a, b]) {
      expect(inBatch.filter((id) => id === batch.id)).toHaveLength(batch.count);
    }
    expect(batches.items.size).toBe(2);
  });

  it('sends finance one e-mail about a batch when two runs of the same slot race', async () => {
    const { deps, ledger, mailer } = payoutHarness();
    await seed(ledger, 5);

    const [a, b] = await Promise.all([
      runPayoutSlot(deps, slotOn('2026-03-04')),
      runPayoutSlot(deps, slotOn('2026-03-04')),
    ]);

    expect(a.id).toBe(b.id);
    expect(mailer.sent.filter((m) => m.subject.includes(a.id))).toHaveLength(1);
  });

  it('sends the e-mail a crashed run owed from the next morning job, once', async () => {
    const { deps, env, ledger, mailer } = payoutHarness();
    await seed(ledger, 2);
    const failing: PayoutDeps = {
      ...deps,
      mailer: {
        send: async () => {
          throw new Crash('mail down');
        },
      },
    };
    await expect(runPayoutSlot(failing, slotOn('2026-03-04'))).rejects.toThrow(Crash);

    env.current = new Date('2026-03-05T05:00:00Z');
    await runScheduledPayouts(deps);
    env.current = new Date('2026-03-06T05:00:00Z');
    await runScheduledPayouts(deps);

    expect(mailer.sent.filter((m) => m.subject.includes('20260304T0600'))).toHaveLength(1);
  });

  it('puts each due entry in exactly one batch when a manual run races the scheduled run', async () => {
    const { deps, env, ledger, batches } = payoutHarness();
    env.current = new Date('2026-03-04T05:00:00Z'); // 06:00 Copenhagen: the slot and a click at once
    await seed(ledger, 50);

    const [manual, scheduled] = await Promise.all([
      runPayoutsNow(deps),
      runPayoutSlot(deps, slotOn('2026-03-04')),
    ]);

    expect(manual.id).toBe('20260304T060000');
    expect(scheduled.id).toBe('20260304T0600');
    expect(manual.count + scheduled.count).toBe(50);
    const inBatch = [...ledger.entries.values()].map((e) => e.batchId);
    for (const batch of [manual, scheduled]) {
      expect(inBatch.filter((id) => id === batch.id)).toHaveLength(batch.count);
      expect(batch.sumOre).toBe(
        [...ledger.entries.values()]
          .filter((e) => e.batchId === batch.id)
          .reduce((s, e) => s + e.amountOre, 0),
      );
    }
    expect(batches.items.size).toBe(2);
  });

  it('makes one batch when the same slot runs twice at once', async () => {
    const { deps, ledger, batches, mailer } = payoutHarness();
    await seed(ledger, 20);

    const [a, b] = await Promise.all([
      runPayoutSlot(deps, slotOn('2026-03-04')),
      runPayoutSlot(deps, slotOn('2026-03-04')),
    ]);

    expect(a).toEqual(b);
    expect(a.count).toBe(20);
    expect(batches.items.size).toBe(1);
    expect(mailer.sent.length).toBeGreaterThanOrEqual(1);
  });
});
