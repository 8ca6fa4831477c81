/** Who pays: a municipality's name and account as the bank knows them (the pain.001 debtor). */
export type Payer = { name: string; iban: string; bic: string };

/**
 * Whether the text is a Danish IBAN: DK, two check digits and 14 digits (registreringsnummer and
 * kontonummer), with the MOD-97 check of ISO 13616 (facts.md §2). No account-level mod-11 test.
 */
export function isDanishIban(iban: string): boolean {
  if (!/^DK\d{16}$/.test(iban)) return false;
  const digits = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** Whether the text is the BIC of a Danish bank: 4 letters, DK, 2 letters or digits, an optional branch of 3. */
export function isDanishBic(bic: string): boolean {
  return /^[A-Z]{4}DK[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic);
}
