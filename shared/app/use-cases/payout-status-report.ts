import { formatDkk } from '../../domain/money';
import type { PayoutBatch } from '../../payouts/batch';
import { batchMsgId, batchPmtInfId, lineReference } from '../../payouts/lines';
import { type LineVerdict, lineVerdict, parseStatusReport, type StatusReport } from '../../payouts/pain002';
import { pain002Problems } from '../../payouts/xsd';
import { type PayoutDeps, type PayoutRouteDeps, payoutDepsIfAny } from '../payout-deps';
import { applyVerdicts, type Verdicts } from './payout-reconcile';

/** What a bank status report did, or why it was refused (each problem in Danish and English). */
export type StatusReportOutcome = { ok: true; settled: number; rejected: number } | StatusReportRefusal;

/** A status report refused: no such batch, its files not ready, the XML invalid, or not this batch's. */
export type StatusReportRefusal = {
  ok: false;
  code: 'batch-not-found' | 'batch-not-ready' | 'report-invalid' | 'report-mismatch';
  problems: string[];
};

/** A decimal amount of the report in øre; undefined when it is not kroner and øre. */
function ore(text: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0')) : undefined;
}

/** Where the report and the batch disagree, each named: what the report says and what the batch has. */
async function mismatches(
  deps: PayoutDeps,
  batch: PayoutBatch,
  report: StatusReport,
): Promise<{ problems: string[]; lines: Map<string, { applicationId: string; pmtInfId: string }> }> {
  const problems: string[] = [];
  const expectedMsgId = batchMsgId(batch.id);
  if (report.originalMsgId !== expectedMsgId)
    problems.push(
      `OrgnlMsgId ${report.originalMsgId} er ikke betalingskørslens MsgId ${expectedMsgId} / is not the batch's MsgId ${expectedMsgId}`,
    );
  if (!/^pain\.001\.001\.03$/i.test(report.originalMsgName))
    problems.push(`OrgnlMsgNmId ${report.originalMsgName} er ikke / is not pain.001.001.03`);
  if (report.originalCount !== undefined && Number(report.originalCount) !== batch.count)
    problems.push(`OrgnlNbOfTxs ${report.originalCount} ≠ ${batch.count}`);
  if (report.originalSum !== undefined && ore(report.originalSum) !== batch.sumOre)
    problems.push(`OrgnlCtrlSum ${report.originalSum} ≠ ${formatDkk(batch.sumOre)}`);
  const groups = new Map(batch.groups.map((g) => [batchPmtInfId(batch.id, g.municipality), g]));
  const lines = new Map<string, { applicationId: string; pmtInfId: string }>();
  for await (const entry of deps.ledger.listEverInBatch(batch.id)) {
    // Taxable pay went to payroll, not to the bank: no bank report settles it.
    if (entry.taxable) continue;
    lines.set(lineReference(batch.id, entry.applicationId), {
      applicationId: entry.applicationId,
      pmtInfId: batchPmtInfId(batch.id, entry.municipality),
    });
  }
  const seen = new Set<string>();
  for (const p of report.payments) {
    const group = groups.get(p.pmtInfId);
    if (!group) {
      problems.push(`OrgnlPmtInfId ${p.pmtInfId} findes ikke i kørslen / is not in the batch`);
      continue;
    }
    if (p.count !== undefined && Number(p.count) !== group.count)
      problems.push(`OrgnlPmtInfId ${p.pmtInfId}: OrgnlNbOfTxs ${p.count} ≠ ${group.count}`);
    if (p.sum !== undefined && ore(p.sum) !== group.sumOre)
      problems.push(`OrgnlPmtInfId ${p.pmtInfId}: OrgnlCtrlSum ${p.sum} ≠ ${formatDkk(group.sumOre)}`);
    for (const t of p.transactions) {
      if (!t.endToEndId) {
        problems.push(`OrgnlPmtInfId ${p.pmtInfId}: TxInfAndSts uden / without OrgnlEndToEndId`);
        continue;
      }
      const line = lines.get(t.endToEndId);
      if (!line) problems.push(`OrgnlEndToEndId ${t.endToEndId} findes ikke i kørslen / is not in the batch`);
      else if (line.pmtInfId !== p.pmtInfId)
        problems.push(
          `OrgnlEndToEndId ${t.endToEndId} hører til / belongs to ${line.pmtInfId}, ikke / not ${p.pmtInfId}`,
        );
      if (seen.has(t.endToEndId))
        problems.push(`OrgnlEndToEndId ${t.endToEndId} står to gange / appears twice`);
      seen.add(t.endToEndId);
    }
  }
  return { problems, lines };
}

/**
 * The bank's pain.002.001.03 status report for a batch: checked against the XSD, then matched to
 * the batch (its pain.001's MsgId, payment instructions, EndToEndIds, counts and sums). A report
 * that does not match is refused whole, naming each difference; one that matches settles the
 * accepted lines (paid on the execution date) and sends the rejected ones back to the caseworker.
 */
export async function applyStatusReport(
  deps: PayoutDeps,
  batchId: string,
  xml: string,
): Promise<StatusReportOutcome> {
  const batch = await deps.batches.get(batchId);
  if (!batch || batch.count === 0) return { ok: false, code: 'batch-not-found', problems: [] };
  if (batch.step !== 'ready' && batch.step !== 'reconciled')
    return {
      ok: false,
      code: 'batch-not-ready',
      problems: ['kørslens filer er ikke klar / the batch files are not ready'],
    };
  if (/<!DOCTYPE/i.test(xml))
    return {
      ok: false,
      code: 'report-invalid',
      problems: ['DOCTYPE er ikke tilladt / DOCTYPE is not allowed'],
    };
  const invalid = await pain002Problems(xml);
  if (invalid.length > 0) return { ok: false, code: 'report-invalid', problems: invalid.slice(0, 10) };
  const report = parseStatusReport(xml);
  const { problems, lines } = await mismatches(deps, batch, report);
  if (problems.length > 0) return { ok: false, code: 'report-mismatch', problems: problems.slice(0, 20) };
  const verdicts: Verdicts = new Map();
  for (const [reference, line] of lines) {
    const verdict: LineVerdict = lineVerdict(report, line.pmtInfId, reference);
    if (!('open' in verdict)) verdicts.set(line.applicationId, verdict);
  }
  const { settled, rejected } = await applyVerdicts(deps, batch, verdicts);
  await deps.journal.record(`batch:${batch.id}`, deps.env.now().toISOString(), {
    kind: 'status-report',
    batchId: batch.id,
    msgId: report.msgId,
    groupStatus: report.groupStatus ?? null,
    settled,
    rejected,
  });
  return { ok: true, settled, rejected };
}

/** POST /api/payout-batches/{id}/status-report: the bank's report applied, or `batch-not-found` without payouts. */
export async function applyBankStatusReport(
  routeDeps: PayoutRouteDeps,
  batchId: string,
  xml: string,
): Promise<StatusReportOutcome> {
  const deps = payoutDepsIfAny(routeDeps);
  if (!deps) return { ok: false, code: 'batch-not-found', problems: [] };
  return applyStatusReport(deps, batchId, xml);
}
