import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runNextPayouts, runPayoutSlot } from '../../shared/payouts/run';
import { slotOf } from '../../shared/payouts/schedule';
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
    expect(csv).toHaveLength(6);
    expect(csv[1]).toMatch(
      /^\d{10};\d+\.\d{2};2026-03-04;"[^"]{1,80}";"5\.28\.21\/[a-z0-9-]+";[0-9a-f]{32}$/,
    );
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to).toBe('oekonomi@kommune.test');
    expect(mailer.sent[0]?.text).toContain('expires=604800');
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

    const batch = await runNextPayouts(deps);

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
});
