import { DECISION_OUTCOMES } from './decisions';
import { FAMILY_OUTCOMES } from './family';
import { LINK_OUTCOMES } from './links';
import { PAYOUT_OUTCOMES } from './payouts';
import type { Entries, OutcomeEntry, Refusal, RefusalCode, UsualStatus, Words } from './refusals';
import { SIGN_IN_OUTCOMES } from './sign-in';

// The one table from the use cases' refusal codes to what HTTP answers: the status, and the plain
// Danish and English words people read (never the code itself). Its entries live by area beside
// this file; the table is typed over every code, so a code without words does not compile.

export type { OutcomeEntry, Refusal, RefusalCode, SignOutRefused } from './refusals';

/** The table: a code without an entry does not compile. */
export const OUTCOMES: Entries<RefusalCode> = {
  ...LINK_OUTCOMES,
  ...DECISION_OUTCOMES,
  ...FAMILY_OUTCOMES,
  ...SIGN_IN_OUTCOMES,
  ...PAYOUT_OUTCOMES,
};

/** The usual heading of a refusal's page, by its status. */
const TITLES: Record<UsualStatus, Words> = {
  400: { da: 'Formularen kan ikke sendes', en: 'The form cannot be sent' },
  404: { da: 'Siden findes ikke', en: 'Page not found' },
  409: { da: 'Linket er brugt', en: 'The link has been used' },
  410: { da: 'Linket virker ikke længere', en: 'The link no longer works' },
};

/** What HTTP answers for a refusal: its status, the heading and the words. */
export function outcomeOf(refusal: Refusal): {
  status: OutcomeEntry<Refusal>['status'];
  title: Words;
  words: Words;
} {
  const entry = OUTCOMES[refusal.code] as OutcomeEntry<Refusal>;
  return {
    status: entry.status,
    title: entry.title ?? TITLES[entry.status as UsualStatus],
    words: entry.words(refusal),
  };
}
