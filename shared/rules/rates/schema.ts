import * as z from 'zod/mini';
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
  validTo: z.optional(IsoDate),
  amount: DkkData,
  source: z.string().check(z.minLength(3)),
  note: z.optional(z.string()),
  confirmed: z._default(z.boolean(), true),
});
export type RatePeriod = z.infer<typeof RatePeriod>;

const ascending = (periods: readonly { validFrom: string }[]) =>
  periods.every((p, i, all) => i === 0 || (all[i - 1]?.validFrom ?? '') < p.validFrom);

/** A dated rate table; the amount in force on a date is the last period starting on or before it. */
export const RateTable = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: z.object({ da: z.string(), en: z.string() }),
    unit: RateUnit,
    periods: z.array(RatePeriod),
  })
  .check(
    z.refine((t) => ascending(t.periods), {
      error: 'periods must be in ascending validFrom order',
      path: ['periods'],
    }),
  );
export type RateTable = z.infer<typeof RateTable>;
export type RateTableInput = z.input<typeof RateTable>;
