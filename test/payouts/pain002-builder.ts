import type { PayoutDeps } from '../../shared/app/payout-deps';
import { batchPmtInfId, lineReference } from '../../shared/payouts/lines';
/** A pain.002.001.03 status report as a bank writes it, for tests; only what the fields given ask for. */
export type ReportSpec = {
  msgId?: string;
  originalMsgId: string;
  originalMsgName?: string;
  count?: number;
  sum?: string;
  groupStatus?: string;
  groupReason?: string;
  payments?: {
    pmtInfId: string;
    count?: number;
    sum?: string;
    status?: string;
    reason?: string;
    transactions?: { endToEndId: string; status: string; reason?: string; info?: string }[];
  }[];
};

const reason = (code?: string, info?: string) =>
  code
    ? `<StsRsnInf><Rsn><Cd>${code}</Cd></Rsn>${info ? `<AddtlInf>${info}</AddtlInf>` : ''}</StsRsnInf>`
    : '';

/** Writes the report; elements appear in the order the XSD requires. */
export function statusReportXml(spec: ReportSpec): string {
  const payments = (spec.payments ?? [])
    .map(
      (p) =>
        `<OrgnlPmtInfAndSts><OrgnlPmtInfId>${p.pmtInfId}</OrgnlPmtInfId>${p.count !== undefined ? `<OrgnlNbOfTxs>${p.count}</OrgnlNbOfTxs>` : ''}${p.sum ? `<OrgnlCtrlSum>${p.sum}</OrgnlCtrlSum>` : ''}${p.status ? `<PmtInfSts>${p.status}</PmtInfSts>` : ''}${reason(p.reason)}${(
          p.transactions ?? []
        )
          .map(
            (t) =>
              `<TxInfAndSts><OrgnlEndToEndId>${t.endToEndId}</OrgnlEndToEndId><TxSts>${t.status}</TxSts>${reason(t.reason, t.info)}</TxInfAndSts>`,
          )
          .join('')}</OrgnlPmtInfAndSts>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt><GrpHdr><MsgId>${spec.msgId ?? 'BANK-STS-1'}</MsgId><CreDtTm>2026-03-04T14:00:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>${spec.originalMsgId}</OrgnlMsgId><OrgnlMsgNmId>${spec.originalMsgName ?? 'pain.001.001.03'}</OrgnlMsgNmId>${spec.count !== undefined ? `<OrgnlNbOfTxs>${spec.count}</OrgnlNbOfTxs>` : ''}${spec.sum ? `<OrgnlCtrlSum>${spec.sum}</OrgnlCtrlSum>` : ''}${spec.groupStatus ? `<GrpSts>${spec.groupStatus}</GrpSts>` : ''}${reason(spec.groupReason)}</OrgnlGrpInfAndSts>
${payments}
</CstmrPmtStsRpt></Document>
`;
}

/** The bank's pain.002 for a batch as the ledger holds it: every line accepted but `rejected`, which comes back AC04. */
export async function bankReport(deps: PayoutDeps, batchId: string, rejected?: string): Promise<string> {
  const batch = await deps.batches.get(batchId);
  const lines: { municipality: string; endToEndId: string; status: string; reason?: string }[] = [];
  for await (const entry of deps.ledger.listInBatch(batchId)) {
    const isRejected = entry.applicationId === rejected;
    lines.push({
      municipality: entry.municipality,
      endToEndId: lineReference(batchId, entry.applicationId),
      status: isRejected ? 'RJCT' : 'ACCP',
      ...(isRejected ? { reason: 'AC04' } : {}),
    });
  }
  return statusReportXml({
    originalMsgId: `SUPPL-${batchId}`,
    count: batch?.count ?? 0,
    groupStatus: rejected ? 'PART' : 'ACCP',
    payments: (batch?.groups ?? []).map((g) => ({
      pmtInfId: batchPmtInfId(batchId, g.municipality),
      transactions: lines.filter((l) => l.municipality === g.municipality),
    })),
  });
}
