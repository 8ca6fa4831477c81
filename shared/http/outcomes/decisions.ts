import { formatDkkEnglish, formatKroner } from '../../domain/money';
import { type Entries, same, type Words } from './refusals';

// The caseworker's decision, through the link or on the signed-in case page: four eyes, what the
// form sent (the form comes again, 400), and a case that is not there or waits for no decision.

/** The amount typed in kroner cannot be read: said the same on every form that asks for one. */
export const TYPE_AMOUNT: Words = {
  da: 'Skriv beløbet i kroner, fx 1.500,00.',
  en: 'Write the amount in kroner, e.g. 1500.00.',
};
const notRecorded: Words = { da: 'Afgørelsen er ikke registreret', en: 'The decision is not recorded' };

/** What the decisions' refusals say. */
export const DECISION_OUTCOMES: Entries<
  | 'own-application'
  | 'own-case'
  | 'action'
  | 'reason'
  | 'nothing-payable'
  | 'amount'
  | 'amount-zero'
  | 'amount-above-payable'
  | 'partial-reason'
  | 'amount-required'
  | 'amount-reason'
  | 'not-found'
  | 'not-waiting'
> = {
  'own-application': {
    status: 409,
    title: notRecorded,
    words: same({
      da: 'Du kan ikke træffe afgørelse i en sag, hvor du selv er ansøger. Bed en kollega om at tage sagen.',
      en: 'You cannot decide a case in which you are the applicant. Ask a colleague to take the case.',
    }),
  },
  'own-case': {
    status: 409,
    title: notRecorded,
    words: same({
      da: 'Du kan ikke godkende din egen afgørelse. En anden skal give den anden godkendelse.',
      en: 'You cannot approve your own decision. Someone else must give the second approval.',
    }),
  },
  action: {
    status: 400,
    words: same({
      da: 'Vælg godkend, afslå eller bed om oplysninger.',
      en: 'Choose approve, reject or request information.',
    }),
  },
  reason: { status: 400, words: same({ da: 'Skriv en begrundelse.', en: 'Give a reason.' }) },
  'nothing-payable': {
    status: 400,
    words: same({
      da: 'Reglerne giver ikke noget beløb til udbetaling (0,00 kr.), så ansøgningen kan ikke godkendes. Afslå den, eller bed om oplysninger.',
      en: 'The rules allow nothing to be paid (DKK 0.00), so the application cannot be approved. Reject it or request information.',
    }),
  },
  amount: { status: 400, words: same(TYPE_AMOUNT) },
  'amount-zero': {
    status: 400,
    words: ({ grantedOre }) => ({
      da: `Et beløb på ${formatKroner(grantedOre)} kan ikke bevilges. Brug afslå i stedet.`,
      en: `An amount of ${formatDkkEnglish(grantedOre)} cannot be granted. Use reject instead.`,
    }),
  },
  'amount-above-payable': {
    status: 400,
    words: ({ grantedOre, payableOre }) => ({
      da: `Beløbet ${formatKroner(grantedOre)} er større end det, reglerne tillader: højst ${formatKroner(payableOre)}`,
      en: `The amount ${formatDkkEnglish(grantedOre)} exceeds what the rules allow: at most ${formatDkkEnglish(payableOre)}.`,
    }),
  },
  'partial-reason': {
    status: 400,
    words: ({ grantedOre, payableOre }) => ({
      da: `En delvis bevilling skal begrundes (forvaltningslovens § 22): skriv, hvorfor der bevilges ${formatKroner(grantedOre)} og ikke ${formatKroner(payableOre)}`,
      en: `A partial approval must state its reasons (Public Administration Act § 22): write why ${formatDkkEnglish(grantedOre)} is granted rather than ${formatDkkEnglish(payableOre)}.`,
    }),
  },
  'amount-required': {
    status: 400,
    words: same({
      da: 'Reglerne kan ikke beregne beløbet her; skriv det beløb, der bevilges, fx 1500.00.',
      en: 'The rules cannot compute the amount here; write the amount granted, e.g. 1500.00.',
    }),
  },
  'amount-reason': {
    status: 400,
    words: same({
      da: 'Skriv, hvordan beløbet er fastsat (fx sats og antal døgn).',
      en: 'Write how the amount was set (e.g. rate and number of nights).',
    }),
  },
  'not-found': { status: 404, words: same({ da: 'Sagen findes ikke.', en: 'The case does not exist.' }) },
  'not-waiting': {
    status: 409,
    title: notRecorded,
    words: same({
      da: 'Sagen venter ikke på en afgørelse, som du kan træffe. Der er ikke registreret noget.',
      en: 'The case is not waiting for a decision you can make. Nothing has been recorded.',
    }),
  },
};
