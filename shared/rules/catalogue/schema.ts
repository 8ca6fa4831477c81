import * as z from 'zod/mini';

// zod/mini, not zod's classic API, here as in all Lambda code (the claim's schema takes its enums
// from here): the classic API's methods cannot be tree-shaken, 85-98 KB of zod in each function's
// bundle and some 15 ms of its cold start, against 16-37 KB with zod/mini's functions. Its issues
// are the same (one core). The small helpers keep the functional style readable.

/** A text of at least `min` characters. */
const textOf = (min: number) => z.string().check(z.minLength(min));
/** A text matching `pattern`. */
const matching = (pattern: RegExp) => z.string().check(z.regex(pattern));
/** A whole number above zero. */
const positiveInt = () => z.number().check(z.int(), z.positive());
/** A list of at least one. */
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));
/** A list that is empty when the data leaves it out. */
const listOrNone = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

/** Who may apply, as the claim names it (spec §2 `applicant.role`). */
export const roles = ['relief-family', 'foster-family', 'network-foster-family', 'parent'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const Municipality = z.enum(['randers', 'rudersdal']);
export type Municipality = z.infer<typeof Municipality>;

/**
 * Who settles the claim, mapped from the sources' terms (rules-catalogue §0, A-24):
 * Randers "Administrationen" → administration, "Rådgiver" → caseworker;
 * Rudersdal "Sagsbehandler / faglig leder" → caseworker-or-team-lead,
 * "Myndighedssagsbehandler/-rådgiver" → authority-caseworker, and the panels by name.
 */
export const DecidedBy = z.enum([
  'administration',
  'caseworker',
  'caseworker-or-team-lead',
  'authority-caseworker',
  'central-allocation-panel',
  'interdisciplinary-allocation-panel',
  'allocation-panel',
  'insurer',
  'municipality',
  'placement-site',
]);
export type DecidedBy = z.infer<typeof DecidedBy>;

export const Text = z.object({ da: textOf(1), en: textOf(1) });
export type Text = z.infer<typeof Text>;

export const seedFiles = ['000_c74158a5613874a4.txt', '004_2ef01a3e92adb0b8.txt'] as const;

/** A quote from a source document: `quote` is a verbatim substring of line `line` of `file`. */
export const Source = z.object({
  file: z.enum(seedFiles),
  line: positiveInt(),
  quote: textOf(3),
});
export type Source = z.infer<typeof Source>;

/**
 * A numeric range with explicit bounds. Ages are compared in completed units (a child of
 * 6 years and 200 days has 6 completed years), so "under 12" is `{ max: 12, maxInclusive: false }`
 * and "fra 5 år" is `{ min: 5, minInclusive: true }`.
 */
export const Range = z.object({
  min: z.optional(z.number()),
  minInclusive: z._default(z.boolean(), true),
  max: z.optional(z.number()),
  maxInclusive: z._default(z.boolean(), true),
});
export type Range = z.infer<typeof Range>;

/**
 * The date an age is measured on. `expense-date` (and the older `submission`) is each line's own
 * date: the purchase, the trip, the night, the item's month; a claim without dated lines is judged
 * on the day it was received. `placement-start` is one date for the whole claim.
 */
export const AgeAt = z.enum(['expense-date', 'placement-start', 'submission']);

/**
 * A condition on the claim. A value outside `range` makes the claim not eligible, except inside
 * `gap`, where the source leaves the band undefined: there the outcome is needs-assessment.
 */
export const Condition = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('age'),
    unit: z.enum(['years', 'months']),
    at: AgeAt,
    range: Range,
    gap: z.optional(Range),
  }),
  z.object({ kind: z.literal('weight'), range: Range, gap: z.optional(Range) }),
  z.object({ kind: z.literal('school-grade'), range: Range }),
]);
export type Condition = z.infer<typeof Condition>;

/**
 * The unit a cap, threshold or own payment applies to (issue 10, class 1): the whole claim, each
 * item (one seat, one frame; receipts of one item share `unitRef`), each damage event, each
 * calendar month or each calendar year of the line's own date.
 */
export const Per = z.enum(['claim', 'item', 'event', 'month', 'year']);
export type Per = z.infer<typeof Per>;

/** A `Per` that is `claim` when the data leaves it out. */
const perOrClaim = () => z._default(Per, 'claim');

/** A reference to a dated rate table (shared/rules/rates). */
export const RateRef = matching(/^[a-z0-9-]+$/);

/**
 * How the amount is found. Every kind keeps `payable` ≤ `claimed` and ≥ 0.
 * - fixed: a subsidy of at most the rate's amount per unit (car seat 1.500 kr. per seat).
 * - cap: actual cost up to the rate per unit (`per`): claim, item, event, month or year.
 * - per-unit: quantity × rate in force on the unit's date (km of trips, nights of stays).
 * - own-payment: actual cost minus a deduction, per claim, per item or per calendar year;
 *   `byAge` picks the deduction by the child's age on the expense date.
 * - price-list: items priced by `kind` from rate tables, each line at most what was paid.
 * - percentage: a share of a base the claim does not carry (pay, benefit): always assessed.
 * - after-invoice: actual documented cost in full.
 * - threshold: nothing at or below (or under) the limit, judged per unit (each damage event);
 *   above it, someone else decides.
 * - calculator: a named calculation in the engine with its rates (hospital stay, holiday helper,
 *   laundry, relief fee, diet).
 * - discretionary: the amount is a professional judgement; an optional cap bounds the suggestion.
 * - not-payable: the item is a deduction or a payroll matter, not a payment to the family.
 */
export const AmountRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), rate: RateRef, per: perOrClaim() }),
  z.object({ kind: z.literal('cap'), rate: RateRef, per: Per }),
  z.object({
    kind: z.literal('per-unit'),
    rate: RateRef,
    unit: z.enum(['km', 'night', 'day', 'week', 'hour']),
  }),
  z.object({
    kind: z.literal('own-payment'),
    per: Per,
    rate: z.optional(RateRef),
    byAge: z.optional(z.array(z.object({ range: Range, rate: RateRef }))),
    ageGap: z.optional(Range),
  }),
  z.object({ kind: z.literal('price-list'), prices: z.record(z.string(), RateRef) }),
  z.object({ kind: z.literal('percentage'), rate: RateRef, of: Text }),
  z.object({ kind: z.literal('after-invoice') }),
  z.object({
    kind: z.literal('threshold'),
    rate: RateRef,
    payable: z.enum(['above', 'at-or-above']),
    aboveDecidedBy: Text,
    per: perOrClaim(),
  }),
  z.object({
    kind: z.literal('calculator'),
    calculator: z.enum(['hotel-nights', 'hospital-stay', 'holiday-helper', 'laundry', 'diet']),
    rates: z.record(z.string(), RateRef),
    /** Counting limits: nights per calendar month or year (Rudersdal relief), weeks per year. */
    limits: z._default(
      z.object({
        nightsPerMonth: z.optional(positiveInt()),
        nightsPerYear: z.optional(positiveInt()),
        weeksPerYear: z.optional(positiveInt()),
      }),
      {},
    ),
  }),
  z.object({
    kind: z.literal('discretionary'),
    cap: z.optional(RateRef),
    per: perOrClaim(),
  }),
  z.object({ kind: z.literal('not-payable'), why: Text }),
]);
export type AmountRule = z.infer<typeof AmountRule>;

/** What the claim must carry for the rule to be computed; missing parts are validation errors. */
export const Needs = z.enum([
  'expenses',
  'trips',
  'stays',
  'items',
  'weightKg',
  'schoolGrade',
  'placementStart',
]);
export type Needs = z.infer<typeof Needs>;

/**
 * Deadlines judged from `submittedAt` (rules-catalogue §2):
 * - randers-reporting: trips by the 5th of the second month after the trip (T-1, T-2; A-3);
 * - year-end: the previous year's documentation by 5 January (T-4);
 * - months-after-placement: within N months of the child's placement start (T-13);
 * - prior-application: applied for before the expense (T-8, T-9, T-25, T-26; P-U3).
 */
export const Deadline = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('randers-reporting') }),
  z.object({ kind: z.literal('year-end'), day: z.number().check(z.int(), z.gte(1), z.lte(31)) }),
  z.object({ kind: z.literal('months-after-placement'), months: positiveInt() }),
  z.object({ kind: z.literal('prior-application') }),
]);
export type Deadline = z.infer<typeof Deadline>;

/** Documentation regimes: Randers P-R2's three, plus Rudersdal's "make probable" (P-U4). */
export const Documentation = z.object({
  regime: z.enum(['item-subsidy', 'full-coverage', 'invoice-to-municipality', 'made-probable', 'none']),
  requires: z.array(
    z.enum([
      'receipt',
      'prescription',
      'medical-statement',
      'consent',
      'trip-log',
      'damage-report',
      'means-assessment',
      'invoice',
    ]),
  ),
  text: Text,
});

/** A written decision on an ambiguity of rules-catalogue §5, kept beside the rule it touches. */
export const AmbiguityDecision = z.object({
  ambiguity: matching(/^A-\d+$/),
  decision: Text,
});

/**
 * A trip's purpose, as the sources list them (issue 10, class 3): to or from relief, treatment,
 * school, meetings with the authority or partners, contact with the birth family, daycare,
 * doctor or dentist, friends and leisure, or something else.
 */
export const TripPurpose = z.enum([
  'relief',
  'treatment',
  'school',
  'meeting',
  'contact',
  'daycare',
  'doctor-dentist',
  'friends-leisure',
  'other',
]);
export type TripPurpose = z.infer<typeof TripPurpose>;

/** A car seat's approval: i-Size (UN R129), ECE R 44/04, R 44/03, an older R 44 series, or none. */
export const ApprovalStandard = z.enum(['i-size', 'ece-r44-04', 'ece-r44-03', 'ece-r44-older', 'none']);
export type ApprovalStandard = z.infer<typeof ApprovalStandard>;

/**
 * Which trip purposes a mileage benefit pays, which belong to board and lodging, and what happens
 * to any other driving: agreed beforehand (Randers) or as the contract says (Rudersdal).
 */
export const TripPurposeRule = z.object({
  paid: nonEmpty(TripPurpose),
  /** Purposes paid only on weekdays (Randers: school during relief). */
  weekdaysOnly: listOrNone(TripPurpose),
  boardAndLodging: listOrNone(TripPurpose),
  otherwise: z.enum(['prior-approval', 'contract']),
  paidSource: Source,
  otherwiseSource: Source,
  boardAndLodgingSource: z.optional(Source),
});
export type TripPurposeRule = z.infer<typeof TripPurposeRule>;

/** The approval standards a car seat must carry, with the source's words. */
export const ApprovalRule = z.object({ accepted: nonEmpty(ApprovalStandard), source: Source });
export type ApprovalRule = z.infer<typeof ApprovalRule>;

/** One payable (or explicitly excluded) item of a municipality's catalogue. */
export const Benefit = z.object({
  id: matching(/^(ran|rud)-[a-z0-9-]+$/),
  municipality: Municipality,
  group: textOf(1),
  name: Text,
  summary: Text,
  applicants: z.object({ eligible: z.array(Role), assess: listOrNone(Role) }),
  amount: AmountRule,
  needs: listOrNone(Needs),
  conditions: listOrNone(Condition),
  /** Set when the sources leave the decision to a professional judgement ("konkret vurdering"). */
  assessment: z.optional(Text),
  documentation: Documentation,
  decidedBy: DecidedBy,
  deadlines: listOrNone(Deadline),
  /** Randers T-3: payout at the latest in the month after the documentation arrived. */
  payoutRule: z._default(z.enum(['month-after-documentation', 'none']), 'none'),
  legalBasis: Text,
  taxable: z._default(z.boolean(), false),
  sources: nonEmpty(Source),
  decisions: listOrNone(AmbiguityDecision),
  /** The purposes of driving the benefit pays (issue 10, class 3). */
  tripPurposes: z.optional(TripPurposeRule),
  /** The approval a car seat must have (issue 10, class 3). */
  approval: z.optional(ApprovalRule),
});
export type Benefit = z.infer<typeof Benefit>;
export type BenefitInput = z.input<typeof Benefit>;

/** Items the sources exclude (rules-catalogue §1.7): refused with the reason. */
export const Exclusion = z.object({
  id: matching(/^(ran|rud)-x-[a-z0-9-]+$/),
  municipality: Municipality,
  name: Text,
  /** Benefit id prefixes the exclusion guards, e.g. `rud-s41-` or `ran-`. */
  appliesTo: nonEmpty(textOf(4)),
  /** Lower-case words that, found in an expense, trip or item description, identify the item. */
  keywords: nonEmpty(textOf(2)),
  reason: Text,
  sources: nonEmpty(Source),
});
export type Exclusion = z.infer<typeof Exclusion>;
export type ExclusionInput = z.input<typeof Exclusion>;
