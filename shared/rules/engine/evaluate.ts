import { BankingCalendar } from '../../domain/banking-days';
import { addMonths, type IsoDateString, instantDay, startOfMonth } from '../../domain/dates';
import type { Catalogue } from '../catalogue';
import type { Claim } from '../claim';
import type { Decision, Outcome } from '../decision';
import { applyAmountRule, buildLines } from './amounts';
import { type ClaimHistory, Evaluation, quoteOf, type WorkLine } from './context';
import { applyDeadlines, applyExclusions, deadlineSources } from './deadlines';
import { checkApplicant, checkConditions, checkLineConditions } from './eligibility';
import { applyFacts } from './facts';
import { noteUncovered } from './lines';

export type { ClaimHistory } from './context';

export type EvaluateOptions = {
  /** The evaluation date: prices of undated items are taken on this day. Defaults to the day received. */
  on?: IsoDateString;
  history?: ClaimHistory;
  calendar?: BankingCalendar;
};

const defaultCalendar = new BankingCalendar();

/**
 * Evaluates a valid claim against the catalogue: a pure function of (catalogue and its rates,
 * claim, evaluation date, the system's records). Expected outcomes (rejected, capped, late) are
 * values in the decision, not exceptions.
 */
export function evaluateClaim(catalogue: Catalogue, claim: Claim, options: EvaluateOptions = {}): Decision {
  const benefit = catalogue.byId.get(claim.benefit);
  if (!benefit) throw new Error(`evaluateClaim needs a validated claim: unknown benefit ${claim.benefit}`);
  const received = instantDay(claim.submittedAt);
  const ev = new Evaluation(
    catalogue,
    benefit,
    claim,
    received,
    options.on ?? received,
    options.calendar ?? defaultCalendar,
    options.history ?? {},
  );

  checkApplicant(ev);
  checkConditions(ev);
  const lines = buildLines(ev);
  if (ev.reject) return decide(ev, lines);
  checkLineConditions(ev, lines);
  applyFacts(ev, lines);
  applyDeadlines(ev, lines);
  applyExclusions(ev, lines);
  noteUncovered(ev, lines);
  applyAmountRule(ev, lines);
  if (benefit.assessment && !ev.reject) {
    ev.assess = true;
    ev.note('needs-assessment', benefit.assessment, ev.benefitSource());
  }

  return decide(ev, lines);
}

/** The decision from what the rules found: outcome, totals, the lines without working marks. */
function decide(ev: Evaluation, lines: WorkLine[]): Decision {
  const { benefit } = ev;
  const outcome = decideOutcome(ev, lines);
  if (outcome === 'rejected') {
    for (const line of lines) {
      if (line.payable === 0) continue;
      line.payable = 0;
      line.rule = ev.ruleId('rejected');
    }
  }
  const claimed = lines.reduce((sum, line) => sum + line.claimed, 0);
  const payable = Math.min(
    claimed,
    lines.reduce((sum, line) => sum + line.payable, 0),
  );
  return {
    outcome,
    claimed,
    payable,
    lines: lines.map(({ blocked: _b, part: _p, unitRef: _u, trip: _t, expense: _e, ...line }) => line),
    reasons: ev.reasons,
    decidedBy: benefit.decidedBy,
    deadlines: payoutDeadline(ev, outcome),
    benefit: { id: benefit.id, name: benefit.name },
    legalBasis: benefit.legalBasis,
  };
}

function decideOutcome(ev: Evaluation, lines: WorkLine[]): Outcome {
  if (ev.reject) return 'rejected';
  if (lines.length > 0 && lines.every((line) => line.blocked)) return 'rejected';
  return ev.assess ? 'needs-assessment' : 'approvable';
}

/**
 * Randers T-3: paid at the latest in the month after the documentation arrived; the payout must
 * reach the family by the last banking day of that month.
 */
function payoutDeadline(ev: Evaluation, outcome: Outcome): Decision['deadlines'] {
  if (outcome === 'rejected' || ev.benefit.payoutRule !== 'month-after-documentation') return {};
  const nextMonth = addMonths(startOfMonth(ev.received), 1).slice(0, 7);
  return { payoutBy: ev.calendar.lastBankingDay(nextMonth) };
}

/** The quote behind the payout deadline, for letters and the caseworker's page. */
export const payoutDeadlineSource = quoteOf(deadlineSources.payout);
