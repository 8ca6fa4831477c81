import { createHash } from 'node:crypto';
import { formatDkk } from '../../domain/money';
import type { BatchFile, PayoutBatch } from '../../payouts/batch';
import { csvChunks } from '../../payouts/csv';
import { batchMsgId, batchPmtInfId, lineOf, PayoutFileInvalid, type PayoutLine } from '../../payouts/lines';
import { painChunks } from '../../payouts/pain001';
import { payrollChunks } from '../../payouts/payroll';
import { pain001Problems } from '../../payouts/xsd';
import type { PayoutDeps } from '../payout-deps';

/** Where a batch's files live in the finance bucket. */
export const fileKey = (batchId: string, name: string) => `payouts/${batchId}/${name}`;

/** Passes the chunks through while counting their UTF-8 bytes and hashing them (SHA-256, hex). */
async function* measured(
  chunks: AsyncIterable<string>,
  into: { bytes: number; sha256: string },
): AsyncGenerator<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunks) {
    hash.update(chunk);
    into.bytes += Buffer.byteLength(chunk);
    yield chunk;
  }
  into.sha256 = hash.digest('hex');
}

/** Writes one file of the batch and returns its manifest entry. */
async function writeFile(
  deps: PayoutDeps,
  batch: PayoutBatch,
  name: string,
  format: BatchFile['format'],
  contentType: string,
  chunks: AsyncIterable<string>,
): Promise<BatchFile> {
  const key = fileKey(batch.id, name);
  const measure = { bytes: 0, sha256: '' };
  await deps.files.write(key, contentType, measured(chunks, measure));
  return { name, key, format, ...measure };
}

/**
 * The batch's lines, of one municipality or all, read from the ledger as they are written: the
 * supplements for the bank files, or (`taxable`) the taxable pay for the payroll export.
 */
async function* batchLines(
  deps: PayoutDeps,
  batch: PayoutBatch,
  municipality?: string,
  taxable = false,
): AsyncGenerator<PayoutLine> {
  for await (const entry of deps.ledger.listInBatch(batch.id)) {
    if (municipality !== undefined && entry.municipality !== municipality) continue;
    if ((entry.taxable === true) !== taxable) continue;
    const cpr = entry.payeeCpr ?? (await deps.applications.get(entry.applicationId))?.applicant.cpr;
    if (!cpr) throw new PayoutFileInvalid(`payout entry ${entry.applicationId} has no payee CPR`);
    yield lineOf(entry, cpr, batch.id, batch.payoutDate);
  }
}

/**
 * The file's creation time (pain.001 CreDtTm): the scheduled time, or the batch's creation when a run
 * started before its slot, to the second. Both are stored with the batch, so a rerun writes the same
 * file, and neither lies after the moment the file is written.
 */
function creationTime(batch: PayoutBatch): string {
  const toSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const created = Math.floor(Date.parse(batch.createdAt) / 1000) * 1000;
  // A manual run's slot keeps its milliseconds (two runs in one second are two runs); the file says the second.
  const scheduled = Date.parse(batch.scheduledAt);
  return toSecond(created < scheduled ? created : scheduled);
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The whole pain.001 file, checked against its XSD; a file the schema refuses is a fault that names why. */
async function validPain(chunks: AsyncIterable<string>, batchId: string): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const xml = parts.join('');
  const problems = await pain001Problems(xml);
  if (problems.length > 0) {
    throw new PayoutFileInvalid(
      `the pain.001 file of batch ${batchId} fails the XSD, so it is not released: ${problems.slice(0, 5).join('; ')}`,
    );
  }
  return xml;
}

/**
 * Writes the CSV for the finance system and the pain.001.001.03 file for the bank. The pain.001 is
 * built and validated against its XSD first, in memory (the validator needs the whole document), so
 * a file the bank would refuse never reaches the finance bucket and the batch does not move on.
 */
export async function writePayoutFiles(deps: PayoutDeps, batch: PayoutBatch): Promise<BatchFile[]> {
  const groups = batch.groups.map((g) => {
    const payer = deps.settings.payers[g.municipality];
    if (!payer) throw new PayoutFileInvalid(`no payer account configured for ${g.municipality}`);
    return {
      ...g,
      payer,
      pmtInfId: batchPmtInfId(batch.id, g.municipality),
      lines: () => batchLines(deps, batch, g.municipality),
    };
  });
  const header = {
    msgId: batchMsgId(batch.id),
    createdAt: creationTime(batch),
    initiatingParty: deps.settings.initiatingParty,
    payoutDate: batch.payoutDate,
  };
  const xml = await validPain(painChunks(header, groups), batch.id);
  const csv = await writeFile(
    deps,
    batch,
    `payouts-${batch.id}.csv`,
    'csv',
    'text/csv; charset=utf-8',
    csvChunks(batchLines(deps, batch), batch),
  );
  const pain = await writeFile(
    deps,
    batch,
    `payouts-${batch.id}.pain.001.001.03.xml`,
    'pain.001.001.03',
    'application/xml',
    once(xml),
  );
  return [csv, pain];
}

/** Writes the payroll export of the batch's taxable pay, with its own totals. */
export async function writePayrollFile(
  deps: PayoutDeps,
  batch: PayoutBatch,
  totals: { count: number; sumOre: number },
): Promise<BatchFile> {
  return writeFile(
    deps,
    batch,
    `payroll-${batch.id}.csv`,
    'payroll-csv',
    'text/csv; charset=utf-8',
    payrollChunks(batchLines(deps, batch, undefined, true), deps.settings.wageTypes, totals),
  );
}

/** Writes the manifest: every file with its size and checksum, and the batch's totals. */
export async function writeManifest(deps: PayoutDeps, batch: PayoutBatch): Promise<BatchFile> {
  const manifest = {
    batchId: batch.id,
    scheduledAt: batch.scheduledAt,
    payoutDate: batch.payoutDate,
    count: batch.count,
    sumOre: batch.sumOre,
    sumDkk: formatDkk(batch.sumOre),
    groups: batch.groups,
    ...(batch.payroll ? { payroll: { ...batch.payroll, sumDkk: formatDkk(batch.payroll.sumOre) } } : {}),
    files: batch.files.map(({ name, format, bytes, sha256 }) => ({ name, format, bytes, sha256 })),
  };
  const body = `${JSON.stringify(manifest, null, 2)}\n`;
  return writeFile(deps, batch, `manifest-${batch.id}.json`, 'manifest', 'application/json', once(body));
}
