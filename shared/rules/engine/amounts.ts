import { completedAge, type IsoDateString } from '../../domain/dates';
import type { AmountRule, Per } from '../catalogue/schema';
import { capLines, deductFromLines } from './allocate';
import { calculatorLines } from './calculators';
import { type Evaluation, kr, krEn, type WorkLine } from './context';
import { inRange } from './eligibility';
import { expenseLines, plainItemLines, pricedItemLines, tripLine, uncoveredLines } from './lines';
import { noteUnclearUnits, perName, sentence, unitGroups } from './units';

type Part = 'expenses' | 'trips' | 'stays' | 'items';

/** The parts of a claim each amount rule pays; the others are shown but not covered. */
function partsPaid(amount: AmountRule): readonly Part[] {
  if (amount.kind === 'per-unit') return ['trips', 'expenses'];
  if (amount.kind === 'price-list') return ['items'];
  if (amount.kind !== 'calculator') return ['expenses', 'items'];
  switch (amount.calculator) {
    case 'hotel-nights':
      return ['stays'];
    case 'hospital-stay':
      return ['stays', 'trips', 'expenses'];
    case 'holiday-helper':
      return ['stays', 'expenses'];
    default:
      return ['items'];
  }
}

/** Builds one line per expense, trip, stay and item, each with its own entitlement (before claim-wide caps). */
export function buildLines(ev: Evaluation): WorkLine[] {
  const amount = ev.benefit.amount;
  let lines: WorkLine[];
  switch (amount.kind) {
    case 'per-unit':
      lines = [...(ev.claim.trips ?? []).map((trip) => tripLine(ev, trip, amount.rate)), ...expenseLines(ev)];
      break;
    case 'price-list':
      lines = pricedItemLines(ev, amount.prices);
      break;
    case 'calculator':
      lines = calculatorLines(ev, amount);
      break;
    default:
      lines = [...expenseLines(ev), ...plainItemLines(ev)];
  }
  const paid = partsPaid(amount);
  const { claim } = ev;
  const unpaid =
    (claim.expenses?.length && !paid.includes('expenses')) ||
    (claim.trips?.length && !paid.includes('trips')) ||
    (claim.stays?.length && !paid.includes('stays')) ||
    (claim.items?.length && !paid.includes('items'));
  if (unpaid) lines.push(...uncoveredLines(ev, paid));
  return lines;
}

/** The earliest date among the lines, or the evaluation date. */
function firstDate(ev: Evaluation, lines: WorkLine[]): IsoDateString {
  let first: string | undefined;
  for (const line of lines) if (line.date && (first === undefined || line.date < first)) first = line.date;
  return first ?? ev.on;
}

/**
 * Caps the open lines at a rate's amount per unit (claim, item, event, month or year), less
 * earlier grants for a yearly cap. Each line shows its unit's cap; each cut unit gets its reason.
 */
function applyCap(ev: Evaluation, lines: WorkLine[], rateId: string, per: Per, rule: string): void {
  noteUnclearUnits(ev, lines, per);
  for (const group of unitGroups(ev, lines, per)) {
    const rate = ev.rate(rateId, firstDate(ev, group.lines));
    if (!rate) continue;
    const earlier = per === 'year' ? (ev.history.grantedByYear?.[group.key] ?? 0) : 0;
    for (const line of group.lines) line.limit = { amount: rate.amount, per, unit: group.key };
    // An item line of several pieces (quantity 2) holds two units.
    const only = group.lines.length === 1 ? group.lines[0] : undefined;
    const pieces = per === 'item' && only?.unit === 'item' ? only.quantity : 1;
    const cut = capLines(group.lines, rate.amount * pieces - earlier, ev.ruleId(rule));
    if (cut > 0) {
      const unit =
        per === 'claim' ? { da: '', en: '' } : { da: ` (${group.label.da})`, en: ` (${group.label.en})` };
      const scope = perName(per);
      const scoped = per === 'claim' ? { da: '', en: '' } : { da: ` ${scope.da}`, en: ` ${scope.en}` };
      ev.note(
        'amount-capped',
        {
          da: sentence(
            `Ydelsen er højst ${kr(rate.amount)}${scoped.da}${unit.da}${earlier ? `, og ${kr(earlier)} er allerede bevilget` : ''}`,
          ),
          en: sentence(
            `The benefit is at most ${krEn(rate.amount)}${scoped.en}${unit.en}${earlier ? `, and ${krEn(earlier)} is already granted` : ''}`,
          ),
        },
        rate.source,
      );
    }
  }
}

/** The own payment for a line: the fixed rate or the band for the child's age on the line's date. */
function ownPaymentRate(
  ev: Evaluation,
  amount: Extract<AmountRule, { kind: 'own-payment' }>,
  on: IsoDateString,
) {
  if (!amount.byAge) return amount.rate;
  const age = completedAge(ev.claim.child.birthDate, on, 'years');
  if (amount.ageGap && inRange(age, amount.ageGap)) {
    ev.assess = true;
    ev.note(
      'needs-assessment',
      {
        da: `Kilden fastlægger ikke egenbetalingen for et barn på præcis ${age} år; forslaget bruger den laveste.`,
        en: `The source does not set the own payment for a child of exactly ${age}; the suggestion uses the lower one.`,
      },
      ev.benefitSource(),
    );
    const rates = amount.byAge.map((band) => ev.rate(band.rate, on)).filter((r) => r !== undefined);
    return rates.sort((a, b) => a.amount - b.amount)[0]?.id;
  }
  return amount.byAge.find((band) => inRange(age, band.range))?.rate;
}

function applyOwnPayment(
  ev: Evaluation,
  lines: WorkLine[],
  amount: Extract<AmountRule, { kind: 'own-payment' }>,
): void {
  noteUnclearUnits(ev, lines, amount.per);
  for (const group of unitGroups(ev, lines, amount.per)) {
    const on = firstDate(ev, group.lines);
    const rateId = ownPaymentRate(ev, amount, on);
    const rate = rateId ? ev.rate(rateId, on) : undefined;
    if (!rate) continue;
    const deducted = deductFromLines(group.lines, rate.amount, ev.ruleId('own-payment'));
    if (deducted > 0) {
      const unit = amount.per === 'claim' ? '' : ` ${perName(amount.per).da} (${group.label.da})`;
      const unitEn = amount.per === 'claim' ? '' : ` ${perName(amount.per).en} (${group.label.en})`;
      ev.note(
        'own-payment-deducted',
        {
          da: `Familiens egenbetaling på ${kr(rate.amount)}${unit} er trukket fra.`,
          en: `The family's own payment of ${krEn(rate.amount)}${unitEn} is deducted.`,
        },
        rate.source,
      );
    }
  }
  const open = lines.filter((l) => !l.blocked);
  if (open.length > 0 && open.every((l) => l.payable === 0)) ev.reject = true;
}

/**
 * Judges a threshold per unit (each damage event): a unit at or under the limit is the family's
 * own, with nothing payable; a unit above it goes to whoever decides above the limit.
 */
function applyThreshold(
  ev: Evaluation,
  lines: WorkLine[],
  amount: Extract<AmountRule, { kind: 'threshold' }>,
): void {
  noteUnclearUnits(ev, lines, amount.per);
  for (const group of unitGroups(ev, lines, amount.per)) {
    const open = group.lines.filter((l) => !l.blocked);
    if (open.length === 0) continue;
    const rate = ev.rate(amount.rate, firstDate(ev, open));
    if (!rate) continue;
    for (const line of group.lines) line.limit = { amount: rate.amount, per: amount.per, unit: group.key };
    const total = open.reduce((sum, l) => sum + l.claimed, 0);
    const reached = amount.payable === 'above' ? total > rate.amount : total >= rate.amount;
    const unit =
      amount.per === 'claim'
        ? { da: '', en: '' }
        : { da: ` (${group.label.da})`, en: ` (${group.label.en})` };
    if (reached) {
      ev.assess = true;
      ev.note('needs-assessment', amount.aboveDecidedBy, rate.source);
      continue;
    }
    for (const line of open) {
      line.payable = 0;
      line.blocked = 'below-threshold';
      line.rule = ev.ruleId('threshold');
    }
    ev.note(
      'below-threshold',
      {
        da: sentence(
          `Beløbet ${kr(total)}${unit.da} er ${amount.payable === 'above' ? 'ikke over' : 'under'} grænsen på ${kr(rate.amount)} ${perName(amount.per).da}`,
        ),
        en: sentence(
          `The amount ${krEn(total)}${unit.en} is ${amount.payable === 'above' ? 'not above' : 'below'} the limit of ${krEn(rate.amount)} ${perName(amount.per).en}`,
        ),
      },
      rate.source,
    );
  }
}

/** Applies the claim-wide part of the amount rule to the lines that time rules and exclusions left open. */
export function applyAmountRule(ev: Evaluation, lines: WorkLine[]): void {
  const amount = ev.benefit.amount;
  switch (amount.kind) {
    case 'fixed':
      applyCap(ev, lines, amount.rate, amount.per, 'max');
      return;
    case 'cap':
      applyCap(ev, lines, amount.rate, amount.per, 'max');
      return;
    case 'own-payment':
      applyOwnPayment(ev, lines, amount);
      return;
    case 'threshold':
      applyThreshold(ev, lines, amount);
      return;
    case 'percentage':
    case 'discretionary':
      ev.assess = true;
      if (amount.kind === 'discretionary' && amount.cap) applyCap(ev, lines, amount.cap, amount.per, 'max');
      if (!ev.benefit.assessment) {
        ev.note(
          'needs-assessment',
          {
            da: 'Beløbet fastsættes efter en konkret vurdering.',
            en: 'The amount is set by a concrete assessment.',
          },
          ev.benefitSource(),
        );
      }
      return;
    case 'not-payable':
      ev.reject = true;
      for (const line of lines) {
        line.payable = 0;
        line.rule = ev.ruleId('not-payable');
      }
      ev.note('not-covered', amount.why, ev.benefitSource());
      return;
    default:
      return;
  }
}
