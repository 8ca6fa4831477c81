/**
 * ISO 20022 external status reason codes (ExternalStatusReason1Code) a bank sends in pain.002, in
 * Danish and English, with what the caseworker can do about them. Codes not listed are shown as
 * the bank sent them, with its additional information.
 */
export const REASON_CODES: Record<string, { da: string; en: string }> = {
  AC01: { da: 'Forkert kontonummer', en: 'Incorrect account number' },
  AC04: { da: 'Kontoen er lukket', en: 'Closed account number' },
  AC06: { da: 'Kontoen er spærret', en: 'Blocked account' },
  AC13: { da: 'Ugyldig kontotype hos modtager', en: 'Invalid creditor account type' },
  AG01: { da: 'Overførslen er ikke tilladt på kontoen', en: 'Transaction forbidden on this account' },
  AG02: { da: 'Ugyldig transaktionskode eller filformat', en: 'Invalid bank operation code' },
  AM01: { da: 'Beløbet er nul', en: 'Zero amount' },
  AM02: { da: 'Beløbet er højere end tilladt', en: 'Amount exceeds the allowed maximum' },
  AM04: { da: 'Der er ikke dækning på kommunens konto', en: 'Insufficient funds' },
  AM05: { da: 'Dobbeltbetaling', en: 'Duplicate payment' },
  BE04: { da: 'Modtagerens adresse mangler eller er forkert', en: "Missing or incorrect creditor's address" },
  BE05: { da: 'Ukendt afsender (initiating party)', en: 'Unrecognised initiating party' },
  CURR: { da: 'Forkert valuta', en: 'Incorrect currency' },
  DT01: { da: 'Ugyldig dato', en: 'Invalid date' },
  FF01: { da: 'Ugyldigt filformat', en: 'Invalid file format' },
  MD07: { da: 'Modtageren er død', en: 'End customer deceased' },
  MS02: { da: 'Modtageren har afvist betalingen', en: 'Refused by the creditor' },
  MS03: { da: 'Årsagen er ikke oplyst af banken', en: 'Reason not specified by the bank' },
  NARR: { da: 'Se bankens forklaring', en: "See the bank's explanation" },
  RC01: { da: 'Forkert BIC', en: 'Incorrect bank identifier (BIC)' },
  RR01: {
    da: 'Modtagerens konto eller identifikation mangler',
    en: "Missing creditor's account or identification",
  },
  RR02: { da: 'Modtagerens navn eller adresse mangler', en: "Missing creditor's name or address" },
  RR03: { da: 'Modtagerens navn eller adresse mangler', en: "Missing creditor's name or address" },
  RR04: { da: 'Lovgivningsmæssige grunde', en: 'Regulatory reason' },
  TM01: { da: 'Modtaget efter bankens frist', en: 'Received after the cut-off time' },
};

/** A bank's reason as the caseworker reads it: "AC04 Kontoen er lukket / Closed account number (…)". */
export function explainReason(code: string | undefined, info: readonly string[] = []): string {
  const known = code ? REASON_CODES[code] : undefined;
  const words = known ? `${known.da} / ${known.en}` : 'Ukendt årsagskode / Unknown reason code';
  const extra = info.filter(Boolean).join(' ');
  return `${code ?? '—'} ${words}${extra ? ` (${extra})` : ''}`.slice(0, 500);
}
