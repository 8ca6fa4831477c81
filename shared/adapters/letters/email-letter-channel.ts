import type { LetterChannel, LetterDocument, Mailer } from '../../app/ports';
import { escapeHtml } from '../../domain/escape-html';

/**
 * Decision letters by e-mail: the letter's text as the e-mail, the PDF attached. The subject
 * carries the case reference only; the family's name and CPR number travel in the PDF alone.
 */
export class EmailLetterChannel implements LetterChannel {
  constructor(private readonly mailer: Mailer) {}

  async deliver(letter: LetterDocument): Promise<void> {
    const da = `Afgørelsen er vedhæftet som PDF (${letter.filename}). Gem den: den er dit brev fra kommunen.`;
    const en = `The decision is attached as a PDF (${letter.filename}). Keep it: it is your letter from the municipality.`;
    await this.mailer.send({
      to: letter.recipient.email,
      subject: letter.cover.subject,
      // The Danish line opens the letter's Danish half, the English line closes its English half.
      text: `${da}\n\n${letter.cover.text}\n\n${en}`,
      html: `<p lang="da">${escapeHtml(da)}</p>${letter.cover.html}<p lang="en">${escapeHtml(en)}</p>`,
      attachments: [{ filename: letter.filename, contentType: 'application/pdf', content: letter.pdf }],
    });
  }
}
