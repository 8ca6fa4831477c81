/** An amount in øre (1 kr. = 100 øre). Always an integer; never a float of kroner. */
export type Ore = number;

const DKK_PATTERN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

/** Parses a non-negative DKK decimal string ("1500.00", "2.28", "250") into øre; throws on anything else. */
export function parseDkk(text: string): Ore {
  const match = DKK_PATTERN.exec(text);
  if (!match) throw new RangeError(`not a DKK amount with at most two decimals: ${JSON.stringify(text)}`);
  const [, kroner = '0', fraction = ''] = match;
  return Number(kroner) * 100 + Number(fraction.padEnd(2, '0'));
}

/** True when `text` is a valid non-negative DKK amount with at most two decimals. */
export function isDkk(text: string): boolean {
  return DKK_PATTERN.test(text);
}

/** Prints øre as the interface's DKK string: 150000 → "1500.00". */
export function formatDkk(ore: Ore): string {
  assertOre(ore);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The languages amounts are written in for people. */
export type MoneyLanguage = 'da' | 'en';

/**
 * Prints øre for people, the one way every page, letter, e-mail and script does it:
 * 150000 → "1.500,00 kr." in Danish, "DKK 1,500.00" in English.
 */
export function formatMoney(lang: MoneyLanguage, ore: Ore): string {
  assertOre(ore);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const [group, decimal] = lang === 'da' ? ['.', ','] : [',', '.'];
  const kroner = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const amount = `${kroner}${decimal}${String(abs % 100).padStart(2, '0')}`;
  return lang === 'da' ? `${sign}${amount} kr.` : `${sign}DKK ${amount}`;
}

/** Prints øre the Danish way for people: 150000 → "1.500,00 kr.". */
export const formatKroner = (ore: Ore): string => formatMoney('da', ore);

/** Prints øre for English text: 150000 → "DKK 1,500.00". */
export const formatDkkEnglish = (ore: Ore): string => formatMoney('en', ore);

/**
 * An interface amount ("1500.00", "-25.50") for people in `lang`; anything else (a text the
 * server echoes, an unreadable value) is shown as given, never hidden.
 */
export function moneyText(lang: MoneyLanguage, dkk: string | undefined): string {
  if (dkk === undefined) return '';
  const negative = dkk.startsWith('-');
  const unsigned = negative ? dkk.slice(1) : dkk;
  if (!isDkk(unsigned)) return dkk;
  const ore = parseDkk(unsigned);
  return formatMoney(lang, negative ? -ore : ore);
}

/** Multiplies øre by a decimal quantity given in hundredths (34.5 km → 3450), rounding half up. */
export function multiplyByHundredths(ore: Ore, hundredths: number): Ore {
  assertOre(ore);
  if (!Number.isSafeInteger(hundredths)) throw new RangeError(`not whole hundredths: ${hundredths}`);
  return roundHalfUpDiv(ore * hundredths, 100);
}

/** Integer division of non-negative or negative integers, rounding halves away from zero. */
export function roundHalfUpDiv(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

function assertOre(ore: Ore): void {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`øre must be a safe integer, got ${ore}`);
}

/** True when `text` is the interface's form: a non-negative DKK amount with exactly two decimals. */
export function isDkkExact(text: string): boolean {
  return DKK_PATTERN.test(text) && text.length > 3 && text[text.length - 3] === '.';
}
