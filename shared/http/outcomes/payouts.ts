import { TYPE_AMOUNT } from './decisions';
import { type Entries, same, type Words } from './refusals';

// The payout batches: the finance console's four eyes (its page answers 400 with the words in a
// box), the bank's answer through the API (the status; the problems are its field errors), and the
// caseworker's correction of a payout the bank returned (the e-mailed link's form and the case page's).

const notReleased: Words = { da: 'Frigivelsen er ikke registreret', en: 'The release is not recorded' };

/** What the payouts' refusals say. */
export const PAYOUT_OUTCOMES: Entries<
  | 'batch-not-found'
  | 'batch-not-ready'
  | 'no-name'
  | 'already-released'
  | 'not-released'
  | 'same-person'
  | 'already-confirmed'
  | 'report-invalid'
  | 'report-mismatch'
  | 'link-invalid'
  | 'already-corrected'
  | 'amount-above-granted'
  | 'amount-unreadable'
  | 'by-missing'
  | 'note-missing'
  | 'not-awaiting-correction'
> = {
  'batch-not-found': {
    status: 404,
    title: { da: 'Kørslen findes ikke', en: 'The batch does not exist' },
    words: same({ da: 'Kørslen findes ikke.', en: 'The batch does not exist.' }),
  },
  'batch-not-ready': {
    status: 409,
    title: { da: 'Kørslen er ikke klar', en: 'The batch is not ready' },
    words: same({ da: 'Kørslens filer er ikke klar.', en: 'The batch files are not ready.' }),
  },
  'no-name': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Du skal være logget ind.', en: 'You must be signed in.' }),
  },
  'already-released': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Kørslen er allerede frigivet.', en: 'The batch is released already.' }),
  },
  'not-released': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Kørslen skal frigives først.', en: 'The batch must be released first.' }),
  },
  'same-person': {
    status: 400,
    title: notReleased,
    words: same({
      da: 'En anden end den, der frigav kørslen, skal godkende den.',
      en: 'Someone other than the person who released the batch must confirm it.',
    }),
  },
  'already-confirmed': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Kørslen er allerede godkendt.', en: 'The batch is confirmed already.' }),
  },
  'report-invalid': {
    status: 400,
    words: same({
      da: 'Statusrapporten fra banken kan ikke læses.',
      en: "The bank's status report cannot be read.",
    }),
  },
  'report-mismatch': {
    status: 400,
    words: same({
      da: 'Statusrapporten fra banken passer ikke til kørslen.',
      en: "The bank's status report does not match the batch.",
    }),
  },
  // The caseworker's correction of a payout the bank returned (the link from the e-mail).
  'link-invalid': {
    status: 404,
    title: { da: 'Linket virker ikke', en: 'The link does not work' },
    words: same({
      da: 'Linket til rettelsen er ikke gyldigt. Brug linket i den nyeste e-mail om den afviste udbetaling.',
      en: 'The correction link is not valid. Use the link in the latest e-mail about the rejected payout.',
    }),
  },
  'already-corrected': {
    status: 409,
    title: { da: 'Udbetalingen er allerede rettet', en: 'The payout is already corrected' },
    words: same({ da: 'Den kommer med i næste betalingskørsel.', en: 'It goes into the next payout run.' }),
  },
  'amount-above-granted': {
    status: 400,
    words: same({ da: 'Beløbet er større end det bevilgede.', en: 'The amount is more than was granted.' }),
  },
  // What the correction forms (the link's and the case page's) sent: the form comes again.
  'amount-unreadable': { status: 400, words: same(TYPE_AMOUNT) },
  'by-missing': {
    status: 400,
    words: same({ da: 'Skriv dit navn eller din e-mail.', en: 'Write your name or e-mail.' }),
  },
  'note-missing': {
    status: 400,
    words: same({ da: 'Skriv, hvad der er rettet.', en: 'Write what was corrected.' }),
  },
  // The case page's correction when the payout waits for none.
  'not-awaiting-correction': {
    status: 409,
    title: { da: 'Udbetalingen er ikke rettet', en: 'The payout is not corrected' },
    words: same({
      da: 'Udbetalingen venter ikke på en rettelse: den er allerede rettet, eller banken har ikke sendt den retur.',
      en: 'The payout is not awaiting a correction: it is corrected already, or the bank has not returned it.',
    }),
  },
};
