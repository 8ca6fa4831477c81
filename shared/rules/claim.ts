import { z } from 'zod';
import { IsoDate, isInstant } from '../domain/dates';
import { Dkk } from '../domain/money';
import { Municipality, Role } from './catalogue/schema';

/** An instant with its offset, "2026-03-04T10:15:00+01:00". */
const Instant = z.string().refine(isInstant, { message: 'instant' });

const Description = z.string().trim().min(1).max(500);

/** At most two decimals: km and weights come from people and receipts, not from sensors. */
const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

export const Expense = z.object({
  date: IsoDate,
  amount: Dkk,
  description: Description,
});

export const Trip = z.object({
  date: IsoDate,
  km: z.number().positive().max(5000).refine(twoDecimals, { message: 'two-decimals' }),
  purpose: Description,
  from: z.string().max(200).optional(),
  to: z.string().max(200).optional(),
});

export const Stay = z
  .object({ from: Instant, to: Instant })
  .refine((stay) => Date.parse(stay.to) > Date.parse(stay.from), { message: 'stay-order', path: ['to'] });

export const Item = z.object({
  kind: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'kebab-case' }),
  quantity: z.number().int().positive().max(1000),
  amount: Dkk.optional(),
  description: Description.optional(),
});

export const Child = z.object({
  birthDate: IsoDate,
  weightKg: z.number().positive().max(200).optional(),
  schoolGrade: z.number().int().min(0).max(10).optional(),
  placementStart: IsoDate.optional(),
});

/**
 * A claim (spec §2). `context` is our extension for facts the system's own records carry: a prior
 * approval the caseworker gave before the expense.
 */
export const Claim = z.object({
  municipality: Municipality,
  benefit: z.string().min(1),
  applicant: z.object({ role: Role }).passthrough(),
  submittedAt: Instant,
  child: Child,
  expenses: z.array(Expense).max(200).optional(),
  trips: z.array(Trip).max(500).optional(),
  stays: z.array(Stay).max(200).optional(),
  items: z.array(Item).max(200).optional(),
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
