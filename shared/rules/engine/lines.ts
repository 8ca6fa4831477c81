import { multiplyByHundredths, type Ore } from '../../domain/money';
import type { Trip } from '../claim';
import { type Evaluation, kr, type WorkLine } from './context';

/** One line per expense, claimed and (for now) payable as paid. */
export function expenseLines(ev: Evaluation): WorkLine[] {
  return (ev.claim.expenses ?? []).map((expense) => ({
    description: expense.description,
    date: expense.date,
    quantity: 1,
    unit: 'item',
    claimed: expense.amount,
    payable: expense.amount,
    rule: ev.ruleId('actual'),
  }));
}

/** Km × the rate in force on the day of the trip, rounded to whole øre per trip. */
export function tripLine(ev: Evaluation, trip: Trip, rateId: string): WorkLine {
  const rate = ev.rate(rateId, trip.date);
  const amount: Ore = rate ? multiplyByHundredths(rate.amount, Math.round(trip.km * 100)) : 0;
  if (rate && ev.firstTime(rate)) {
    ev.note(
      'rate-applied',
      {
        da: `Kørsel betales med ${kr(rate.amount)} pr. km, satsen gældende fra ${rate.validFrom} (${rate.source}).`,
        en: `Driving is paid at ${kr(rate.amount)} per km, the rate in force from ${rate.validFrom} (${rate.source}).`,
      },
      ev.benefitSource(),
    );
  }
  return {
    description: trip.purpose,
    date: trip.date,
    quantity: trip.km,
    unit: 'km',
    claimed: amount,
    payable: amount,
    rule: ev.ruleId('rate'),
  };
}

/** One line per priced item: quantity × unit price on the evaluation date, at most what was paid. */
export function pricedItemLines(ev: Evaluation, prices: Readonly<Record<string, string>>): WorkLine[] {
  return (ev.claim.items ?? []).map((item) => {
    const rateId = prices[item.kind];
    const rate = rateId ? ev.rate(rateId, ev.on) : undefined;
    const priced = rate ? rate.amount * item.quantity : 0;
    const claimed = item.amount ?? priced;
    const payable = Math.min(claimed, priced);
    if (rate && payable < claimed) {
      ev.note(
        'amount-capped',
        {
          da: `${item.kind}: prislisten giver ${kr(rate.amount)} pr. stk.`,
          en: `${item.kind}: the price list gives ${kr(rate.amount)} each.`,
        },
        rate.source,
      );
    }
    return {
      description: item.description ?? item.kind,
      quantity: item.quantity,
      unit: 'item',
      claimed,
      payable,
      rule: ev.ruleId('price-list'),
    };
  });
}

/** Lines for items that carry only an amount (free-form kinds). */
export function plainItemLines(ev: Evaluation): WorkLine[] {
  return (ev.claim.items ?? []).map((item) => ({
    description: item.description ?? item.kind,
    quantity: item.quantity,
    unit: 'item',
    claimed: item.amount ?? 0,
    payable: item.amount ?? 0,
    rule: ev.ruleId('actual'),
  }));
}
