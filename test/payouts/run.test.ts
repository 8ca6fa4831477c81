import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runPayoutSlot, runPayoutsNow, runScheduledPayouts } from '../../shared/app/use-cases/payout-run';
import { nextSlot, slotOf } from '../../shared/payouts/schedule';
import { entry, fileOf, payoutHarness, seed, xsdErrors } from './fixtures';

const slot = slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' }));

describe('a payout run', () => {
  it('writes a CSV, a pain.001.001.03 valid against the XSD and a manifest with checksums', async () => {
    const { deps, ledger, files, mailer } = payoutHarness();
    await seed(ledger, 5);

    const batch = await runPayoutSlot(deps, slot);

    expect(batch).toMatchObject({ id: '20260304T0600', step: 'ready', count: 5, payoutDate: '2026-03-04' });
    expect(batch.files.map((f) => f.format)).toEqual(['csv', 'pain.001.001.03', 'manifest']);
    const pain = fileOf(files, batch, 'pain.001.001.03');
    expect(xsdErrors(pain)).toBe('');
    for (const file of batch.files.filter((f) => f.format !== 'manifest')) {
      expect(
        createHash('sha256')
          .update(fileOf(files, batch, file.format))
          .digest('hex'),
      ).toBe(file.sha256);
    }
    expect(JSON.parse(fileOf(files, batch, 'manifest')).files).toHaveLength(2);
    const csv = fileOf(files, batch, 'csv').trim().split('\r\n');
    expect(csv).toHaveLength(7);
    expect(csv[1]).toMatch(
      /^\d{10};\d+\.\d{2};2026-03-04;"[^"]{1,80}";"5\.28\.21\/[a-z0-9-]+";[0-9a-f]{32}$/,
    );
    // The trailer: 5 lines of 10000 + n × 137 øre (n = 1…5) = 50000 + 15 × 137 = 52055 øre.
    expect(csv.at(-1)).toBe('TOTAL;520.55;;"5";;');
    expect(batch.sumOre).toBe(52_055);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to).toBe('oekonomi@kommune.test');
    // The e-mail leads to the finance page (behind sign-in), never to the files themselves.
    expect(mailer.sent[0]?.text).toContain('http://127.0.0.1:3000/finance');
    expect(mailer.sent[0]?.text).not.toMatch(/memory:|expires=|payouts-/);
  });

  it('keeps entries due after the payout date for a later run', async () => {
    const { deps, ledger } = payoutHarness();
    await seed(ledger, 2);
    await ledger.schedule(entry(99, { applicationId: 'later', dueDate: '2026-03-05' }));

    const batch = await runPayoutSlot(deps, slot);

    expect(batch.count).toBe(2);
    expect((await ledger.get('later'))?.status).toBe('scheduled');
  });

  it('writes no files for a run with nothing due', async () => {
    const { deps, mailer } = payoutHarness();

    const batch = await runPayoutsNow(deps);

    expect(batch).toMatchObject({ step: 'ready', count: 0, files: [] });
    expect(mailer.sent).toHaveLength(0);
  });

  it('runs the same slot twice into the same batch', async () => {
    const { deps, ledger, batches } = payoutHarness();
    await seed(ledger, 3);

    const first = await runPayoutSlot(deps, slot);
    const second = await runPayoutSlot(deps, slot);

    expect(second).toEqual(first);
    expect(batches.items.size).toBe(1);
  });

  it('writes CreDtTm no later than the run: the slot time at or after the slot, the start when earlier', async () => {
    const late = payoutHarness();
    await seed(late.ledger, 1);
    const early = payoutHarness();
    await seed(early.ledger, 1);
    early.env.current = new Date('2026-03-04T04:59:30.250Z'); // 05:59:30 Copenhagen, the slot is 06:00

    const atNine = await runPayoutSlot(late.deps, slot);
    const beforeSix = await runScheduledPayouts(early.deps);

    const creDtTm = (xml: string) => /<CreDtTm>([^<]+)<\/CreDtTm>/.exec(xml)?.[1];
    expect(creDtTm(fileOf(late.files, atNine, 'pain.001.001.03'))).toBe('2026-03-04T05:00:00Z');
    expect(beforeSix?.id).toBe('20260304T0600');
    expect(creDtTm(fileOf(early.files, beforeSix ?? atNine, 'pain.001.001.03'))).toBe('2026-03-04T04:59:30Z');
  });
});

describe('a payout run started by hand', () => {
  it('makes a new batch each time: the second, after another approval, holds exactly the new payout', async () => {
    const { deps, env, ledger, files } = payoutHarness();
    await seed(ledger, 2);

    const first = await runPayoutsNow(deps);
    env.current = new Date('2026-03-04T09:20:07.500Z');
    await ledger.schedule(entry(7, { applicationId: 'approved-later' }));
    const second = await runPayoutsNow(deps);

    expect(first).toMatchObject({ id: '20260304T101500', step: 'ready', count: 2 });
    expect(second).toMatchObject({ id: '20260304T102007', step: 'ready', count: 1, sumOre: 10_959 });
    expect((await ledger.get('approved-later'))?.batchId).toBe(second.id);
    const csv = fileOf(files, second, 'csv').trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain(';109.59;2026-03-05;"Tilskud fra Randers Kommune, sag APPROVED";');
    expect(csv.at(-1)).toBe('TOTAL;109.59;;"1";;');
    // Two runs in one second are two batches, the second named "-2" (the same instant is the same run).
    env.current = new Date('2026-03-04T09:20:07.900Z');
    const third = await runPayoutsNow(deps);
    expect(third.id).toBe('20260304T102007-2');
    // CreDtTm is the run's own second, not a future slot.
    expect(fileOf(files, second, 'pain.001.001.03')).toContain('<CreDtTm>2026-03-04T09:20:07Z</CreDtTm>');
  });

  it("does not take the next scheduled run's id: that run still pays what was approved afterwards", async () => {
    const { deps, env, ledger, batches } = payoutHarness();
    // Sunday 22 November 2026, 15:30:12 Copenhagen; the next scheduled run is Monday 06:00.
    env.current = new Date('2026-11-22T14:30:12Z');
    await seed(ledger, 2, { dueDate: '2026-11-23' });
    const next = nextSlot(deps.settings.cadence, env.now(), deps.calendar);

    const manual = await runPayoutsNow(deps);
    await ledger.schedule(entry(9, { applicationId: 'approved-sunday-evening', dueDate: '2026-11-23' }));
    env.current = new Date('2026-11-23T05:00:00Z');
    const scheduled = await runScheduledPayouts(deps);

    expect(next.batchId).toBe('20261123T0600');
    expect(manual).toMatchObject({ id: '20261122T153012', payoutDate: '2026-11-23', count: 2 });
    expect(scheduled).toMatchObject({ id: '20261123T0600', payoutDate: '2026-11-23', count: 1 });
    expect((await ledger.get('approved-sunday-evening'))?.batchId).toBe('20261123T0600');
    expect(batches.items.size).toBe(2);
  });

  it('pays what the next scheduled run would pay: due by its payout date, nothing due later', async () => {
    const { deps, ledger } = payoutHarness();
    // Wednesday 4 March 2026, 10:15: today's run is past, the next is Thursday's.
    await ledger.schedule(entry(1, { dueDate: '2026-03-05' }));
    await ledger.schedule(entry(2, { dueDate: '2026-03-06' }));

    const batch = await runPayoutsNow(deps);

    expect(batch).toMatchObject({ payoutDate: '2026-03-05', count: 1 });
    expect((await ledger.get(entry(2).applicationId))?.status).toBe('scheduled');
  });

  it('takes a numbered id when the clock repeats a second (the hour the clocks go back)', async () => {
    const { deps, env, ledger } = payoutHarness();
    await seed(ledger, 1, { dueDate: '2026-10-25' });
    env.current = new Date('2026-10-25T00:30:12Z'); // 02:30:12 summer time
    const summer = await runPayoutsNow(deps);
    await ledger.schedule(entry(2, { dueDate: '2026-10-25' }));
    env.current = new Date('2026-10-25T01:30:12Z'); // 02:30:12 winter time

    const winter = await runPayoutsNow(deps);
    const again = await runPayoutsNow(deps);

    expect(summer.id).toBe('20261025T023012');
    expect(winter).toMatchObject({ id: '20261025T023012-2', count: 1 });
    expect(again).toEqual(winter);
  });
});
