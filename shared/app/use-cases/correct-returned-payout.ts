import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import type { PayoutRouteDeps } from '../payout-deps';
import {
  type CorrectionFields,
  type CorrectionProblem,
  readCorrectionForm,
  typedCorrection,
} from './correction-form';
import { correctPayoutSignedIn } from './payout-correction';
import { type StaffCase, viewCase } from './view-case';

/** A correction from the case page refused for what was typed, with the case and the form as typed. */
export type CaseCorrectionProblem = {
  ok: false;
  code: CorrectionProblem['code'] | 'amount-above-granted';
  case: StaffCase;
  typed: { amount: string; note: string };
};

/** The payout waits for no correction: it is corrected already, or the bank did not return it. */
export type NotAwaitingCorrection = { ok: false; code: 'not-awaiting-correction' };

/** What the case page's correction did: queued for the next run, refused to show again, or refused outright. */
export type CaseCorrection =
  | { ok: true; payoutDate: string }
  | CaseCorrectionProblem
  | { ok: false; code: 'not-found' }
  | NotAwaitingCorrection;

/**
 * POST /sager/{id}/udbetaling: reads the amount and the note the case page sent and corrects the
 * returned payout (see `correctPayoutSignedIn`). Refused for what was typed, nothing is recorded
 * and the case comes back, read (and logged as viewed) as the case page reads it, to show the form
 * again; `not-awaiting-correction` when the payout is corrected already or was not returned.
 */
export async function correctReturnedPayout(
  deps: PayoutRouteDeps &
    Pick<Deps, 'accessLog' | 'env' | 'journal' | 'links' | 'receipts' | 'settings' | 'registry'>,
  staff: StaffIdentity,
  id: string,
  fields: CorrectionFields,
): Promise<CaseCorrection> {
  const { amount, note } = typedCorrection(fields);
  const typed = { amount, note };
  const again = async (code: CaseCorrectionProblem['code']): Promise<CaseCorrection> => {
    const shown = await viewCase(deps, staff, id);
    return shown ? { ok: false, code, case: shown, typed } : { ok: false, code: 'not-found' };
  };
  const read = readCorrectionForm({ amount, by: staff.name, note }, { asksBy: false });
  if (!read.ok) return again(read.code);
  const outcome = await correctPayoutSignedIn(deps, staff, id, {
    amountOre: read.amountOre,
    note: read.note,
  });
  if (outcome.ok || outcome.code === 'not-found') return outcome;
  if (outcome.code === 'amount-above-granted') return again(outcome.code);
  return { ok: false, code: 'not-awaiting-correction' };
}
