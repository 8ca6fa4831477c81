import { formatDkk, type Ore } from '../domain/money';
import type { DecidedBy, Text } from './catalogue/schema';

export type Outcome = 'approvable' | 'needs-assessment' | 'rejected';

export type ReasonCode =
  | 'amount-capped'
  | 'own-payment-deducted'
  | 'late-documentation'
  | 'not-eligible'
  | 'not-covered'
  | 'below-threshold'
  | 'needs-assessment'
  | 'prior-approval-required'
  | 'rate-applied';

/** Why the rules reached a figure or an outcome, in Danish and English, naming its source. */
export type Reason = { code: ReasonCode; da: string; en: string; source: string };

export type Unit = 'item' | 'km' | 'night' | 'day' | 'week' | 'month';

/** One expense, trip, stay or item as the rules judged it; amounts in øre. */
export type Line = {
  description: string;
  date?: string;
  quantity: number;
  unit: Unit;
  claimed: Ore;
  payable: Ore;
  rule: string;
  /** Units paid when a limit cut the count (nights over a monthly cap, say). */
  payableQuantity?: number;
  /** The cap of the unit the line belongs to: 1.500 kr. for this seat, 28.443 kr. for this month. */
  limit?: LineLimit;
};

/** A unit's cap as a line shows it: the amount, what it is per and which unit. */
export type LineLimit = { amount: Ore; per: 'claim' | 'item' | 'event' | 'month' | 'year'; unit: string };

/** The rules' decision on a claim, amounts in øre (spec §3 once printed by `decisionToJson`). */
export type Decision = {
  outcome: Outcome;
  claimed: Ore;
  payable: Ore;
  lines: Line[];
  reasons: Reason[];
  decidedBy: DecidedBy;
  deadlines: { payoutBy?: string };
  benefit: { id: string; name: Text };
  legalBasis: Text;
};

/** A line as the integration contract prints it. */
export type LineJson = {
  description: string;
  date?: string;
  quantity: number;
  unit: Unit;
  claimed: string;
  payable: string;
  rule: string;
  payableQuantity?: number;
  limit?: { amount: string; per: LineLimit['per']; unit: string };
};

function lineToJson(line: Line): LineJson {
  const json: LineJson = {
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    claimed: formatDkk(line.claimed),
    payable: formatDkk(line.payable),
    rule: line.rule,
  };
  if (line.date) json.date = line.date;
  if (line.payableQuantity !== undefined) json.payableQuantity = line.payableQuantity;
  if (line.limit) json.limit = { ...line.limit, amount: formatDkk(line.limit.amount) };
  return json;
}

/** The decision as the integration contract prints it: DKK strings, no øre. */
export function decisionToJson(decision: Decision) {
  return {
    outcome: decision.outcome,
    claimed: formatDkk(decision.claimed),
    payable: formatDkk(decision.payable),
    lines: decision.lines.map(lineToJson),
    reasons: decision.reasons,
    decidedBy: decision.decidedBy,
    deadlines: decision.deadlines,
    benefit: decision.benefit,
    legalBasis: decision.legalBasis,
  };
}
export type DecisionJson = ReturnType<typeof decisionToJson>;
