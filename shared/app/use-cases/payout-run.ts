import { escapeHtml } from '../../domain/escape-html';
import { formatKroner } from '../../domain/money';
import { type BatchGroup, hasLines, type PayoutBatch } from '../../payouts/batch';
import { manualSlot, type RunSlot, todaysSlot } from '../../payouts/schedule';
import { danishDay, englishDay } from '../letters';
import type { PayoutDeps } from '../payout-deps';
import { writeManifest, writePayoutFiles, writePayrollFile } from './payout-files';
import { releaseDuePayouts } from './payout-reconcile';

/** Claims every entry due by the payout date (conditionally: an entry joins one batch only) and totals the batch. */
async function claim(deps: PayoutDeps, batch: PayoutBatch): Promise<PayoutBatch> {
  for await (const entry of deps.ledger.listDue(batch.payoutDate)) {
    await deps.ledger.claimForBatch(entry.applicationId, batch.id);
  }
  const groups = new Map<string, BatchGroup>();
  // Taxable pay never goes to the bank with the supplements: it has the payroll export's own totals.
  const payroll = { count: 0, sumOre: 0 };
  for await (const entry of deps.ledger.listInBatch(batch.id)) {
    if (entry.taxable) {
      payroll.count++;
      payroll.sumOre += entry.amountOre;
      continue;
    }
    const group = groups.get(entry.municipality) ?? { municipality: entry.municipality, count: 0, sumOre: 0 };
    group.count++;
    group.sumOre += entry.amountOre;
    groups.set(entry.municipality, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.municipality.localeCompare(b.municipality));
  const count = sorted.reduce((n, g) => n + g.count, 0);
  const sumOre = sorted.reduce((n, g) => n + g.sumOre, 0);
  return {
    ...batch,
    step: 'claimed',
    groups: sorted,
    count,
    sumOre,
    ...(payroll.count > 0 ? { payroll } : {}),
  };
}

/**
 * Tells finance the files are ready, with a link to the finance page (behind sign-in), where each
 * file's link is made on demand and expires in minutes: no file link travels by e-mail.
 */
async function notifyFinance(deps: PayoutDeps, batch: PayoutBatch): Promise<void> {
  const page = `${deps.settings.publicBaseUrl}/finance`;
  const summary = `${batch.count} udbetalinger / payouts, ${formatKroner(batch.sumOre)}, udbetales ${danishDay(batch.payoutDate)} / paid on ${englishDay(batch.payoutDate)}`;
  const text = [
    `Udbetalingsfilerne for betalingskørsel ${batch.id} er klar. / The payout files of run ${batch.id} are ready.`,
    summary,
    '',
    `Hent dem på økonomisiden / Fetch them on the finance page: ${page}`,
  ].join('\n');
  const html = `<p>${text.split('\n').filter(Boolean).map(escapeHtml).join('<br>')}</p>`;
  await deps.mailer.send({
    to: deps.settings.financeEmail,
    subject: `Udbetalingsfiler klar / Payout files ready: ${batch.id}`,
    text,
    html,
  });
}

/** The next state of a batch, or undefined when the run has nothing left to do. Each step is re-runnable. */
async function step(deps: PayoutDeps, batch: PayoutBatch): Promise<PayoutBatch | undefined> {
  const updatedAt = deps.env.now().toISOString();
  switch (batch.step) {
    case 'claiming':
      return { ...(await claim(deps, batch)), updatedAt };
    case 'claimed': {
      // An empty run writes no files: pain.001 needs at least one payment instruction.
      const files = [
        ...(batch.count === 0 ? [] : await writePayoutFiles(deps, batch)),
        ...(batch.payroll ? [await writePayrollFile(deps, batch, batch.payroll)] : []),
      ];
      return { ...batch, step: 'files-written', files, updatedAt };
    }
    case 'files-written': {
      if (!hasLines(batch)) return { ...batch, step: 'ready', updatedAt };
      const withManifest = {
        ...batch,
        files: [...batch.files.filter((f) => f.format !== 'manifest'), await writeManifest(deps, batch)],
      };
      return { ...withManifest, step: 'ready', updatedAt };
    }
    default:
      return undefined;
  }
}

/**
 * Runs (or resumes) the batch of a run slot: claim the due entries, write the files, write the
 * manifest and tell finance. The batch id is the slot's scheduled time, so a second run of the same
 * slot, at once or after a crash, continues the same batch instead of starting another.
 */
export async function runPayoutSlot(deps: PayoutDeps, slot: RunSlot): Promise<PayoutBatch> {
  const now = deps.env.now().toISOString();
  let batch = await deps.batches.create({
    id: slot.batchId,
    scheduledAt: slot.scheduledAt,
    payoutDate: slot.payoutDate,
    step: 'claiming',
    groups: [],
    count: 0,
    sumOre: 0,
    files: [],
    createdAt: now,
    updatedAt: now,
  });
  for (let next = await step(deps, batch); next; next = await step(deps, batch)) {
    if (await deps.batches.advance(next, batch.step)) batch = next;
    else {
      // Another run moved the batch first: continue from where it is now.
      const current = await deps.batches.get(batch.id);
      if (!current) throw new Error(`payout batch ${batch.id} vanished`);
      batch = current;
    }
  }
  await notifyOnce(deps, batch);
  return batch;
}

/** How long a claim on a batch's e-mail holds before a later run takes over: a run's longest time. */
const NOTICE_LEASE_MS = 15 * 60_000;

/**
 * Finance's e-mail about a batch with files, once: the run that wins the conditional claim sends
 * it, racing runs do not. A run that crashes between claim and sending leaves a claim that a later
 * run (the same slot rerun, or the next morning's job) takes over once the lease has passed; only a
 * crash between sending and recording it can send twice, never a race.
 */
async function notifyOnce(deps: PayoutDeps, batch: PayoutBatch): Promise<void> {
  if (!hasLines(batch) || (batch.step !== 'ready' && batch.step !== 'reconciled')) return;
  const now = deps.env.now();
  const staleBefore = new Date(now.getTime() - NOTICE_LEASE_MS).toISOString();
  if (!(await deps.batches.claimNotice(batch.id, now.toISOString(), staleBefore))) return;
  await notifyFinance(deps, batch);
  await deps.batches.noticeSent(batch.id, deps.env.now().toISOString());
}

/**
 * The scheduled job (06:00 each weekday): first executes the lines the bank accepted for today, so
 * their families are told on the execution date, and sends any batch e-mail a crashed run owes; then runs today's slot when today is a run day of
 * the cadence; otherwise nothing more.
 */
export async function runScheduledPayouts(deps: PayoutDeps): Promise<PayoutBatch | undefined> {
  await releaseDuePayouts(deps);
  // A run that crashed before its e-mail: the claim has lapsed by the next morning.
  for (const earlier of await deps.batches.list(20)) await notifyOnce(deps, earlier);
  const slot = todaysSlot(deps.settings.cadence, deps.env.now(), deps.calendar);
  return slot && runPayoutSlot(deps, slot);
}

/**
 * A payout run started by hand (the local `POST /local/payout-runs`): a new batch now, named after
 * the current second, with every scheduled payout the next scheduled run would pay that no batch
 * holds yet. Claiming is the same conditional write as in a scheduled run, so a manual run racing a
 * scheduled one still puts each entry in exactly one batch; the scheduled run keeps its own slot id
 * and pays what is approved afterwards. A second call within the same second continues the same
 * batch; when the clock repeats a second (the hour the clocks go back), the run takes a numbered id.
 */
export async function runPayoutsNow(deps: PayoutDeps): Promise<PayoutBatch> {
  const slot = manualSlot(deps.settings.cadence, deps.env.now(), deps.calendar);
  for (let n = 1; ; n++) {
    const batchId = n === 1 ? slot.batchId : `${slot.batchId}-${n}`;
    const existing = await deps.batches.get(batchId);
    if (!existing || existing.scheduledAt === slot.scheduledAt)
      return runPayoutSlot(deps, { ...slot, batchId });
  }
}
