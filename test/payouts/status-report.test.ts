import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runPayoutSlot, runScheduledPayouts } from '../../shared/app/use-cases/payout-run';
import { applyStatusReport } from '../../shared/app/use-cases/payout-status-report';
import { batchPmtInfId, lineReference } from '../../shared/payouts/lines';
import { parseStatusReport } from '../../shared/payouts/pain002';
import { slotOf } from '../../shared/payouts/schedule';
import { pain002Problems } from '../../shared/payouts/xsd';
import { payoutHarness, seed } from './fixtures';
import { statusReportXml } from './pain002-builder';

const slotOn = (date: string) => slotOf(DateTime.fromISO(date, { zone: 'Europe/Copenhagen' }));
const fixture = (name: string) => readFileSync(new URL(`./pain002/${name}`, import.meta.url), 'utf8');
const app = (n: number) => `app${String(n).padStart(21, '0')}`;

describe('the pain.002 fixtures', () => {
  it.each([
    'pain002-accepted.xml',
    'pain002-one-rejected.xml',
    'pain002-file-rejected.xml',
    'pain002-other-batch.xml',
  ])('%s is valid against the pain.002.001.03 XSD', async (name) => {
    expect(await pain002Problems(fixture(name))).toEqual([]);
  });

  it('reads the original MsgId, the group status and each line with its reason code', () => {
    const report = parseStatusReport(fixture('pain002-one-rejected.xml'));
    expect(report).toMatchObject({ originalMsgId: 'SUPPL-20260304T0600', groupStatus: 'PART' });
    expect(report.payments[0]?.transactions[0]).toMatchObject({
      status: 'RJCT',
      reasons: [{ code: 'AC04', info: ['Konto lukket'] }],
    });
  });
});

describe("the bank's status report", () => {
  it('settles the accepted lines and sends the rejected one to the caseworker with AC04 in Danish and English', async () => {
    const { deps, ledger, workflow, mailer, journal } = payoutHarness();
    await seed(ledger, 3);
    await runPayoutSlot(deps, slotOn('2026-03-04'));

    const outcome = await applyStatusReport(deps, '20260304T0600', fixture('pain002-one-rejected.xml'));

    expect(outcome).toEqual({ ok: true, settled: 2, rejected: 1 });
    expect(workflow.succeeded.map((s) => s.taskToken)).toEqual(['token-1', 'token-3']);
    expect(await ledger.get(app(2))).toMatchObject({ status: 'rejected' });
    const mail = mailer.sent.at(-1);
    expect(mail?.to).toBe('sagsbehandler@kommune.test');
    expect(mail?.text).toContain('AC04 Kontoen er lukket / Closed account number (Konto lukket)');
    expect(mail?.text).toContain(`/payouts/${app(2)}/correction`);
    expect(journal.entries.map((e) => e.entry.kind)).toContain('payout-rejected');
  });

  it('rejects every line when the bank rejects the whole file (group RJCT, AM04)', async () => {
    const { deps, ledger, workflow } = payoutHarness();
    await seed(ledger, 3);
    await runPayoutSlot(deps, slotOn('2026-03-04'));

    const outcome = await applyStatusReport(deps, '20260304T0600', fixture('pain002-file-rejected.xml'));

    expect(outcome).toEqual({ ok: true, settled: 0, rejected: 3 });
    expect(workflow.succeeded).toEqual([]);
    expect((await ledger.get(app(1)))?.rejection?.reason).toContain('AM04');
  });

  it('refuses a report of another batch, naming the MsgId and the unknown EndToEndId, and changes nothing', async () => {
    const { deps, ledger, workflow } = payoutHarness();
    await seed(ledger, 3);
    await runPayoutSlot(deps, slotOn('2026-03-04'));

    const outcome = await applyStatusReport(deps, '20260304T0600', fixture('pain002-other-batch.xml'));

    expect(outcome).toMatchObject({ ok: false, code: 'report-mismatch' });
    const problems = outcome.ok ? [] : outcome.problems.join('\n');
    expect(problems).toContain('OrgnlMsgId SUPPL-20260303T0600');
    expect(problems).toContain('OrgnlEndToEndId ffffffffffffffffffffffffffffffff');
    expect(workflow.succeeded).toEqual([]);
    expect((await ledger.get(app(1)))?.status).toBe('in-batch');
  });

  it('refuses a report whose totals differ from the batch', async () => {
    const { deps, ledger } = payoutHarness();
    await seed(ledger, 3);
    await runPayoutSlot(deps, slotOn('2026-03-04'));
    const xml = statusReportXml({
      originalMsgId: 'SUPPL-20260304T0600',
      count: 4,
      sum: '1.00',
      groupStatus: 'ACCP',
    });

    const outcome = await applyStatusReport(deps, '20260304T0600', xml);

    expect(outcome.ok ? [] : outcome.problems).toEqual(['OrgnlNbOfTxs 4 ≠ 3', 'OrgnlCtrlSum 1.00 ≠ 308.22']);
  });

  it('refuses a file that is not a pain.002 with what the XSD objects to', async () => {
    const { deps, ledger } = payoutHarness();
    await seed(ledger, 1);
    await runPayoutSlot(deps, slotOn('2026-03-04'));

    const outcome = await applyStatusReport(deps, '20260304T0600', '<Document><Nothing/></Document>');

    expect(outcome).toMatchObject({ ok: false, code: 'report-invalid' });
  });

  it('tells the family "paid" on the execution date, not when the report arrives the day before', async () => {
    const { deps, ledger, workflow, env } = payoutHarness();
    await seed(ledger, 2, { dueDate: '2026-03-04' });
    const batch = await runPayoutSlot(deps, slotOn('2026-03-05'));
    const xml = statusReportXml({ originalMsgId: `SUPPL-${batch.id}`, groupStatus: 'ACCP' });

    const early = await applyStatusReport(deps, batch.id, xml);

    expect(early).toEqual({ ok: true, settled: 2, rejected: 0 });
    expect(workflow.succeeded).toEqual([]);
    expect((await ledger.get(app(1)))?.status).toBe('accepted');

    env.current = new Date('2026-03-05T05:00:00Z'); // 06:00 in Copenhagen, the morning job
    await runScheduledPayouts(deps);

    expect(workflow.succeeded.map((s) => s.taskToken).sort()).toEqual(['token-1', 'token-2']);
    expect((await ledger.get(app(1)))?.status).toBe('executed');
  });

  it('settles nothing twice when the same report comes again', async () => {
    const { deps, ledger, workflow } = payoutHarness();
    await seed(ledger, 3);
    await runPayoutSlot(deps, slotOn('2026-03-04'));
    await applyStatusReport(deps, '20260304T0600', fixture('pain002-one-rejected.xml'));

    const again = await applyStatusReport(deps, '20260304T0600', fixture('pain002-one-rejected.xml'));

    expect(again).toEqual({ ok: true, settled: 0, rejected: 0 });
    expect(workflow.succeeded).toHaveLength(2);
  });

  it('leaves lines the bank only received open, and settles them from a later report', async () => {
    const { deps, ledger } = payoutHarness();
    await seed(ledger, 1);
    const batch = await runPayoutSlot(deps, slotOn('2026-03-04'));
    const msg = `SUPPL-${batch.id}`;
    const ref = lineReference(batch.id, app(1));
    const pmtInfId = batchPmtInfId(batch.id, 'randers');

    const first = await applyStatusReport(
      deps,
      batch.id,
      statusReportXml({ originalMsgId: msg, groupStatus: 'ACTC' }),
    );
    const later = await applyStatusReport(
      deps,
      batch.id,
      statusReportXml({
        originalMsgId: msg,
        payments: [{ pmtInfId, transactions: [{ endToEndId: ref, status: 'ACSC' }] }],
      }),
    );

    expect(first).toEqual({ ok: true, settled: 0, rejected: 0 });
    expect(later).toEqual({ ok: true, settled: 1, rejected: 0 });
    expect((await ledger.get(app(1)))?.status).toBe('executed');
  });
});
