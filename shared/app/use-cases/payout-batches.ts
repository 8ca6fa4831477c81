import { caseRef } from '../../domain/case-ref';
import {
  type BatchFile,
  type BatchGroup,
  type BatchRelease,
  hasLines,
  type PayoutBatch,
} from '../../payouts/batch';
import { postingReference } from '../../payouts/lines';
import type { Deps } from '../deps';
import type { PayoutDeps } from '../payout-deps';

/** What the finance console reads: batches, their files' links and the ledger's lines. */
type ConsoleDeps = Pick<PayoutDeps, 'batches' | 'files' | 'settings' | 'ledger'>;

/** What the console's routes take: the payout parts (absent when this installation pays nothing), settings, ledger. */
type ConsoleRouteDeps = Pick<Deps, 'payouts' | 'settings' | 'ledger'>;

/** The console's dependencies from the routes' ports; undefined without payouts. */
function consoleDeps(deps: ConsoleRouteDeps): ConsoleDeps | undefined {
  if (!deps.payouts) return undefined;
  const { batches, files, settings } = deps.payouts;
  return { ledger: deps.ledger, batches, files, settings: { ...deps.settings, ...settings } };
}

/** Where a batch is, as finance reads it on the console. */
export type BatchStatus = 'ready' | 'released' | 'sent' | 'partly-rejected' | 'settled';

/** A batch as the console and GET /api/payout-batches show it. */
export type BatchSummary = {
  id: string;
  scheduledAt: string;
  payoutDate: string;
  step: PayoutBatch['step'];
  status: BatchStatus;
  count: number;
  sumOre: number;
  groups: BatchGroup[];
  files: (Omit<BatchFile, 'key'> & { url?: string })[];
  release?: BatchRelease;
  executed: number;
  rejected: number;
  /** The taxable pay's own totals (the payroll export), apart from the bank files'. */
  payroll?: { count: number; sumOre: number };
};

/**
 * The status of a batch: ready (files written), released (one pair of eyes), sent (both: its files
 * may go to the bank), then, once the bank answered, partly rejected or settled.
 */
export function batchStatus(batch: PayoutBatch, release: BatchRelease | undefined): BatchStatus {
  if (batch.step === 'reconciled') return (batch.rejected ?? 0) > 0 ? 'partly-rejected' : 'settled';
  if (release?.confirmedBy) return 'sent';
  if (release) return 'released';
  return 'ready';
}

/** The file names the bank and the finance system expect, and links only once both eyes have released. */
async function summary(deps: ConsoleDeps, batch: PayoutBatch): Promise<BatchSummary> {
  const release = await deps.batches.releaseOf(batch.id);
  const downloadable = release?.confirmedBy !== undefined;
  return {
    id: batch.id,
    scheduledAt: batch.scheduledAt,
    payoutDate: batch.payoutDate,
    step: batch.step,
    status: batchStatus(batch, release),
    count: batch.count,
    sumOre: batch.sumOre,
    groups: batch.groups,
    files: await Promise.all(
      batch.files.map(async ({ key, ...file }) => ({
        ...file,
        ...(downloadable
          ? { url: await deps.files.link(key, deps.settings.linkValidSeconds, file.name) }
          : {}),
      })),
    ),
    ...(release ? { release } : {}),
    executed: batch.executed ?? 0,
    rejected: batch.rejected ?? 0,
    ...(batch.payroll ? { payroll: batch.payroll } : {}),
  };
}

/** The newest batches that hold payouts (a run that found nothing is not listed). */
export async function listBatches(deps: ConsoleDeps): Promise<BatchSummary[]> {
  const batches = (await deps.batches.list(100)).filter(hasLines).slice(0, 50);
  return Promise.all(batches.map((b) => summary(deps, b)));
}

/** One line of a batch on the console: never the full CPR number. */
export type BatchLineView = {
  caseRef: string;
  applicationId: string;
  municipality: string;
  amountOre: number;
  dueDate: string;
  posting: string;
  /** The benefit's id, for the page to name it in words. */
  benefit: string;
  cprMasked: string;
  state: 'in-batch' | 'accepted' | 'executed' | 'rejected' | 'corrected';
  reason?: string;
  /** Taxable pay: in the payroll export, not the bank files. */
  taxable: boolean;
};

/** Birth date shown, serial number hidden: "010180-****". */
export const maskCpr = (cpr: string | undefined) => {
  const digits = (cpr ?? '').replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 6)}-****` : '******-****';
};

/** A batch with its lines, as they went to the bank and what became of each. */
export async function batchDetail(
  deps: ConsoleDeps,
  batchId: string,
): Promise<{ batch: BatchSummary; lines: BatchLineView[] } | undefined> {
  const batch = await deps.batches.get(batchId);
  if (!batch || !hasLines(batch)) return undefined;
  const lines: BatchLineView[] = [];
  for await (const entry of deps.ledger.listEverInBatch(batchId)) {
    const earlier =
      entry.batchId === batchId ? undefined : entry.previous?.find((p) => p.batchId === batchId);
    const state = earlier ? 'corrected' : entry.status === 'scheduled' ? 'in-batch' : entry.status;
    const reason = earlier?.rejection.reason ?? entry.rejection?.reason;
    lines.push({
      caseRef: caseRef(entry.applicationId),
      applicationId: entry.applicationId,
      municipality: entry.municipality,
      amountOre: earlier?.amountOre ?? entry.amountOre,
      dueDate: earlier?.dueDate ?? entry.dueDate,
      posting: postingReference(entry.municipality, entry.benefit),
      benefit: entry.benefit,
      cprMasked: maskCpr(entry.payeeCpr),
      state,
      ...(reason ? { reason } : {}),
      taxable: entry.taxable === true,
    });
  }
  lines.sort((a, b) => a.municipality.localeCompare(b.municipality) || a.caseRef.localeCompare(b.caseRef));
  return { batch: await summary(deps, batch), lines };
}

/** GET /finance and GET /api/payout-batches: the newest batches; none where payouts are not set up. */
export async function listPayoutBatches(deps: ConsoleRouteDeps): Promise<BatchSummary[]> {
  const reader = consoleDeps(deps);
  return reader ? listBatches(reader) : [];
}

/** GET /finance/batches/{id}: a batch with its lines; undefined when there is none (or no payouts). */
export async function readPayoutBatch(
  deps: ConsoleRouteDeps,
  batchId: string,
): Promise<{ batch: BatchSummary; lines: BatchLineView[] } | undefined> {
  const reader = consoleDeps(deps);
  return reader ? batchDetail(reader, batchId) : undefined;
}
