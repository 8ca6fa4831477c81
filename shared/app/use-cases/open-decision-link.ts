import type { Application } from '../application';
import type { Deps } from '../deps';
import { DECISION_PURPOSES, type LinkRefusal, type OpenLink, openLink } from './open-link';
import { previewReceiptProblems, type ReceiptProblem } from './receipt-problems';

/** What the caseworker's page behind an open decision link shows. */
export type DecisionCase = OpenLink & {
  /** The child's earlier applications, newest first. */
  earlier: Application[];
  /** The document check as it would find the receipts now. */
  receiptProblems: ReceiptProblem[];
};

/**
 * GET /decisions/{id}: the case behind an open review, escalation or second-approval link, with the
 * child's earlier applications and the receipts' problems; changes nothing, as e-mail scanners open links.
 */
export async function openDecisionLink(
  deps: Pick<Deps, 'links' | 'applications' | 'env' | 'receipts' | 'settings' | 'registry'>,
  linkId: string,
): Promise<DecisionCase | LinkRefusal> {
  const opened = await openLink(deps, linkId, DECISION_PURPOSES);
  if (!opened.ok) return opened;
  const [earlier, receiptProblems] = await Promise.all([
    deps.applications.listForChild(opened.application, 10),
    previewReceiptProblems(deps, opened.application),
  ]);
  return { ...opened, earlier, receiptProblems };
}
