import type { LetterChannel, LetterDocument } from '../../app/ports';

/**
 * A Digital Post message in the shape of MeMo (Meddelelsesmodellen, Digitaliseringsstyrelsen): a
 * header naming sender (the municipality by CVR) and recipient (the citizen by CPR), and a body
 * whose main document is the letter's PDF. Field names follow MeMo 1.x; the municipality's
 * Digital Post provider's schema version decides the final spelling and the optional fields.
 */
export type MeMoMessage = {
  memoVersion: '1.1';
  messageHeader: {
    messageType: 'DIGITALPOST';
    /** A UUID per message: a letter sent again under the same UUID is delivered once. */
    messageUUID: string;
    /** What the citizen's inbox lists: the letter's title, no personal data. */
    label: string;
    sender: { senderID: string; idType: 'CVR'; label: string };
    recipient: { recipientID: string; idType: 'CPR'; label: string };
  };
  messageBody: {
    createdDateTime: string;
    mainDocument: {
      label: string;
      files: { encodingFormat: 'application/pdf'; filename: string; language: 'da'; content: Uint8Array }[];
    };
  };
};

/**
 * What sends a MeMo message: the REST interface of NgDP (Næste generation Digital Post) as the
 * municipality's provider exposes it, with its OCES system certificate. Not built yet: this
 * system delivers by e-mail until the municipality has a Digital Post agreement.
 */
export interface DigitalPostTransport {
  send(message: MeMoMessage): Promise<void>;
}

/** The municipality as Digital Post knows it. */
export type DigitalPostSender = { cvr: string; name: string };

/** The MeMo message for a letter: its PDF as the main document, the family's CPR as recipient. */
export function memoMessage(
  letter: LetterDocument,
  sender: DigitalPostSender,
  messageUUID: string,
  createdDateTime: string,
): MeMoMessage {
  return {
    memoVersion: '1.1',
    messageHeader: {
      messageType: 'DIGITALPOST',
      messageUUID,
      label: letter.title,
      sender: { senderID: sender.cvr, idType: 'CVR', label: sender.name },
      recipient: { recipientID: letter.recipient.cpr, idType: 'CPR', label: letter.recipient.name },
    },
    messageBody: {
      createdDateTime,
      mainDocument: {
        label: letter.title,
        files: [
          {
            encodingFormat: 'application/pdf',
            filename: letter.filename,
            language: 'da',
            content: letter.pdf,
          },
        ],
      },
    },
  };
}

/**
 * Decision letters by Digital Post (the shape only; see `DigitalPostTransport`). The message UUID
 * comes from the letter's id, so a retried step sends the same message, which NgDP delivers once.
 */
export class DigitalPostLetterChannel implements LetterChannel {
  constructor(
    private readonly transport: DigitalPostTransport,
    private readonly senders: (municipality: string) => DigitalPostSender,
    private readonly uuidOf: (letterId: string) => string,
    private readonly now: () => Date,
  ) {}

  async deliver(letter: LetterDocument): Promise<void> {
    const sender = this.senders(letter.municipality);
    await this.transport.send(memoMessage(letter, sender, this.uuidOf(letter.id), this.now().toISOString()));
  }
}
