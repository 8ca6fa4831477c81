type Words = { da: string; en: string };

/** What each rule of a calculation line did, by the part after the benefit in its id (`ran-car-seat/max`). */
const ruleWords: Record<string, Words> = {
  actual: { da: 'Den faktiske udgift', en: 'The actual cost' },
  max: { da: 'Højst det fastsatte beløb', en: 'Up to the set amount' },
  'max-per-week': { da: 'Højst beløbet pr. uge', en: 'Up to the weekly amount' },
  rate: { da: 'Takst pr. km', en: 'Rate per km' },
  'price-list': { da: 'Prislisten', en: 'The price list' },
  'food-per-night': { da: 'Kost pr. døgn', en: 'Food per night' },
  'hotel-nights': { da: 'Betales pr. overnatning', en: 'Paid per night' },
  'night-limit': { da: 'Over grænsen for antal døgn', en: 'Above the limit of nights' },
  'one-trip-a-day': { da: 'Én tur om dagen', en: 'One trip a day' },
  'own-payment': { da: 'Egenbetaling trukket fra', en: 'Own payment deducted' },
  'normal-food-deducted': { da: 'Almindelig kost trukket fra', en: 'Normal food deducted' },
  threshold: { da: 'Under beløbsgrænsen', en: 'Below the limit' },
  late: { da: 'Sendt for sent', en: 'Sent too late' },
  'not-covered': { da: 'Dækkes ikke', en: 'Not covered' },
  'not-eligible': { da: 'Betingelserne er ikke opfyldt', en: 'The conditions are not met' },
  'not-payable': { da: 'Udbetales ikke', en: 'Not paid out' },
  rejected: { da: 'Afvist efter reglerne', en: 'Refused under the rules' },
};

/** The rules that have words of their own (a priced item's rule, named by its kind, reads as the price list). */
export const namedRules: ReadonlySet<string> = new Set(Object.keys(ruleWords));

/**
 * A calculation line's rule in words for the caseworker's page, never its id: "Højst det
 * fastsatte beløb" for `ran-car-seat/max`; a priced item's own rule reads as the price list.
 */
export function ruleText(rule: string, lang: 'da' | 'en'): string {
  const part = rule.slice(rule.indexOf('/') + 1);
  return (ruleWords[part] ?? ruleWords['price-list'] ?? { da: '', en: '' })[lang];
}
