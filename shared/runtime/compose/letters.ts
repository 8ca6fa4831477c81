import { EmailLetterChannel } from '../../adapters/letters/email-letter-channel';
import type { Deps } from '../../app/deps';
import type { LetterRenderer } from '../../app/ports';
import { mailer } from './mail';
import { letterStore } from './s3';

/**
 * The letter typesetter of every function but send-decision-letter (./typeset-letters.ts): pdfkit
 * and the fonts stay out of the other bundles, and a letter asked of them is a fault.
 */
const NO_TYPESETTER: LetterRenderer = {
  render: async () => {
    throw new Error('only the send-decision-letter function typesets letters');
  },
};

/** Kept letters (their PDFs beside the receipts) and the e-mail channel, without a typesetter. */
export const keptLetters = (): Deps['letters'] => ({
  renderer: NO_TYPESETTER,
  store: letterStore(),
  channel: new EmailLetterChannel(mailer()),
});
