import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { applyStatusReport } from '../../shared/app/use-cases/payout-status-report';
import { schedulePayout } from '../../shared/app/use-cases/schedule-payout';
import { lineReference } from '../../shared/payouts/lines';
import { slotOf } from '../../shared/payouts/schedule';
import { loadCatalogue } from '../../shared/rules/catalogue';
import { harness } from '../workflows/harness';
import { fileOf, payoutHarness, seed, xsdErrors } from './fixtures';
import { statusReportXml } from './pain002-builder';

const slot = slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' }));
const careFee = 'app000000000000000000099';

/** Two tax-free supplements and one relief care fee (plejevederlag, B-income) due in the same run. */
async function mixedBatch() {
  const h = payoutHarness();
  await seed(h.ledger, 2);
  await h.ledger.schedule({
    applicationId: careFee,
    municipality: 'randers',
    benefit: 'ran-relief-fee',
    amountOre: 250_000,
    dueDate: '2026-03-04',
    status: 'scheduled',
    payeeCpr: '0202021234',
    taxable: true,
    createdAt: '2026-03-01T10:00:00Z',
  });
  const batch = await runPayoutSlot(h.deps, slot);
  return { ...h, batch };
}

describe('taxable pay apart', () => {
  it('marks the relief care fee taxable in the catalogue, and the car seat not', () => {
    const catalogue = loadCatalogue();
    expect(catalogue.byId.get('ran-relief-fee')?.taxable).toBe(true);
    expect(catalogue.byId.get('ran-car-seat')?.taxable).toBe(false);
  });

  it('keeps the care fee out of the bank files and puts it in the payroll export with its own totals', async () => {
    const { files, batch } = await mixedBatch();

    const pain = fileOf(files, batch, 'pain.001.001.03');
    const csv = fileOf(files, batch, 'csv');
    const payroll = fileOf(files, batch, 'payroll-csv');

    expect(batch).toMatchObject({ count: 2, payroll: { count: 1, sumOre: 250_000 } });
    expect(xsdErrors(pain)).toBe('');
    for (const bankFile of [pain, csv]) {
      expect(bankFile).not.toContain('0202021234');
      expect(bankFile).not.toContain(lineReference(batch.id, careFee));
      expect(bankFile).not.toContain('2500.00');
    }
    expect(payroll.split('\r\n')).toEqual([
      'cpr;amount_dkk;period;wage_type;posting_reference;reference',
      `0202021234;2500.00;2026-03;R-0617;5.28.21/ran-relief-fee;${lineReference(batch.id, careFee)}`,
      'TOTAL;2500.00;;;;"1"',
      '',
    ]);
    expect(JSON.parse(fileOf(files, batch, 'manifest')).payroll).toEqual({
      count: 1,
      sumOre: 250_000,
      sumDkk: '2500.00',
    });
  });

  it('refuses a bank report that names the care fee, which never went to the bank', async () => {
    const { deps, batch } = await mixedBatch();
    const report = statusReportXml({
      originalMsgId: `SUPPL-${batch.id}`,
      payments: [
        {
          pmtInfId: `${batch.id}-randers`,
          transactions: [{ endToEndId: lineReference(batch.id, careFee), status: 'ACSC' }],
        },
      ],
    });

    const outcome = await applyStatusReport(deps, batch.id, report);

    expect(outcome).toMatchObject({ ok: false, code: 'report-mismatch' });
  });
});

describe('scheduling a payout', () => {
  it('marks the ledger entry of a taxable benefit taxable, from the catalogue', async () => {
    const h = harness();
    const application = {
      id: careFee,
      municipality: 'randers' as const,
      benefit: 'ran-relief-fee',
      submittedAt: '2026-03-01T09:00:00.000Z',
      claim: {},
      applicant: {
        role: 'relief-family' as const,
        name: 'Mette Jensen',
        email: 'mette@example.test',
        cpr: '0101801234',
      },
      receipts: [],
      status: 'approved' as const,
      statusTokenHash: 'x',
      review: { action: 'approve' as const, grantedOre: 250_000, decidedAt: '2026-03-03T09:00:00.000Z' },
      timeline: [],
      version: 1,
    };
    h.applications.items.set(careFee, application as never);

    await schedulePayout(h.deps, careFee, 'token');

    expect(await h.ledger.get(careFee)).toMatchObject({ taxable: true, amountOre: 250_000 });
  });
});
