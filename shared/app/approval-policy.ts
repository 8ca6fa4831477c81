import type { Ore } from '../domain/money';
import { readTypedAmount } from '../domain/read-amount';

// The approval policy, as pure functions of what the caseworker typed and what the rules allow:
// how much an approval grants, when it is partial, and when it needs a second approver.

/** Why an approval's amount cannot be granted; the HTTP edge words it. */
export type ApprovalRefusal =
  | { ok: false; code: 'nothing-payable' }
  | { ok: false; code: 'amount' }
  | { ok: false; code: 'amount-zero'; grantedOre: Ore }
  | { ok: false; code: 'amount-above-payable'; grantedOre: Ore; payableOre: Ore }
  | { ok: false; code: 'partial-reason'; grantedOre: Ore; payableOre: Ore }
  | { ok: false; code: 'amount-required' }
  | { ok: false; code: 'amount-reason' };

/** What the approval form carries for the amount. */
export type ApprovalInput = {
  amount?: string | undefined;
  reason?: string | undefined;
  /** The rules' payable (spec §3), in øre. */
  payableOre: Ore;
  /** The rules' outcome; `needs-assessment` leaves the amount to the caseworker when nothing is payable. */
  outcome?: string | undefined;
};

/**
 * The amount a caseworker's approval grants: the rules' payable (spec §3: the most the rules allow,
 * for `needs-assessment` their favourable suggestion), or less for a partial approval. Nothing is
 * approved when the rules allow nothing; a partial approval is more than 0 and gives its reason
 * (forvaltningsloven § 22: a decision that does not fully grant the application gives reasons).
 */
export function grantedAmount(input: ApprovalInput): { ok: true; grantedOre: Ore } | ApprovalRefusal {
  const { payableOre } = input;
  if (payableOre <= 0 && input.outcome === 'needs-assessment') return amountSetByCaseworker(input);
  if (payableOre <= 0) return { ok: false, code: 'nothing-payable' };
  const typed = readTypedAmount(input.amount);
  if (typed === 'empty') return { ok: true, grantedOre: payableOre };
  if (typed === 'not-an-amount') return { ok: false, code: 'amount' };
  const grantedOre = typed.ore;
  if (grantedOre <= 0) return { ok: false, code: 'amount-zero', grantedOre };
  if (grantedOre > payableOre) return { ok: false, code: 'amount-above-payable', grantedOre, payableOre };
  if (grantedOre < payableOre && !input.reason?.trim())
    return { ok: false, code: 'partial-reason', grantedOre, payableOre };
  return { ok: true, grantedOre };
}

/**
 * When the rules leave the amount to the caseworker (no rate in force, e.g. the KL care fee after
 * 2023): an approval names the amount and why; four eyes above the limit still apply.
 */
function amountSetByCaseworker(input: ApprovalInput): { ok: true; grantedOre: Ore } | ApprovalRefusal {
  const typed = readTypedAmount(input.amount);
  if (typeof typed === 'string' || typed.ore <= 0) return { ok: false, code: 'amount-required' };
  if (!input.reason?.trim()) return { ok: false, code: 'amount-reason' };
  return { ok: true, grantedOre: typed.ore };
}

/**
 * Less than the family applied for (the rules' cap or the caseworker's amount) does not fully grant
 * the application: the family gets a letter with reasons and complaint guidance.
 */
export const isPartial = (grantedOre: Ore, claimedOre: Ore): boolean => grantedOre < claimedOre;

/** Grants above the four-eyes limit need a second approver. */
export const needsSecondApprover = (grantedOre: Ore, fourEyesAboveOre: Ore): boolean =>
  grantedOre > fourEyesAboveOre;
