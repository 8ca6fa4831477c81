import { isDkkExact, type Ore, parseDkk } from './money';
import { typedDkk } from './typed-amount';

// Apart from typed-amount.ts, which the pages' scripts bundle: the server's forms read øre here.

/** A typed amount read: its øre, nothing typed, or text that is no amount in kroner. */
export type TypedAmount = { ore: Ore } | 'empty' | 'not-an-amount';

/** Reads an amount as a person types it (see `typedDkk`) into øre, for the staff's forms. */
export function readTypedAmount(text: string | undefined): TypedAmount {
  const dkk = typedDkk(text);
  if (!dkk) return 'empty';
  return isDkkExact(dkk) ? { ore: parseDkk(dkk) } : 'not-an-amount';
}
