import * as z from 'zod';
import { IsoDate, isInstant } from '../domain/dates';
import { Dkk } from '../domain/money-schema';
import { ApprovalStandard, Municipality, Role, TripPurpose } from './catalogue/schema';

/** An instant with its offset, "2026-03-04T10:15:00+01:00". */
const Instant = z.string().refine(isInstant, { message: 'instant' });

/** Spec §2 bounds: what one claim may carry, so that no sum or text grows without limit. */
export const claimBounds = { amountOre: 100_000_000, lines: 200, chars: 2000 } as const;

/**
 * Control characters, bidirectional overrides and line or paragraph separators: free text from a
 * family ends up in letters, e-mails, the case page and payment files, where they hide or reorder text.
 */
export const UNSAFE_TEXT = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const plain = (text: string) => !UNSAFE_TEXT.test(text);

const Description = z.string().trim().min(1).max(claimBounds.chars).refine(plain, { message: 'plain-text' });
const Text = z.string().max(claimBounds.chars);

/** A line's amount: the contract's DKK string, at most 1.000.000,00 kr. (spec §2). */
const Amount = Dkk.refine((ore) => ore <= claimBounds.amountOre, { message: 'amount-max' });
const lines = <T extends z.ZodType>(line: T) => z.array(line).max(claimBounds.lines);

/** At most two decimals: km and weights come from people and receipts, not from sensors. */
const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

export const Expense = z.object({
  date: IsoDate,
  amount: Amount,
  description: Description,
  /** Optional: receipts of one unit (one seat, one frame, one damage event) share this name. */
  unitRef: z.string().trim().min(1).max(100).refine(plain, { message: 'plain-text' }).optional(),
  /** Optional: a car seat's approval; without it the description is read for "i-Size", "R 44/04" and the like. */
  approvalStandard: ApprovalStandard.optional(),
});

export const Trip = z.object({
  date: IsoDate,
  km: z.number().positive().max(5000).refine(twoDecimals, { message: 'two-decimals' }),
  purpose: Description,
  /** Optional: the purpose as a code; without it the `purpose` text is read with the sources' words. */
  purposeCode: TripPurpose.optional(),
  from: Text.refine(plain, { message: 'plain-text' }).optional(),
  to: Text.refine(plain, { message: 'plain-text' }).optional(),
});

export const Stay = z
  .object({ from: Instant, to: Instant })
  .refine((stay) => Date.parse(stay.to) > Date.parse(stay.from), { message: 'stay-order', path: ['to'] });

export const Item = z.object({
  kind: Text.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'kebab-case' }),
  quantity: z.number().int().positive().max(1000),
  amount: Amount.optional(),
  description: Description.optional(),
  /** Optional: the day or month the item belongs to (purchase, wash, diet month); age is judged on it. */
  date: IsoDate.optional(),
});

export const Child = z.object({
  birthDate: IsoDate,
  weightKg: z.number().positive().max(200).optional(),
  schoolGrade: z.number().int().min(0).max(10).optional(),
  placementStart: IsoDate.optional(),
});

/**
 * A claim (spec §2). Unknown fields are dropped by the parser, never kept. `context` is our extension for facts the system's own records carry: a prior
 * approval the caseworker gave before the expense.
 */
export const Claim = z.object({
  municipality: Municipality,
  benefit: Text.min(1),
  applicant: z.object({ role: Role }),
  submittedAt: Instant,
  child: Child,
  expenses: lines(Expense).optional(),
  trips: lines(Trip).optional(),
  stays: lines(Stay).optional(),
  items: lines(Item).optional(),
  context: z
    .object({
      priorApproval: z.object({ reference: z.string().min(1).max(100), date: IsoDate }).optional(),
    })
    .optional(),
});
export type Claim = z.infer<typeof Claim>;
export type ClaimInput = z.input<typeof Claim>;
export type Expense = z.infer<typeof Expense>;
export type Trip = z.infer<typeof Trip>;
export type Stay = z.infer<typeof Stay>;
export type Item = z.infer<typeof Item>;
