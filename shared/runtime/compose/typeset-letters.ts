import { EmailLetterChannel } from '../../adapters/letters/email-letter-channel';
import { bundledLetterFontDir, PdfLetterRenderer } from '../../adapters/pdf/letter-pdf';
import type { Deps } from '../../app/deps';
import { mailer } from './mail';
import { letterStore } from './s3';

/**
 * Decision letters as send-decision-letter sends them: typeset as PDF with the fonts its bundle
 * carries under `fonts/` (infra copies them there), kept beside the receipts under the same
 * retention, and e-mailed until Digital Post comes.
 */
export const letters = (): Deps['letters'] => ({
  renderer: new PdfLetterRenderer(bundledLetterFontDir(import.meta.url)),
  store: letterStore(),
  channel: new EmailLetterChannel(mailer()),
});
