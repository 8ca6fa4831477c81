import { formatDkk } from '../domain/money';
import { PayoutFileInvalid, type PayoutLine } from './lines';

/** The columns of the payroll export: who, how much, for which period, under which wage type. */
export const PAYROLL_HEADER = 'cpr;amount_dkk;period;wage_type;posting_reference;reference';

/**
 * The payroll export for taxable pay (B-income, e.g. a care fee), line by line (UTF-8, CRLF): one
 * line per payout with the period it is pay for (the payout month, YYYY-MM) and the wage-type code
 * the municipality's payroll configured, then its own totals line `TOTAL;<sum>;;;;"<count>"`. Lines
 * that disagree with the expected totals are a fault, as in the bank files.
 */
export async function* payrollChunks(
  lines: AsyncIterable<PayoutLine>,
  wageTypes: Record<string, string>,
  expected: { count: number; sumOre: number },
): AsyncGenerator<string> {
  yield `${PAYROLL_HEADER}\r\n`;
  let count = 0;
  let sumOre = 0;
  let buffer = '';
  for await (const l of lines) {
    const wageType = wageTypes[l.municipality];
    if (!wageType) throw new PayoutFileInvalid(`no payroll wage type configured for ${l.municipality}`);
    count++;
    sumOre += l.amountOre;
    buffer += `${l.cpr};${formatDkk(l.amountOre)};${l.payoutDate.slice(0, 7)};${wageType};${l.posting};${l.reference}\r\n`;
    if (buffer.length > 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (count !== expected.count || sumOre !== expected.sumOre) {
    throw new PayoutFileInvalid(
      `payroll export has ${count} lines (${sumOre} øre), expected ${expected.count} (${expected.sumOre} øre)`,
    );
  }
  yield `${buffer}TOTAL;${formatDkk(sumOre)};;;;"${count}"\r\n`;
}
