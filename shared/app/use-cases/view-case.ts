import type { Application } from '../application';
import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import type { Journal } from '../ports';
import { previewReceiptProblems, type ReceiptProblem } from './receipt-problems';
import { caseFor, logAccess, mayDecide } from './staff-access';

/** A case as the signed-in case page shows it. */
export type StaffCase = {
  application: Application;
  /** The child's earlier applications, newest first. */
  earlier: Application[];
  /** The document check as it would find the receipts now; only when this person may decide. */
  receiptProblems: ReceiptProblem[];
  journal: Awaited<ReturnType<Journal['list']>>;
  /** The wait's link was used and the workflow is still recording the decision. */
  decisionPending: boolean;
  /** The bank returned the payout and it is not corrected yet: the bank's reason, as the journal kept it. */
  returned?: { reason: string; amountOre: number };
};

/**
 * GET /sager/{id}: opens a case for reading, in any status, logged as viewed (and the child's CPR
 * as shown, when asked); undefined for a case of another municipality, read from nothing.
 */
export async function viewCase(
  deps: Pick<
    Deps,
    'applications' | 'accessLog' | 'env' | 'journal' | 'links' | 'receipts' | 'settings' | 'registry'
  >,
  staff: StaffIdentity,
  id: string,
  options: { showCpr?: boolean } = {},
): Promise<StaffCase | undefined> {
  const application = await caseFor(deps, staff, id);
  if (!application) return undefined;
  await logAccess(deps, staff, id, 'viewed-case');
  if (options.showCpr) await logAccess(deps, staff, id, 'showed-cpr');
  const [earlier, receiptProblems, journal, link] = await Promise.all([
    deps.applications.listForChild(application, 10),
    mayDecide(staff, application) ? previewReceiptProblems(deps, application) : [],
    deps.journal.list(id),
    application.wait ? deps.links.get(application.wait.linkId) : undefined,
  ]);
  // The bank's reason as the journal kept it: the page reads no payout ledger (on AWS only finance's function may).
  const payout = application.payout;
  const rejected = journal.filter((j) => j.entry.kind === 'payout-rejected').at(-1);
  return {
    application,
    earlier,
    receiptProblems,
    journal,
    decisionPending: link?.usedAt !== undefined && link.revokedAt === undefined,
    ...(payout?.returned && !payout.returned.correctedAt
      ? { returned: { reason: String(rejected?.entry.reason ?? ''), amountOre: payout.amountOre } }
      : {}),
  };
}
