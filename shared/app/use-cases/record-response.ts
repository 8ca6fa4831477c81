import { CodedError } from '../../domain/errors';
import type { CaseworkerDecision, FamilyAnswer } from '../application';
import type { Deps } from '../deps';
import { load, save } from './application-record';

/** Thrown when the workflow names a link that holds no response: a fault, not a business outcome. */
export class ResponseMissingError extends CodedError {
  override readonly name = 'ResponseMissingError';
  readonly code = 'response-missing';
}

/**
 * Step "Record decision" / "Record answer": the workflow accepted what came through a link (a
 * caseworker's, team lead's or second approver's decision, or the family's answer) and now records
 * it on the application, closing the wait, with its journal entry. Recorded once: a retried step
 * finds the wait already closed and changes nothing.
 */
export async function recordResponse(
  deps: Pick<Deps, 'applications' | 'links' | 'journal' | 'env'>,
  applicationId: string,
  linkId: string,
): Promise<void> {
  const application = await load(deps, applicationId);
  if (application.wait?.linkId !== linkId) return;
  const link = await deps.links.get(linkId);
  const response = link?.response;
  if (!link?.usedAt || !response) throw new ResponseMissingError(`link ${linkId} holds no response`);
  const at = link.usedAt;
  if (response.kind === 'answer') {
    const question = link.purpose === 'information' ? application.review?.reason : undefined;
    const given: FamilyAnswer = {
      at,
      purpose: link.purpose === 'receipts' ? 'receipts' : 'information',
      ...(question ? { question } : {}),
      ...(response.text ? { text: response.text } : {}),
      receipts: response.receipts,
    };
    await journalOnce(deps, applicationId, at, {
      kind: 'family-answer',
      text: response.text,
      receipts: response.receipts,
    });
    // New receipts asked for after the document check replace those it refused, which would
    // otherwise be refused again; the refusals stay in the journal's document check.
    const refused = new Set(
      link.purpose === 'receipts' && application.documents?.ok === false
        ? application.documents.problems.flatMap((p) => (p.receipt ? [p.receipt] : []))
        : [],
    );
    const kept = application.receipts.filter((r) => !refused.has(r));
    await save(deps, application, {
      receipts: [...kept, ...response.receipts.filter((r) => !kept.includes(r))],
      answers: [...(application.answers ?? []), given],
      status: 'submitted',
      note: 'answered',
      wait: undefined,
    });
    return;
  }
  const decision: CaseworkerDecision = {
    action: response.action,
    ...(response.grantedOre !== undefined ? { grantedOre: response.grantedOre } : {}),
    ...(response.reason ? { reason: response.reason } : {}),
    decidedBy: response.actor?.name ?? link.recipient,
    decidedAt: at,
    ...(response.actor ? { actor: response.actor } : {}),
  };
  const secondApproval = link.purpose === 'second-approval';
  await journalOnce(deps, applicationId, at, {
    kind: secondApproval ? 'second-approval' : 'caseworker-decision',
    ...decision,
  });
  await save(
    deps,
    application,
    secondApproval
      ? { secondApproval: decision, wait: undefined }
      : {
          review: decision,
          wait: undefined,
          status:
            decision.action === 'approve'
              ? 'documents-check'
              : decision.action === 'reject'
                ? 'rejected'
                : 'information-requested',
        },
  );
}

/** A journal entry keyed by the moment the link was used: a retried step finds it written already. */
async function journalOnce(
  deps: Pick<Deps, 'journal'>,
  applicationId: string,
  at: string,
  entry: Record<string, unknown>,
): Promise<void> {
  try {
    await deps.journal.record(applicationId, at, entry);
  } catch (error) {
    if ((error as Error).name !== 'JournalEntryExistsError') throw error;
  }
}
