import type { BatchRelease, BatchStep, PayoutBatch } from '../payouts/batch';
import type { Payer } from '../payouts/payer';
import type { Cadence } from '../payouts/schedule';

/** Batches by id, each written once and then moved forward one step at a time. */
export interface PayoutBatchStore {
  /** Stores the batch unless one with its id exists; returns the stored batch. */
  create(batch: PayoutBatch): Promise<PayoutBatch>;
  get(id: string): Promise<PayoutBatch | undefined>;
  /** Replaces the batch if it is still at step `from`; false when another run moved it first. */
  advance(batch: PayoutBatch, from: BatchStep): Promise<boolean>;
  /** The newest batches first. */
  list(limit: number): Promise<PayoutBatch[]>;
  /**
   * Claims the right to send finance the batch's e-mail (a conditional write): true when nobody
   * claimed it, or a claim older than `staleBefore` never got to sending (its run crashed).
   */
  claimNotice(batchId: string, at: string, staleBefore: string): Promise<boolean>;
  /** Records that the batch's e-mail went out; no claim is granted after it. */
  noticeSent(batchId: string, at: string): Promise<void>;
  /** Who released the batch for the bank and who confirmed it, as far as that has come. */
  releaseOf(batchId: string): Promise<BatchRelease | undefined>;
  /** The first of the four eyes (a conditional write): false when the batch is released already. */
  release(batchId: string, by: string, at: string): Promise<boolean>;
  /** The second: false unless released, not yet confirmed, and by someone else than `releasedBy`. */
  confirmRelease(batchId: string, releasedBy: string, by: string, at: string): Promise<boolean>;
}

/** The finance bucket: files written as streams, read through links that expire. */
export interface FinanceFileStore {
  /** Writes the chunks to `key` without holding the whole file; replaces a file left by a crashed run. */
  write(key: string, contentType: string, chunks: AsyncIterable<string>): Promise<void>;
  /** A link to the file that expires after `seconds`; with `download`, the browser saves it under that name. */
  link(key: string, seconds: number, download?: string): Promise<string>;
}

/** What the payout runs need beyond the use cases' settings. */
export type PayoutSettings = {
  cadence: Cadence;
  financeEmail: string;
  /** The authority that sends the file (pain.001 InitgPty). */
  initiatingParty: string;
  payers: Record<string, Payer>;
  /** How long the links in the finance e-mail stay valid. */
  linkValidSeconds: number;
  /** The payroll system's wage-type code (lønart) for taxable pay, per municipality. */
  wageTypes: Record<string, string>;
};

/** The payout parts of the dependencies: batches, finance files and their settings. */
export type PayoutParts = { batches: PayoutBatchStore; files: FinanceFileStore; settings: PayoutSettings };
