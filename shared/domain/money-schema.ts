import * as z from 'zod/mini';
import { isDkk, isDkkExact, parseDkk } from './money';

// Kept apart from money.ts so the browser's scripts can share the formatter and the parser
// without carrying zod.

/** zod: a DKK string as the interfaces carry it ("1500.00", exactly two decimals), øre inside. */
export const Dkk = z.pipe(
  z
    .string()
    .check(
      z.refine(isDkkExact, { error: 'must be an amount in DKK with exactly two decimals, e.g. "1500.00"' }),
    ),
  z.transform(parseDkk),
);

/** zod: an amount in a data file ("2.28", "12.5", "1500.00"): at most two decimals, øre (or hundredths) inside. */
export const DkkData = z.pipe(
  z.string().check(z.refine(isDkk, { error: 'must be an amount with at most two decimals, e.g. "1500.00"' })),
  z.transform(parseDkk),
);
