import { formatDkk } from '../domain/money';
import type { PayoutLine } from './lines';

/** The columns of the finance system's import, keyed by CPR (NemKonto). */
export const CSV_HEADER = 'cpr;amount_dkk;payout_date;payment_text;posting_reference;reference';

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The CSV for the finance system, one line per payout, produced line by line (UTF-8, CRLF). */
export async function* csvChunks(lines: AsyncIterable<PayoutLine>): AsyncGenerator<string> {
  yield `${CSV_HEADER}\r\n`;
  let buffer = '';
  for await (const l of lines) {
    buffer += `${l.cpr};${formatDkk(l.amountOre)};${l.payoutDate};${quote(l.text)};${quote(l.posting)};${l.reference}\r\n`;
    // Chunks of about 64 KB: few enough writes, little memory.
    if (buffer.length > 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
