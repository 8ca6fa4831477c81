/**
 * The characters every bank takes in an ISO 20022 payment (the "Latin character set" of the EPC's
 * SEPA guidelines): letters a–z and A–Z, digits and / - ? : ( ) . , ' + and the space.
 */
export const BANK_CHARACTERS = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

const OUTSIDE = /[^A-Za-z0-9/\-?:().,'+ ]+/g;

/** The Danish letters as Danish banks spell them without them (Ærø → Aeroe, Åbenrå → Aabenraa). */
const SPELLED: Record<string, string> = { æ: 'ae', Æ: 'Ae', ø: 'oe', Ø: 'Oe', å: 'aa', Å: 'Aa', ß: 'ss' };

/**
 * A text as a payment file may carry it: Danish letters spelled out, accents dropped, every other
 * character (controls, quotes, &, <, dashes that are not hyphens) a space, spaces collapsed, at
 * most `max` characters. One function for the CSV and the pain.001, so both say the same.
 */
export function bankText(text: string, max: number): string {
  return text
    .replace(/[æÆøØåÅß]/g, (c) => SPELLED[c] ?? ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(OUTSIDE, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}
