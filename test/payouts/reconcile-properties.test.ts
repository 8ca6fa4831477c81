import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PayoutEntry } from '../../shared/app/ports';
import { reschedulePayout } from '../../shared/app/use-cases/payout-reconcile';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { applyStatusReport } from '../../shared/app/use-cases/payout-status-report';
import { batchPmtInfId, lineReference } from '../../shared/payouts/lines';
import { slotOf } from '../../shared/payouts/schedule';
import { entry, payoutHarness } from './fixtures';
import { statusReportXml } from './pain002-builder';

const slot = slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' }));

/** What the bank says of one line: accepted or rejected by name, or nothing (the group status decides). */
const lineAnswer = fc.oneof(
  fc.record({ status: fc.constantFrom('ACCP', 'ACSC'), corrected: fc.constant(false) }),
  fc.record({
    status: fc.constant('RJCT'),
    code: fc.constantFrom('AC01', 'AC04', 'AC06', 'AM04', 'MS03'),
    corrected: fc.boolean(),
  }),
  fc.record({ status: fc.constant(undefined), corrected: fc.constant(false) }),
);

const scenario = fc.record({
  lines: fc.array(
    fc.record({
      amountOre: fc.integer({ min: 1, max: 100_000_000 }),
      rudersdal: fc.boolean(),
      answer: lineAnswer,
    }),
    { minLength: 1, maxLength: 12 },
  ),
  groupStatus: fc.constantFrom('ACCP', 'ACSC', 'PART'),
});

/** Which of the three ends an entry is in; `undefined` when it is in none (a fault). */
function endOf(e: PayoutEntry): 'settled' | 'rejected-awaiting-correction' | 're-queued' | undefined {
  if (e.status === 'executed' || e.status === 'accepted') return 'settled';
  if (e.status === 'rejected' && e.rejection) return 'rejected-awaiting-correction';
  if (e.status === 'scheduled' && e.previous?.length === 1) return 're-queued';
  return undefined;
}

describe("the bank's answer (property)", () => {
  it('leaves every entry settled, rejected awaiting correction or re-queued, with the sums matching the batch', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ lines, groupStatus }) => {
        const { deps, ledger } = payoutHarness();
        const ids = lines.map((_, i) => entry(i + 1).applicationId);
        for (const [i, line] of lines.entries()) {
          await ledger.schedule(
            entry(i + 1, {
              amountOre: line.amountOre,
              municipality: line.rudersdal ? 'rudersdal' : 'randers',
            }),
          );
        }
        const batch = await runPayoutSlot(deps, slot);
        const listed = lines.flatMap((line, i) =>
          line.answer.status ? [{ line, id: ids[i] ?? '', status: line.answer.status }] : [],
        );
        const payments = ['randers', 'rudersdal'].map((m) => ({
          pmtInfId: batchPmtInfId(batch.id, m),
          transactions: listed
            .filter((l) => (l.line.rudersdal ? 'rudersdal' : 'randers') === m)
            .map((l) => ({
              endToEndId: lineReference(batch.id, l.id),
              status: l.status,
              ...('code' in l.line.answer ? { reason: l.line.answer.code } : {}),
            })),
        }));
        const xml = statusReportXml({
          originalMsgId: `SUPPL-${batch.id}`,
          count: batch.count,
          groupStatus,
          payments: payments.filter((p) =>
            batch.groups.some((g) => p.pmtInfId === batchPmtInfId(batch.id, g.municipality)),
          ),
        });

        const outcome = await applyStatusReport(deps, batch.id, xml);
        for (const [i, line] of lines.entries()) {
          if (line.answer.corrected)
            await reschedulePayout(deps, ids[i] ?? '', line.amountOre + 1, '2026-03-05');
        }

        const rejected = lines.filter((l) => l.answer.status === 'RJCT');
        expect(outcome).toEqual({
          ok: true,
          settled: lines.length - rejected.length,
          rejected: rejected.length,
        });
        const sums = { settled: 0, 'rejected-awaiting-correction': 0, 're-queued': 0 };
        for (const id of ids) {
          const stored = await ledger.get(id);
          const end = stored && endOf(stored);
          expect(end, id).toBeDefined();
          if (!stored || !end) continue;
          sums[end] += end === 're-queued' ? (stored.previous?.[0]?.amountOre ?? 0) : stored.amountOre;
        }
        expect(sums.settled + sums['rejected-awaiting-correction'] + sums['re-queued']).toBe(batch.sumOre);
        expect(sums['rejected-awaiting-correction'] + sums['re-queued']).toBe(
          rejected.reduce((s, l) => s + l.amountOre, 0),
        );
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
