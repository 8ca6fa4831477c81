import { completedAge, dayText } from '../../domain/dates';
import type { Condition, Range } from '../catalogue/schema';
import type { Evaluation, WorkLine } from './context';

const roleNames: Record<string, { da: string; en: string }> = {
  'relief-family': { da: 'aflastningsfamilie', en: 'relief family' },
  'foster-family': { da: 'plejefamilie', en: 'foster family' },
  'network-foster-family': { da: 'netværksplejefamilie', en: 'network foster family' },
  parent: { da: 'forælder', en: 'parent' },
};

/** True when `value` lies inside the range. */
export function inRange(value: number, range: Range): boolean {
  if (range.min !== undefined && (range.minInclusive ? value < range.min : value <= range.min)) return false;
  if (range.max !== undefined && (range.maxInclusive ? value > range.max : value >= range.max)) return false;
  return true;
}

/** Checks who applies: eligible roles pass, ambiguous roles are assessed, others are rejected. */
export function checkApplicant(ev: Evaluation): void {
  const role = ev.claim.applicant.role;
  const { eligible, assess } = ev.benefit.applicants;
  if (eligible.includes(role)) return;
  const name = roleNames[role] ?? { da: role, en: role };
  if (assess.includes(role)) {
    ev.assess = true;
    ev.note(
      'needs-assessment',
      {
        da: `Kilden er uklar om, hvorvidt en ${name.da} kan søge denne ydelse; sagsbehandleren vurderer det.`,
        en: `The source is unclear whether a ${name.en} can claim this benefit; the caseworker decides.`,
      },
      ev.benefitSource(),
    );
    return;
  }
  ev.reject = true;
  ev.note(
    'not-eligible',
    {
      da: `En ${name.da} kan ikke søge denne ydelse.`,
      en: `A ${name.en} cannot claim this benefit.`,
    },
    ev.benefitSource(),
  );
}

/** True for an age condition judged on each line's own date (the purchase, the trip, the month). */
function perLine(condition: Condition): boolean {
  return condition.kind === 'age' && condition.at !== 'placement-start';
}

/** How a value of a condition reads: "7 år", "6. klassetrin"; "7 years", "grade 6". */
type Quantity = { da: (n: number) => string; en: (n: number) => string };

const after = (da: string, en: string): Quantity => ({ da: (n) => `${n} ${da}`, en: (n) => `${n} ${en}` });

const quantities = {
  years: after('år', 'years'),
  months: after('måneder', 'months'),
  kg: after('kg', 'kg'),
  grade: { da: (n: number) => `${n}. klassetrin`, en: (n: number) => `grade ${n}` },
} satisfies Record<string, Quantity>;

function describeRange(range: Range, unit: Quantity): { da: string; en: string } {
  const parts = { da: [] as string[], en: [] as string[] };
  if (range.min !== undefined) {
    parts.da.push(`${range.minInclusive ? 'mindst' : 'over'} ${unit.da(range.min)}`);
    parts.en.push(`${range.minInclusive ? 'at least' : 'over'} ${unit.en(range.min)}`);
  }
  if (range.max !== undefined) {
    parts.da.push(`${range.maxInclusive ? 'højst' : 'under'} ${unit.da(range.max)}`);
    parts.en.push(`${range.maxInclusive ? 'at most' : 'under'} ${unit.en(range.max)}`);
  }
  return { da: parts.da.join(' og '), en: parts.en.join(' and ') };
}

/**
 * Applies the benefit's claim-wide conditions (weight, school grade, age at the placement):
 * outside the range rejects, inside an undefined band assesses.
 */
export function checkConditions(ev: Evaluation): void {
  for (const condition of ev.benefit.conditions) {
    if (!perLine(condition)) checkCondition(ev, condition);
  }
}

/**
 * Judges age on each line's own date (issue 10, class 2): a line whose date falls outside the
 * range is refused with its reason, the others stay open. A claim without dated lines is judged
 * on the day it was received.
 */
export function checkLineConditions(ev: Evaluation, lines: WorkLine[]): void {
  for (const condition of ev.benefit.conditions) {
    if (condition.kind !== 'age' || !perLine(condition)) continue;
    const open = lines.filter((line) => !line.blocked);
    if (open.length === 0) {
      checkCondition(ev, condition);
      continue;
    }
    for (const line of open) {
      const on = line.date ?? ev.received;
      const age = completedAge(ev.claim.child.birthDate, on, condition.unit);
      if (inRange(age, condition.range)) continue;
      const unit = quantities[condition.unit];
      if (condition.gap && inRange(age, condition.gap)) {
        ev.assess = true;
        ev.note(
          'needs-assessment',
          {
            da: `Barnets alder den ${dayText('da', on)} (${unit.da(age)}) ligger i et bånd, som kilden ikke fastlægger; sagsbehandleren vurderer.`,
            en: `The child's age on ${dayText('en', on)} (${unit.en(age)}) falls in a band the source leaves undefined; the caseworker decides.`,
          },
          ev.benefitSource(),
        );
        continue;
      }
      const wanted = describeRange(condition.range, unit);
      line.blocked = 'ineligible';
      line.payable = 0;
      line.rule = ev.ruleId('not-eligible');
      ev.note(
        'not-eligible',
        {
          da: `Barnet er ${unit.da(age)} den ${dayText('da', on)}; ydelsen kræver ${wanted.da}.`,
          en: `The child is ${unit.en(age)} on ${dayText('en', on)}; the benefit requires ${wanted.en}.`,
        },
        ev.benefitSource(),
      );
    }
  }
}

function checkCondition(ev: Evaluation, condition: Condition): void {
  const { child } = ev.claim;
  const birth = child.birthDate;
  let values: number[];
  let label: { da: string; en: string };
  let unit: Quantity;
  if (condition.kind === 'age') {
    const on =
      condition.at === 'placement-start' && child.placementStart ? child.placementStart : ev.received;
    values = [completedAge(birth, on, condition.unit)];
    unit = quantities[condition.unit];
    label = { da: 'Barnets alder', en: "The child's age" };
  } else if (condition.kind === 'weight') {
    if (child.weightKg === undefined) return;
    values = [child.weightKg];
    unit = quantities.kg;
    label = { da: 'Barnets vægt', en: "The child's weight" };
  } else {
    if (child.schoolGrade === undefined) return;
    values = [child.schoolGrade];
    unit = quantities.grade;
    label = { da: 'Klassetrinnet', en: 'The school grade' };
  }
  for (const value of values) {
    if (inRange(value, condition.range)) continue;
    const gap = 'gap' in condition ? condition.gap : undefined;
    if (gap && inRange(value, gap)) {
      ev.assess = true;
      ev.note(
        'needs-assessment',
        {
          da: `${label.da} (${unit.da(value)}) ligger i et bånd, som kilden ikke fastlægger; sagsbehandleren vurderer.`,
          en: `${label.en} (${unit.en(value)}) falls in a band the source leaves undefined; the caseworker decides.`,
        },
        ev.benefitSource(),
      );
      continue;
    }
    ev.reject = true;
    const wanted = describeRange(condition.range, unit);
    ev.note(
      'not-eligible',
      {
        da: `${label.da} er ${unit.da(value)}; ydelsen kræver ${wanted.da}.`,
        en: `${label.en} is ${unit.en(value)}; the benefit requires ${wanted.en}.`,
      },
      ev.benefitSource(),
    );
  }
}
