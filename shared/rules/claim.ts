import * as z from 'zod/mini';
import { IsoDate, isInstant } from '../domain/dates';
import { Dkk } from '../domain/money-schema';
import { ApprovalStandard, Municipality, Role, TripPurpose } from './catalogue/schema';

/** An instant with its offset, "2026-03-04T10:15:00+01:00". */
const Instant = z.string().check(z.refine(isInstant, { error: 'instant' }));

/** Spec §2 bounds: what one claim may carry, so that no sum or text grows without limit. */
export const claimBounds = { amountOre: 100_000_000, lines: 200, chars: 2000 } as const;

/**
 * Control characters, bidirectional overrides and line or paragraph separators: free text from a
 * family ends up in letters, e-mails, the case page and payment files, where they hide or reorder text.
 */
export const UNSAFE_TEXT = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The check that a text is plain (no UNSAFE_TEXT); its message is the key validate.ts words. */
const plain = () => z.refine<string>((text) => !UNSAFE_TEXT.test(text), { error: 'plain-text' });

const Description = z.string().check(z.trim(), z.minLength(1), z.maxLength(claimBounds.chars), plain());
const Text = z.string().check(z.maxLength(claimBounds.chars));
const PlainText = Text.check(plain());

/** A line's amount: the contract's DKK string, at most 1.000.000,00 kr. (spec §2). */
const Amount = Dkk.check(z.refine((ore) => ore <= claimBounds.amountOre, { error: 'amount-max' }));
const lines = <T extends z.ZodMiniType>(line: T) => z.array(line).check(z.maxLength(claimBounds.lines));

/** At most two decimals: km and weights come from people and receipts, not from sensors. */
const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

export const Expense = z.object({
  date: IsoDate,
  amount: Amount,
  description: Description,
  /** Optional: receipts of one unit (one seat, one frame, one damage event) share this name. */
  unitRef: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100), plain())),
  /** Optional: a car seat's approval; without it the description is read for "i-Size", "R 44/04" and the like. */
  approvalStandard: z.optional(ApprovalStandard),
});

export const Trip = z.object({
  date: IsoDate,
  km: z.number().check(z.positive(), z.lte(5000), z.refine(twoDecimals, { error: 'two-decimals' })),
  purpose: Description,
  /** Optional: the purpose as a code; without it the `purpose` text is read with the sources' words. */
  purposeCode: z.optional(TripPurpose),
  from: z.optional(PlainText),
  to: z.optional(PlainText),
});

export const Stay = z
  .object({ from: Instant, to: Instant })
  .check(
    z.refine((stay) => Date.parse(stay.to) > Date.parse(stay.from), { error: 'stay-order', path: ['to'] }),
  );

export const Item = z.object({
  kind: Text.check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'kebab-case' })),
  quantity: z.number().check(z.int(), z.positive(), z.lte(1000)),
  amount: z.optional(Amount),
  description: z.optional(Description),
  /** Optional: the day or month the item belongs to (purchase, wash, diet month); age is judged on it. */
  date: z.optional(IsoDate),
});

export const Child = z.object({
  birthDate: IsoDate,
  weightKg: z.optional(z.number().check(z.positive(), z.lte(200))),
  schoolGrade: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10))),
  placementStart: z.optional(IsoDate),
});

/**
 * A claim (spec §2). Unknown fields are dropped by the parser, never kept. `context` is our extension for facts the system's own records carry: a prior
 * approval the caseworker gave before the expense.
 */
export const Claim = z.object({
  municipality: Municipality,
  benefit: Text.check(z.minLength(1)),
  applicant: z.object({ role: Role }),
  submittedAt: Instant,
  child: Child,
  expenses: z.optional(lines(Expense)),
  trips: z.optional(lines(Trip)),
  stays: z.optional(lines(Stay)),
  items: z.optional(lines(Item)),
  context: z.optional(
    z.object({
      priorApproval: z.optional(
        z.object({ reference: z.string().check(z.minLength(1), z.maxLength(100)), date: IsoDate }),
      ),
    }),
  ),
});
export type Claim = z.infer<typeof Claim>;
export type ClaimInput = z.input<typeof Claim>;
export type Expense = z.infer<typeof Expense>;
export type Trip = z.infer<typeof Trip>;
export type Stay = z.infer<typeof Stay>;
export type Item = z.infer<typeof Item>;
