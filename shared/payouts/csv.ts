import { formatDkk } from '../domain/money';
import { bankText } from './bank-text';
import { PayoutFileInvalid, type PayoutLine } from './lines';

/** The columns of the finance system's import, keyed by CPR (NemKonto). */
export const CSV_HEADER = 'cpr;amount_dkk;payout_date;payment_text;posting_reference;reference';

/** The first field of the trailer line: never ten digits, so no import takes it for a payee's CPR. */
export const CSV_TOTAL = 'TOTAL';

// bankText leaves no quote, semicolon or line break, so a text can never end its field or line.
const quote = (text: string) => `"${bankText(text, 140)}"`;

/**
 * The CSV for the finance system, produced line by line (UTF-8, CRLF): the header, one line per
 * payout, and a trailer with the file's totals: `TOTAL`, the sum of the amounts (as the lines write
 * them) and the number of payout lines in the payment text column, the other columns empty. The
 * totals are counted while the lines stream past; given `expected` (the batch's totals), a file whose
 * lines disagree with them is a fault, as in the pain.001.
 */
export async function* csvChunks(
  lines: AsyncIterable<PayoutLine>,
  expected?: { count: number; sumOre: number },
): AsyncGenerator<string> {
  yield `${CSV_HEADER}\r\n`;
  let buffer = '';
  let count = 0;
  let sumOre = 0;
  for await (const l of lines) {
    count++;
    sumOre += l.amountOre;
    buffer += `${l.cpr};${formatDkk(l.amountOre)};${l.payoutDate};${quote(l.text)};${quote(l.posting)};${bankText(l.reference, 35)}\r\n`;
    // Chunks of about 64 KB: few enough writes, little memory.
    if (buffer.length > 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (expected && (count !== expected.count || sumOre !== expected.sumOre)) {
    throw new PayoutFileInvalid(
      `payout CSV has ${count} lines (${sumOre} øre), expected ${expected.count} (${expected.sumOre} øre)`,
    );
  }
  // formatDkk refuses a sum past the safe integers rather than print a wrong total.
  yield `${buffer}${CSV_TOTAL};${formatDkk(sumOre)};;${quote(String(count))};;\r\n`;
}
