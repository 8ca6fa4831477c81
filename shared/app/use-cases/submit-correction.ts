import type { PayoutRouteDeps } from '../payout-deps';
import type { PayoutEntry } from '../ports';
import {
  type CorrectionFields,
  type CorrectionProblem,
  readCorrectionForm,
  type TypedCorrection,
  typedCorrection,
} from './correction-form';
import { correctPayout, openCorrection } from './payout-correction';

/** A correction through the e-mailed link refused for what was typed, with the returned line and the form as typed. */
export type LinkCorrectionProblem = {
  ok: false;
  code: CorrectionProblem['code'] | 'amount-above-granted';
  entry: PayoutEntry;
  typed: TypedCorrection;
};

/** What the link's correction did: queued for the next run, refused to show again, or refused outright. */
export type LinkCorrection =
  | { ok: true; payoutDate: string }
  | LinkCorrectionProblem
  | { ok: false; code: 'link-invalid' | 'already-corrected' };

/**
 * POST /payouts/{id}/correction: reads the amount, the name and the note the link's form sent and
 * corrects the returned payout (see `correctPayout`); the token is the capability. Refused for what
 * was typed, nothing is recorded and the returned line comes back to show the form again.
 */
export async function submitCorrection(
  deps: PayoutRouteDeps,
  applicationId: string,
  token: string,
  fields: CorrectionFields,
): Promise<LinkCorrection> {
  const typed = typedCorrection(fields);
  const opened = await openCorrection(deps, applicationId, token);
  if (!opened) return { ok: false, code: 'link-invalid' };
  if ('corrected' in opened) return { ok: false, code: 'already-corrected' };
  const read = readCorrectionForm(typed, { asksBy: true });
  if (!read.ok) return { ok: false, code: read.code, entry: opened.entry, typed };
  const { amountOre, by, note } = read;
  const outcome = await correctPayout(deps, applicationId, token, { amountOre, by, note });
  if (outcome.ok) return outcome;
  if (outcome.code === 'amount-above-granted')
    return { ok: false, code: outcome.code, entry: opened.entry, typed };
  return { ok: false, code: outcome.code };
}
