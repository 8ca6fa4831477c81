import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryFinanceFileStore, MemoryPayoutBatchStore } from '../../shared/adapters/memory/payout-stores';
import {
  MemoryAccessLog,
  MemoryApplicationStore,
  MemoryJournal,
  MemoryMailer,
  MemoryPayoutLedger,
  MemorySessionStore,
} from '../../shared/adapters/memory/stores';
import type { Deps } from '../../shared/app/deps';
import type { PayoutDeps } from '../../shared/app/payout-deps';
import type { PayoutSettings } from '../../shared/app/payout-ports';
import type { PayoutEntry } from '../../shared/app/ports';
import { hashSecret } from '../../shared/app/secret-hash';
import { BankingCalendar } from '../../shared/domain/banking-days';
import { settings, TestEnvironment } from '../workflows/harness';

export const XSD = fileURLToPath(new URL('../../docs/sources/iso20022/pain.001.001.03.xsd', import.meta.url));

/** Validates XML against the pain.001.001.03 schema with xmllint; returns xmllint's complaints, or '' when valid. */
export function xsdErrors(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pain-')), 'file.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** The two municipalities' accounts (placeholder IBANs with valid check digits). */
export const PAYERS = {
  randers: { name: 'Randers Kommune', iban: 'DK5000400440116243', bic: 'DABADKKK' },
  rudersdal: { name: 'Rudersdal Kommune', iban: 'DK9520000123456789', bic: 'NDEADKKK' },
};

export const payoutSettings: PayoutSettings = {
  cadence: { kind: 'banking-day' },
  financeEmail: 'oekonomi@kommune.test',
  initiatingParty: 'Tilskud til familier',
  payers: PAYERS,
  linkValidSeconds: 7 * 24 * 3600,
  wageTypes: { randers: 'R-0617', rudersdal: 'U-2210' },
};

/** A workflow engine that records the callbacks. */
export class RecordingWorkflow {
  readonly succeeded: { taskToken: string; output: unknown }[] = [];
  async start() {}
  async succeed(taskToken: string, output: unknown) {
    this.succeeded.push({ taskToken, output });
  }
  async fail() {}
}

/** Memory payout dependencies with a frozen clock (Wednesday 4 March 2026, 10:15 Copenhagen). */
export function payoutHarness() {
  const parts = {
    ledger: new MemoryPayoutLedger(),
    applications: new MemoryApplicationStore(),
    mailer: new MemoryMailer(),
    workflow: new RecordingWorkflow(),
    journal: new MemoryJournal(),
    sessions: new MemorySessionStore(),
    accessLog: new MemoryAccessLog(),
    batches: new MemoryPayoutBatchStore(),
    files: new MemoryFinanceFileStore(),
  };
  const env = new TestEnvironment();
  const deps: PayoutDeps = {
    ...parts,
    env,
    calendar: new BankingCalendar(),
    settings: { ...settings, ...payoutSettings },
  };
  return { deps, env, ...parts };
}

/** A scheduled ledger entry due on `dueDate`. */
export function entry(n: number, overrides: Partial<PayoutEntry> = {}): PayoutEntry {
  return {
    applicationId: `app${String(n).padStart(21, '0')}`,
    municipality: n % 2 ? 'randers' : 'rudersdal',
    benefit: n % 2 ? 'ran-x-minor-damage' : 'rud-x-s41-toys',
    amountOre: 10_000 + n * 137,
    dueDate: '2026-03-04',
    status: 'scheduled',
    taskToken: `token-${n}`,
    payeeCpr: `0101${String(n % 100).padStart(2, '0')}-1234`,
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

/** Seeds `count` due entries. */
export async function seed(ledger: MemoryPayoutLedger, count: number, overrides: Partial<PayoutEntry> = {}) {
  for (let n = 1; n <= count; n++) await ledger.schedule(entry(n, overrides));
}

/** The file of a batch with the given format, as text. */
export function fileOf(
  files: MemoryFinanceFileStore,
  batch: { files: { key: string; format: string }[] },
  format: string,
) {
  const file = batch.files.find((f) => f.format === format);
  const stored = file && files.files.get(file.key);
  if (!stored) throw new Error(`no ${format} file`);
  return stored.body;
}

/** When `returnPayout`'s bank sent the payout back, and why. */
export const RETURNED = { at: '2026-03-04T09:00:00Z', reason: 'AC04 Kontoen er lukket', batchId: 'B1' };

/**
 * Makes an application's 1.500 kr. a payout the bank sent back (`RETURNED`), as the status report
 * leaves it: the payout stores in place, the application waiting for a correction through the link
 * whose token is "token", the ledger's line rejected. For either harness (workflow or HTTP).
 */
export function returnPayout(
  h: { deps: Deps; applications: MemoryApplicationStore; ledger: MemoryPayoutLedger },
  id: string,
): void {
  h.deps.payouts = {
    batches: new MemoryPayoutBatchStore(),
    files: new MemoryFinanceFileStore(),
    settings: payoutSettings,
  };
  const { at, reason, batchId } = RETURNED;
  const stored = h.applications.items.get(id);
  if (!stored) throw new Error('no application');
  Object.assign(stored, {
    status: 'payout-scheduled',
    wait: undefined,
    payout: { amountOre: 150_000, dueDate: '2026-03-05', returned: { at, tokenHash: hashSecret('token') } },
  });
  const rejection = { reason, batchId, at };
  h.ledger.entries.set(
    id,
    entry(1, { applicationId: id, amountOre: 150_000, status: 'rejected', rejection }),
  );
}
