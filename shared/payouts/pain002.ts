import { XMLParser } from 'fast-xml-parser';
import { explainReason } from './reason-codes';

/** A status the bank gives a group, a payment instruction or a line (ISO 20022 status codes). */
export type IsoStatus = 'ACTC' | 'RCVD' | 'PART' | 'RJCT' | 'PDNG' | 'ACCP' | 'ACSP' | 'ACSC' | 'ACWC';

/** The bank's reason: the ISO code (or the bank's own, proprietary one) and its free text. */
export type StatusReason = { code?: string; info: string[] };

/** One line of the report: the EndToEndId of the pain.001 line and what the bank did with it. */
export type TransactionStatus = { endToEndId?: string; status?: IsoStatus; reasons: StatusReason[] };

/** One payment instruction of the report, with the lines it names. */
export type PaymentStatus = {
  pmtInfId: string;
  count?: string;
  sum?: string;
  status?: IsoStatus;
  reasons: StatusReason[];
  transactions: TransactionStatus[];
};

/** A pain.002.001.03 status report, as much of it as matching and settling a batch needs. */
export type StatusReport = {
  msgId: string;
  originalMsgId: string;
  originalMsgName: string;
  originalCount?: string;
  originalSum?: string;
  groupStatus?: IsoStatus;
  groupReasons: StatusReason[];
  payments: PaymentStatus[];
};

/** Accepted for execution: the money goes out on the requested execution date. */
const ACCEPTED = new Set<string>(['ACCP', 'ACSP', 'ACSC', 'ACWC']);

const REPEATED = new Set(['OrgnlPmtInfAndSts', 'TxInfAndSts', 'StsRsnInf', 'AddtlInf']);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;
const node = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.map(node) : []);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

function reasons(value: unknown): StatusReason[] {
  return list(value).map((r) => {
    const rsn = node(r.Rsn);
    const code = str(rsn.Cd) ?? str(rsn.Prtry);
    const info = (Array.isArray(r.AddtlInf) ? r.AddtlInf : []).map((i) => str(i) ?? '').filter(Boolean);
    return code ? { code, info } : { info };
  });
}

/**
 * Reads a pain.002.001.03 the XSD has already accepted (so the shape is known). A document type
 * declaration is refused before anything reads the file: no entity of the bank's file is expanded.
 */
export function parseStatusReport(xml: string): StatusReport {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('a status report with a document type declaration');
  const report = node(node(parser.parse(xml)).Document).CstmrPmtStsRpt;
  const header = node(node(report).GrpHdr);
  const group = node(node(report).OrgnlGrpInfAndSts);
  return {
    msgId: str(header.MsgId) ?? '',
    originalMsgId: str(group.OrgnlMsgId) ?? '',
    originalMsgName: str(group.OrgnlMsgNmId) ?? '',
    ...(str(group.OrgnlNbOfTxs) ? { originalCount: str(group.OrgnlNbOfTxs) } : {}),
    ...(str(group.OrgnlCtrlSum) ? { originalSum: str(group.OrgnlCtrlSum) } : {}),
    ...(str(group.GrpSts) ? { groupStatus: str(group.GrpSts) as IsoStatus } : {}),
    groupReasons: reasons(group.StsRsnInf),
    payments: list(node(report).OrgnlPmtInfAndSts).map((p) => ({
      pmtInfId: str(p.OrgnlPmtInfId) ?? '',
      ...(str(p.OrgnlNbOfTxs) ? { count: str(p.OrgnlNbOfTxs) } : {}),
      ...(str(p.OrgnlCtrlSum) ? { sum: str(p.OrgnlCtrlSum) } : {}),
      ...(str(p.PmtInfSts) ? { status: str(p.PmtInfSts) as IsoStatus } : {}),
      reasons: reasons(p.StsRsnInf),
      transactions: list(p.TxInfAndSts).map((t) => ({
        ...(str(t.OrgnlEndToEndId) ? { endToEndId: str(t.OrgnlEndToEndId) } : {}),
        ...(str(t.TxSts) ? { status: str(t.TxSts) as IsoStatus } : {}),
        reasons: reasons(t.StsRsnInf),
      })),
    })),
  };
}

/** What the report says of one line: accepted for execution, rejected with the reason, or not yet. */
export type LineVerdict = { accepted: true } | { rejected: string } | { open: true };

const verdictOf = (status: IsoStatus | undefined, why: StatusReason[]): LineVerdict | undefined => {
  if (status === 'RJCT') {
    const first = why[0];
    return { rejected: explainReason(first?.code, first?.info) };
  }
  if (status && ACCEPTED.has(status)) return { accepted: true };
  return undefined;
};

/**
 * The verdict on a line, from the most specific status the report gives: the line's own, else its
 * payment instruction's, else the group's. A group PART accepts the lines it does not reject;
 * received, pending or only technically validated lines stay open for a later report.
 */
export function lineVerdict(report: StatusReport, pmtInfId: string, endToEndId: string): LineVerdict {
  const payment = report.payments.find((p) => p.pmtInfId === pmtInfId);
  const line = payment?.transactions.find((t) => t.endToEndId === endToEndId);
  const groupWhy = report.groupReasons;
  const paymentWhy = payment?.reasons.length ? payment.reasons : groupWhy;
  return (
    (line && verdictOf(line.status, line.reasons.length ? line.reasons : paymentWhy)) ??
    verdictOf(payment?.status, paymentWhy) ??
    verdictOf(report.groupStatus, groupWhy) ??
    (report.groupStatus === 'PART' || payment?.status === 'PART' ? { accepted: true } : { open: true })
  );
}
