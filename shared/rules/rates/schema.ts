import * as z from 'zod';
import { IsoDate } from '../../domain/dates';
import { DkkData } from '../../domain/money-schema';

/** What one unit of a rate is: kroner per item, per km, per night … or a percentage. */
export const RateUnit = z.enum([
  'dkk',
  'dkk-per-km',
  'dkk-per-night',
  'dkk-per-day',
  'dkk-per-week',
  'dkk-per-month',
  'dkk-per-year',
  'dkk-per-hour',
  'percent',
]);
export type RateUnit = z.infer<typeof RateUnit>;

/**
 * One period of a rate. `amount` is a DKK string ("1500.00", "2.28") or, for percentages, the
 * percentage ("12.5"); it is held in øre (hundredths of a percent for percentages) once loaded.
 * A period runs until the next period's `validFrom`; `confirmed: false` marks a figure a
 * municipality must confirm (a single source, or an old price level the document itself says
 * is regulated yearly).
 */
export const RatePeriod = z.object({
  validFrom: IsoDate,
  /** The last day of a period that is known to end with no successor yet (a figure found only for one year). */
  validTo: IsoDate.optional(),
  amount: DkkData,
  source: z.string().min(3),
  note: z.string().optional(),
  confirmed: z.boolean().default(true),
});
export type RatePeriod = z.infer<typeof RatePeriod>;

/** A dated rate table; the amount in force on a date is the last period starting on or before it. */
export const RateTable = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.object({ da: z.string(), en: z.string() }),
    unit: RateUnit,
    periods: z.array(RatePeriod),
  })
  .refine((t) => t.periods.every((p, i, all) => i === 0 || (all[i - 1]?.validFrom ?? '') < p.validFrom), {
    message: 'periods must be in ascending validFrom order',
    path: ['periods'],
  });
export type RateTable = z.infer<typeof RateTable>;
export type RateTableInput = z.input<typeof RateTable>;
