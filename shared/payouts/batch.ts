/** A payout batch as the domain knows it: its steps, files, totals and the four eyes on it. */

/** One file of a batch as the manifest lists it. */
export type BatchFile = {
  name: string;
  key: string;
  format: 'csv' | 'pain.001.001.03' | 'payroll-csv' | 'manifest';
  bytes: number;
  sha256: string;
};

/** Count and sum (øre) of a batch's lines for one municipality: one payment instruction in pain.001. */
export type BatchGroup = { municipality: string; count: number; sumOre: number };

/**
 * The steps of a run, in order. Each step is re-runnable and recorded before the next begins, so a
 * run that crashes anywhere resumes where it stopped.
 */
export const BATCH_STEPS = ['claiming', 'claimed', 'files-written', 'ready', 'reconciled'] as const;
export type BatchStep = (typeof BATCH_STEPS)[number];

/** A payout batch: the entries claimed by one scheduled run, its files and its totals. */
export type PayoutBatch = {
  id: string;
  scheduledAt: string;
  payoutDate: string;
  step: BatchStep;
  groups: BatchGroup[];
  count: number;
  sumOre: number;
  files: BatchFile[];
  createdAt: string;
  updatedAt: string;
  executed?: number;
  rejected?: number;
  /** The taxable lines, apart from `count` and `sumOre` (which are the bank files'): the payroll export's totals. */
  payroll?: { count: number; sumOre: number };
};

/** Whether a batch holds anything to pay: bank lines or payroll lines. */
export const hasLines = (batch: PayoutBatch) => batch.count > 0 || (batch.payroll?.count ?? 0) > 0;

/** The four eyes on a batch: one finance user releases it for the bank, another confirms. */
export type BatchRelease = {
  releasedBy: string;
  releasedAt: string;
  confirmedBy?: string;
  confirmedAt?: string;
};
