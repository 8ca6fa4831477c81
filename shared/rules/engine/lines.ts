import { dayText } from '../../domain/dates';
import { multiplyByHundredths, type Ore } from '../../domain/money';
import type { Trip } from '../claim';
import { type Evaluation, kr, krEn, type WorkLine } from './context';
import { stayDays } from './nights';

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
    ...(expense.unitRef ? { unitRef: expense.unitRef } : {}),
    expense,
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
        da: `Kørsel betales med ${kr(rate.amount)} pr. km efter ${ev.rateName(rateId).da}, der gælder fra ${dayText('da', rate.validFrom)}.`,
        en: `Driving is paid at ${krEn(rate.amount)} per km under ${ev.rateName(rateId).en}, in force from ${dayText('en', rate.validFrom)}.`,
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
    trip,
  };
}

/** One line per priced item: quantity × unit price on the evaluation date, at most what was paid. */
export function pricedItemLines(ev: Evaluation, prices: Readonly<Record<string, string>>): WorkLine[] {
  return (ev.claim.items ?? []).map((item) => {
    const rateId = prices[item.kind];
    const rate = rateId ? ev.rate(rateId, item.date ?? ev.on) : undefined;
    const priced = rate ? rate.amount * item.quantity : 0;
    const claimed = item.amount ?? priced;
    const payable = Math.min(claimed, priced);
    const name = ev.itemName(item.kind, rateId);
    if (rate && payable < claimed) {
      ev.note(
        'amount-capped',
        {
          da: `${name.da}: prislisten giver ${kr(rate.amount)} pr. stk.`,
          en: `${name.en}: the price list gives ${krEn(rate.amount)} each.`,
        },
        rate.source,
      );
    }
    return {
      description: item.description ?? name.da,
      ...(item.date ? { date: item.date } : {}),
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
    description: item.description ?? ev.itemName(item.kind).da,
    ...(item.date ? { date: item.date } : {}),
    quantity: item.quantity,
    unit: 'item',
    claimed: item.amount ?? 0,
    payable: item.amount ?? 0,
    rule: ev.ruleId('actual'),
  }));
}

const partNames = {
  expenses: { da: 'udgifter', en: 'expenses' },
  trips: { da: 'kørsel', en: 'driving' },
  stays: { da: 'ophold', en: 'stays' },
  items: { da: 'poster efter prisliste', en: 'priced items' },
} as const;

/** Lines for the parts of a claim the benefit does not pay: shown, with nothing payable. */
export function uncoveredLines(ev: Evaluation, paid: readonly (keyof typeof partNames)[]): WorkLine[] {
  const lines: WorkLine[] = [];
  const { claim } = ev;
  const refuse = (part: keyof typeof partNames, line: Omit<WorkLine, 'payable' | 'rule' | 'blocked'>) => {
    lines.push({ ...line, payable: 0, rule: ev.ruleId('not-covered'), blocked: 'uncovered', part });
  };
  if (!paid.includes('expenses')) {
    for (const e of claim.expenses ?? []) {
      refuse('expenses', {
        description: e.description,
        date: e.date,
        quantity: 1,
        unit: 'item',
        claimed: e.amount,
      });
    }
  }
  if (!paid.includes('trips')) {
    for (const t of claim.trips ?? []) {
      const rate = ev.catalogue.rates.at('state-low-mileage', t.date);
      const claimed = rate ? multiplyByHundredths(rate.amount, Math.round(t.km * 100)) : 0;
      refuse('trips', { description: t.purpose, date: t.date, quantity: t.km, unit: 'km', claimed });
    }
  }
  if (!paid.includes('stays')) {
    for (const s of claim.stays ?? []) {
      const { from, to, nights } = stayDays(s);
      refuse('stays', {
        description: `Ophold ${dayText('da', from)} – ${dayText('da', to)}`,
        date: from,
        quantity: nights.length,
        unit: 'night',
        claimed: 0,
      });
    }
  }
  if (!paid.includes('items')) {
    for (const i of claim.items ?? []) {
      refuse('items', {
        description: i.description ?? ev.itemName(i.kind).da,
        ...(i.date ? { date: i.date } : {}),
        quantity: i.quantity,
        unit: 'item',
        claimed: i.amount ?? 0,
      });
    }
  }
  return lines;
}

/** Gives the reason for lines of a part the benefit does not pay (those no exclusion already named). */
export function noteUncovered(ev: Evaluation, lines: readonly WorkLine[]): void {
  for (const line of lines) {
    if (line.blocked !== 'uncovered' || !line.part) continue;
    const name = partNames[line.part];
    ev.note(
      'not-covered',
      { da: `Denne ydelse dækker ikke ${name.da}.`, en: `This benefit does not cover ${name.en}.` },
      ev.benefitSource(),
    );
  }
}
