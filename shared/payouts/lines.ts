import { createHash } from 'node:crypto';
import { checkCpr } from '../domain/cpr';
import { CodedError } from '../domain/errors';

/** One payout as the files carry it: what the payment needs and nothing more. */
export type PayoutLine = {
  /** EndToEndId: unique per batch and application, 32 hex characters (≤ 35, bank-safe characters). */
  reference: string;
  /** The payee's CPR, ten digits: NemKonto finds the account. */
  cpr: string;
  amountOre: number;
  /** The day the bank pays (a banking day). */
  payoutDate: string;
  /** The text on the family's statement, at most 80 characters. */
  text: string;
  /** Where finance books it: the municipality's function account and the benefit. */
  posting: string;
  municipality: string;
};

/** The longest payment text finance systems carry (facts.md §2: "up to ~80 characters"). */
export const MAX_TEXT = 80;

/** Function account per municipality (the municipal chart of accounts, 5.28.21: support to children). */
const FUNCTION_ACCOUNTS: Record<string, string> = { randers: '5.28.21', rudersdal: '5.28.21' };

/** The reference of an application's payout in a batch: a new batch (a corrected payout) gets a new one. */
export function lineReference(batchId: string, applicationId: string): string {
  return createHash('sha256').update(`${batchId}\n${applicationId}`).digest('hex').slice(0, 32);
}

/** The MsgId of a batch's pain.001, which the bank's pain.002 names as OrgnlMsgId. */
export const batchMsgId = (batchId: string) => `SUPPL-${batchId}`;

/** The PmtInfId of a municipality's payment instruction in a batch's pain.001. */
export const batchPmtInfId = (batchId: string, municipality: string) =>
  `${batchId}-${municipality}`.slice(0, 35);

/** The posting reference of a benefit: function account and the benefit's catalogue id. */
export function postingReference(municipality: string, benefit: string): string {
  return `${FUNCTION_ACCOUNTS[municipality] ?? '5.28.21'}/${benefit}`.slice(0, 35);
}

/** The statement text: the case reference, never the child's name or diagnosis. */
export function paymentText(municipality: string, applicationId: string): string {
  const authority = municipality.charAt(0).toUpperCase() + municipality.slice(1);
  return `Tilskud fra ${authority} Kommune, sag ${applicationId.slice(0, 8).toUpperCase()}`.slice(
    0,
    MAX_TEXT,
  );
}

/** A payout file that must not be released: what is wrong with it, CPR numbers left out. */
export class PayoutFileInvalid extends CodedError {
  override readonly name = 'PayoutFileInvalid';
  readonly code = 'payout-file-invalid';
}

/** What a file line takes from a ledger entry (the app's `PayoutEntry` has these and more). */
export type LineEntry = { applicationId: string; municipality: string; benefit: string; amountOre: number };

/**
 * The file line of a claimed entry; `cpr` comes from the entry or, for older entries, the
 * application. Entries stored before CPR numbers were canonical may carry a hyphen; anything else
 * that is not ten digits stops the run rather than go to the bank.
 */
export function lineOf(entry: LineEntry, cpr: string, batchId: string, payoutDate: string): PayoutLine {
  const payee = checkCpr(cpr);
  if (!payee.valid) {
    throw new PayoutFileInvalid(`payout entry ${entry.applicationId} has no valid payee CPR number`);
  }
  return {
    reference: lineReference(batchId, entry.applicationId),
    cpr: payee.cpr,
    amountOre: entry.amountOre,
    payoutDate,
    text: paymentText(entry.municipality, entry.applicationId),
    posting: postingReference(entry.municipality, entry.benefit),
    municipality: entry.municipality,
  };
}
