import { dayText } from '../../domain/dates';
import type { AmountRule } from '../catalogue/schema';
import { capLines } from './allocate';
import { type Evaluation, kr, krEn, type WorkLine } from './context';
import { expenseLines, tripLine } from './lines';
import { hotelNights, NightLimits, stayDays } from './nights';

type Calculator = Extract<AmountRule, { kind: 'calculator' }>;

/**
 * Relief stays in hotel nights, limited per month and year where the municipality caps them
 * (Rudersdal: 14 a month, 60 a year), at the per-night rate when one is configured.
 */
function hotelNightLines(ev: Evaluation, calc: Calculator): WorkLine[] {
  const limits = new NightLimits(calc.limits, ev.history.nightsByMonth);
  let cut = 0;
  const lines = (ev.claim.stays ?? []).map((stay): WorkLine => {
    const { from, to, nights } = stayDays(stay);
    const paid = nights.filter((night) => limits.take(night)).length;
    cut += nights.length - paid;
    const rate = calc.rates.perNight && nights[0] ? ev.rate(calc.rates.perNight, nights[0]) : undefined;
    const perNight = rate?.amount ?? 0;
    return {
      description: `Aflastning ${dayText('da', from)} – ${dayText('da', to)}`,
      date: nights[0] ? nights[0] : undefined,
      quantity: nights.length,
      unit: 'night',
      claimed: nights.length * perNight,
      payable: paid * perNight,
      rule: ev.ruleId(paid < nights.length ? 'night-limit' : 'hotel-nights'),
      ...(paid < nights.length ? { payableQuantity: paid } : {}),
    };
  });
  if (cut > 0) {
    const { nightsPerMonth: month, nightsPerYear: year } = calc.limits;
    ev.note(
      'amount-capped',
      {
        da: `${cut} døgn ligger over grænsen (${[month && `${month} døgn om måneden`, year && `${year} døgn om året`].filter(Boolean).join(', ')}).`,
        en: `${cut} nights exceed the limit (${[month && `${month} nights a month`, year && `${year} nights a year`].filter(Boolean).join(', ')}).`,
      },
      ev.benefitSource(),
    );
  }
  return lines;
}

/** § 41 hospital stay: food for one parent per night, one return trip a day, documented costs. */
function hospitalLines(ev: Evaluation, calc: Calculator): WorkLine[] {
  const lines: WorkLine[] = [];
  for (const stay of ev.claim.stays ?? []) {
    const { from, to, nights } = stayDays(stay);
    const rate =
      calc.rates.foodPerNight && nights[0] ? ev.rate(calc.rates.foodPerNight, nights[0]) : undefined;
    const amount = nights.length * (rate?.amount ?? 0);
    lines.push({
      description: `Kost, indlæggelse ${dayText('da', from)} – ${dayText('da', to)}`,
      date: nights[0] ? nights[0] : undefined,
      quantity: nights.length,
      unit: 'night',
      claimed: amount,
      payable: amount,
      rule: ev.ruleId('food-per-night'),
    });
  }
  const admitted = (ev.claim.stays ?? []).map((stay) => stayDays(stay));
  const seen = new Set<string>();
  for (const trip of ev.claim.trips ?? []) {
    const line = tripLine(ev, trip, calc.rates.mileage ?? 'state-low-mileage');
    if (!admitted.some((stay) => stay.from <= trip.date && trip.date <= stay.to)) {
      line.payable = 0;
      line.blocked = 'excluded';
      line.rule = ev.ruleId('not-covered');
      ev.note(
        'not-covered',
        {
          da: 'Transport dækkes kun i dagene under indlæggelsen.',
          en: 'Transport is covered only on the days of the admission.',
        },
        ev.benefitSource(),
      );
    } else if (seen.has(trip.date)) {
      line.payable = 0;
      line.rule = ev.ruleId('one-trip-a-day');
      ev.note(
        'amount-capped',
        { da: 'Transport dækkes én gang dagligt retur.', en: 'Transport is covered once a day, return.' },
        ev.benefitSource(),
      );
    }
    seen.add(trip.date);
    lines.push(line);
  }
  return [...lines, ...expenseLines(ev)];
}

/** § 41 helper on holiday: stay and travel up to a weekly amount for at most N weeks, plus food per night. */
function holidayHelperLines(ev: Evaluation, calc: Calculator): WorkLine[] {
  const maxWeeks = calc.limits.weeksPerYear ?? 2;
  const stays = ev.claim.stays ?? [];
  const nights = stays.flatMap((stay) => hotelNights(stay));
  const weeks = Math.min(maxWeeks, Math.ceil(nights.length / 7));
  const foodNights = Math.min(nights.length, maxWeeks * 7);
  const first = nights[0] ?? ev.on;
  const food = calc.rates.foodPerNight ? ev.rate(calc.rates.foodPerNight, first) : undefined;
  const foodLine: WorkLine = {
    description: 'Ekstra kost til hjælperen',
    date: first,
    quantity: nights.length,
    unit: 'night',
    claimed: nights.length * (food?.amount ?? 0),
    payable: foodNights * (food?.amount ?? 0),
    rule: ev.ruleId('food-per-night'),
    ...(foodNights < nights.length ? { payableQuantity: foodNights } : {}),
  };
  const costs = expenseLines(ev);
  const perWeek = calc.rates.perWeek ? ev.rate(calc.rates.perWeek, first) : undefined;
  if (perWeek && capLines(costs, perWeek.amount * weeks, ev.ruleId('max-per-week')) > 0) {
    ev.note(
      'amount-capped',
      {
        da: `Hjælperens ophold og rejse dækkes med op til ${kr(perWeek.amount)} pr. uge i højst ${maxWeeks} uger.`,
        en: `The helper's stay and travel are covered up to ${krEn(perWeek.amount)} a week for at most ${maxWeeks} weeks.`,
      },
      perWeek.source,
    );
  }
  return [...(stays.length ? [foodLine] : []), ...costs];
}

/** Items priced per unit, each line at most what was paid (laundry washes, diet months). */
function unitPricedLines(
  ev: Evaluation,
  calc: Calculator,
  prices: Record<string, string | undefined>,
): WorkLine[] {
  return (ev.claim.items ?? []).map((item) => {
    const rateId = prices[item.kind];
    const rate = rateId ? ev.rate(rateId, item.date ?? ev.on) : undefined;
    const priced = (rate?.amount ?? 0) * item.quantity;
    const claimed = item.amount ?? priced;
    return {
      description: item.description ?? ev.itemName(item.kind, rateId).da,
      ...(item.date ? { date: item.date } : {}),
      quantity: item.quantity,
      unit: calc.calculator === 'diet' ? 'month' : 'item',
      claimed,
      payable: Math.min(claimed, priced),
      rule: ev.ruleId(item.kind),
    };
  });
}

/** § 41 diet: fixed monthly amounts, or association rates minus the normal food cost per month. */
function dietLines(ev: Evaluation, calc: Calculator): WorkLine[] {
  const fixed = unitPricedLines(ev, calc, {
    'cancer-diet': calc.rates.cancer,
    'energy-enriched': calc.rates.energy,
  });
  const deduction = calc.rates.normalFoodDeduction
    ? ev.rate(calc.rates.normalFoodDeduction, ev.on)
    : undefined;
  return (ev.claim.items ?? []).map((item, index): WorkLine => {
    const line = fixed[index] as WorkLine;
    if (item.kind !== 'association-rate') return line;
    const claimed = item.amount ?? 0;
    const deducted = Math.min(claimed, (deduction?.amount ?? 0) * item.quantity);
    if (deduction && deducted > 0) {
      ev.note(
        'own-payment-deducted',
        {
          da: `Almindelig kost på ${kr(deduction.amount)} om måneden er trukket fra.`,
          en: `Normal food costs of ${krEn(deduction.amount)} a month are deducted.`,
        },
        deduction.source,
      );
    }
    return { ...line, claimed, payable: claimed - deducted, rule: ev.ruleId('normal-food-deducted') };
  });
}

/** Lines computed by a named calculator. */
export function calculatorLines(ev: Evaluation, calc: Calculator): WorkLine[] {
  switch (calc.calculator) {
    case 'hotel-nights':
      return hotelNightLines(ev, calc);
    case 'hospital-stay':
      return hospitalLines(ev, calc);
    case 'holiday-helper':
      return holidayHelperLines(ev, calc);
    case 'laundry':
      return unitPricedLines(ev, calc, { 'extra-wash': calc.rates.perWash });
    case 'diet':
      return dietLines(ev, calc);
  }
}
