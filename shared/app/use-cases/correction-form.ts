import { readTypedAmount } from '../../domain/read-amount';

/** The longest note and name the correction forms take: checked here, and their fields' maxlength. */
export const NOTE_MAX = 1000;
export const BY_MAX = 200;

/** A correction form as it was sent: every field may be missing. */
export type CorrectionFields = { amount?: string; by?: string; note?: string };

/** A correction form as read: the amount as typed, the name and the note trimmed; shown again when refused. */
export type TypedCorrection = { amount: string; by: string; note: string };

/** What is wrong with what a correction form sent: the amount, the name or the note. */
export type CorrectionProblem = { ok: false; code: 'amount-unreadable' | 'by-missing' | 'note-missing' };

/** A correction form read: the amount in øre, who corrected it and what was corrected. */
export type ReadCorrection = { ok: true; amountOre: number; by: string; note: string };

/**
 * Reads a correction form: an amount above 0 kr. as a person types it, then (when the form asks
 * for it) who corrects, then what was corrected, each required and bounded; the first problem wins.
 */
export function readCorrectionForm(
  typed: TypedCorrection,
  options: { asksBy: boolean },
): ReadCorrection | CorrectionProblem {
  const amount = readTypedAmount(typed.amount);
  if (typeof amount === 'string' || amount.ore <= 0) return { ok: false, code: 'amount-unreadable' };
  if (options.asksBy && (!typed.by || typed.by.length > BY_MAX)) return { ok: false, code: 'by-missing' };
  if (!typed.note || typed.note.length > NOTE_MAX) return { ok: false, code: 'note-missing' };
  return { ok: true, amountOre: amount.ore, by: typed.by, note: typed.note };
}

/** The fields as the form sent them, read as `readCorrectionForm` reads them. */
export const typedCorrection = (fields: CorrectionFields): TypedCorrection => ({
  amount: fields.amount ?? '',
  by: (fields.by ?? '').trim(),
  note: (fields.note ?? '').trim(),
});
