import { RECEIPT_ID_WORDS } from '../../app/use-cases/receipt-ids';
import { type Entries, same } from './refusals';

// What the family sends: the answer to a request for information (its text and receipts) and the
// application through the API (the field errors say what is wrong with each field).

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the family's answers' and applications' refusals say. */
export const FAMILY_OUTCOMES: Entries<
  'answer' | 'receipts' | 'too-many-receipts' | 'unattachable-receipts' | 'invalid' | 'key-reused'
> = {
  answer: {
    status: 400,
    words: same({
      da: 'Skriv et svar eller vedhæft kvitteringer.',
      en: 'Write an answer or attach receipts.',
    }),
  },
  receipts: {
    status: 400,
    // Each receipt by its number as the family sees the list, from 1.
    words: ({ problems }) => ({
      da: capital(problems.map((p) => `kvittering ${p.index + 1} ${RECEIPT_ID_WORDS[p.code].da}`).join('; ')),
      en: capital(problems.map((p) => `receipt ${p.index + 1} ${RECEIPT_ID_WORDS[p.code].en}`).join('; ')),
    }),
  },
  'too-many-receipts': {
    status: 400,
    words: ({ max }) => ({
      da: `Et svar kan have højst ${max} kvitteringer.`,
      en: `An answer can have at most ${max} receipts.`,
    }),
  },
  'unattachable-receipts': {
    status: 400,
    words: same({
      da: 'En kvittering kunne ikke knyttes til svaret; upload den igen.',
      en: 'A receipt could not be attached to the answer; upload it again.',
    }),
  },
  // The application API (POST /api/applications): the field errors say what is wrong with each field.
  invalid: {
    status: 400,
    words: same({
      da: 'Ansøgningen har felter, der mangler eller er ugyldige.',
      en: 'The application has fields that are missing or invalid.',
    }),
  },
  'key-reused': {
    status: 422,
    title: { da: 'Ansøgningen er ikke modtaget', en: 'The application was not received' },
    // Said of the Idempotency-Key header, as its field error.
    words: same({
      da: 'er allerede brugt til en anden ansøgning; send med en ny nøgle',
      en: 'was already used for a different application; send it with a new key',
    }),
  },
};
