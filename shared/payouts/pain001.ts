import { formatDkk } from '../domain/money';
import { bankText } from './bank-text';
import type { BatchGroup } from './batch';
import { PayoutFileInvalid, type PayoutLine } from './lines';
import type { Payer } from './payer';

/** The header of a pain.001.001.03 file; every count and sum is in øre until printed. */
export type PainHeader = {
  msgId: string;
  /** ISO date-time of creation; fixed by the batch (not the clock), so a rerun writes the same file. */
  createdAt: string;
  initiatingParty: string;
  payoutDate: string;
};

/** One payment instruction: a municipality paying its lines. */
export type PainGroup = BatchGroup & {
  payer: Payer;
  pmtInfId: string;
  lines: () => AsyncIterable<PayoutLine>;
};

/** A text of the file: the bank's characters, at most `max` long (Max35Text, Max140Text), escaped. */
const text = (value: string, max: number) => escapeXml(bankText(value, max));

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** The totals of a file: transactions and their sum in øre. */
export function totalsOf(groups: readonly BatchGroup[]): { count: number; sumOre: number } {
  let count = 0;
  let sumOre = 0;
  for (const g of groups) {
    count += g.count;
    sumOre += g.sumOre;
  }
  if (!Number.isSafeInteger(sumOre)) throw new RangeError('batch sum exceeds safe integer øre');
  return { count, sumOre };
}

function transaction(l: PayoutLine): string {
  // NemKonto (NKS) payment by CPR: the creditor is identified by CPR (SOSE), no account is named.
  return `<CdtTrfTxInf><PmtId><EndToEndId>${text(l.reference, 35)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="DKK">${formatDkk(l.amountOre)}</InstdAmt></Amt><Cdtr><Id><PrvtId><Othr><Id>${escapeXml(l.cpr)}</Id><SchmeNm><Cd>SOSE</Cd></SchmeNm></Othr></PrvtId></Id></Cdtr><RmtInf><Ustrd>${text(l.text, 140)}</Ustrd></RmtInf></CdtTrfTxInf>\n`;
}

/**
 * ISO 20022 credit transfers in DKK (pain.001.001.03), one payment instruction per municipality.
 * The counts and sums come first in the file, so they are taken from the batch's totals and the
 * lines are streamed after them; a group whose lines disagree with its totals is a fault.
 */
export async function* painChunks(header: PainHeader, groups: readonly PainGroup[]): AsyncGenerator<string> {
  const totals = totalsOf(groups);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><GrpHdr><MsgId>${text(header.msgId, 35)}</MsgId><CreDtTm>${header.createdAt}</CreDtTm><NbOfTxs>${totals.count}</NbOfTxs><CtrlSum>${formatDkk(totals.sumOre)}</CtrlSum><InitgPty><Nm>${text(header.initiatingParty, 140)}</Nm></InitgPty></GrpHdr>\n`;
  for (const g of groups) {
    if (g.count === 0) continue;
    yield `<PmtInf><PmtInfId>${text(g.pmtInfId, 35)}</PmtInfId><PmtMtd>TRF</PmtMtd><NbOfTxs>${g.count}</NbOfTxs><CtrlSum>${formatDkk(g.sumOre)}</CtrlSum><ReqdExctnDt>${header.payoutDate}</ReqdExctnDt><Dbtr><Nm>${text(g.payer.name, 140)}</Nm></Dbtr><DbtrAcct><Id><IBAN>${escapeXml(g.payer.iban)}</IBAN></Id><Ccy>DKK</Ccy></DbtrAcct><DbtrAgt><FinInstnId><BIC>${escapeXml(g.payer.bic)}</BIC></FinInstnId></DbtrAgt>\n`;
    let count = 0;
    let sumOre = 0;
    let buffer = '';
    for await (const l of g.lines()) {
      count++;
      sumOre += l.amountOre;
      buffer += transaction(l);
      if (buffer.length > 65_536) {
        yield buffer;
        buffer = '';
      }
    }
    if (count !== g.count || sumOre !== g.sumOre) {
      throw new PayoutFileInvalid(
        `payment instruction ${g.pmtInfId} has ${count} lines (${sumOre} øre), expected ${g.count} (${g.sumOre} øre)`,
      );
    }
    yield `${buffer}</PmtInf>\n`;
  }
  yield '</CstmrCdtTrfInitn></Document>\n';
}
