import { decisionToJson } from '../../rules/decision';
import { evaluateClaim } from '../../rules/engine/evaluate';
import { validateClaim } from '../../rules/validate';
import type { Deps } from '../deps';
import { needsUploads } from '../documentation';
import { StoredClaimInvalidError } from '../errors';
import { load, save } from './application-record';

/** What the workflow needs to route an application: no amounts, no personal data. */
export type Evaluation = {
  outcome: 'approvable' | 'needs-assessment' | 'rejected';
  receiptsMissing: boolean;
};

/** Evaluates the stored claim with the rules and records the decision for the caseworker. */
export async function evaluateApplication(
  deps: Pick<Deps, 'applications' | 'journal' | 'catalogue' | 'env'>,
  applicationId: string,
): Promise<Evaluation> {
  const application = await load(deps, applicationId);
  const check = validateClaim(application.claim, deps.catalogue);
  if (!check.ok)
    throw new StoredClaimInvalidError(
      applicationId,
      check.errors.map((e) => e.path),
    );
  const decision = decisionToJson(evaluateClaim(deps.catalogue, check.claim));
  const benefit = deps.catalogue.byId.get(application.benefit);
  const wantsReceipts = needsUploads(benefit) && (check.claim.expenses?.length ?? 0) > 0;
  const receiptsMissing = wantsReceipts && application.receipts.length === 0;
  await save(deps, application, { decision, status: receiptsMissing ? 'awaiting-receipts' : 'in-review' });
  await deps.journal.record(applicationId, deps.env.now().toISOString(), {
    kind: 'rules-decision',
    decision,
  });
  return { outcome: decision.outcome, receiptsMissing };
}
