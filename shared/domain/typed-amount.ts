import { isDkkExact, type Ore, parseDkk } from './money';

/**
 * An amount as a caseworker types it: "1500.00", "1500", "1.500,00", "1500,5" or "1.500 kr."
 * becomes "1500.00"; anything else is returned as typed (and refused as not an amount).
 */
export function normalizeAmount(text: string | undefined): string | undefined {
  const typed = text?.trim();
  if (!typed) return undefined;
  let t = typed.replace(/\s|kr\.?|dkk/gi, '');
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  if (/^\d+$/.test(t)) return `${t}.00`;
  if (/^\d+\.\d$/.test(t)) return `${t}0`;
  return /^\d+\.\d{2}$/.test(t) ? t : typed;
}

/** A typed amount read: its øre, nothing typed, or text that is no amount in kroner. */
export type TypedAmount = { ore: Ore } | 'empty' | 'not-an-amount';

/** Reads an amount as a person types it (see `normalizeAmount`) into øre. */
export function readTypedAmount(text: string | undefined): TypedAmount {
  const normalized = normalizeAmount(text);
  if (!normalized) return 'empty';
  return isDkkExact(normalized) ? { ore: parseDkk(normalized) } : 'not-an-amount';
}
