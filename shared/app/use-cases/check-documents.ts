import { parseDkk } from '../../domain/money';
import type { Deps } from '../deps';
import { needsUploads } from '../documentation';
import { load, save } from './application-record';
import { type Problem, problem, receiptProblems } from './receipt-problems';

/** What the workflow routes on: whether the documents are in order, and if not, whether new receipts can mend them. */
export type DocumentsOutcome = { ok: boolean; askForReceipts: boolean };

/**
 * The document check: every receipt is there, readable (a PDF or an image by its bytes), within the
 * size limit and not used in another application; the amount granted is covered by the receipts'
 * total. Late receipts are the rules' business: they pay nothing for a late line, and nobody may
 * grant more than the rules pay, so the lines on time are paid and the letter says why the rest is not.
 *
 * A refused or missing receipt is something the family can mend: the workflow asks for a new one
 * (`askForReceipts`) and the application is refused only if none comes in time. Only a problem no
 * receipt mends (the grant exceeds the claim's total) refuses it at once.
 */
export async function checkDocuments(
  deps: Pick<Deps, 'applications' | 'receipts' | 'registry' | 'journal' | 'catalogue' | 'env' | 'settings'>,
  applicationId: string,
): Promise<DocumentsOutcome> {
  const application = await load(deps, applicationId);
  const problems: Problem[] = [];
  const expenses = (application.claim.expenses as { amount: string }[] | undefined) ?? [];
  const benefit = deps.catalogue.byId.get(application.benefit);
  if (expenses.length > 0 && application.receipts.length === 0 && needsUploads(benefit)) {
    problems.push(
      problem(
        'missing',
        'Der er ingen kvitteringer eller anden dokumentation.',
        'There are no receipts or other documentation.',
      ),
    );
  }
  const found = await receiptProblems(deps, application, (sha256) =>
    deps.registry.claim(sha256, applicationId),
  );
  // What the family's letter and status show: the problem, not the other family's application.
  problems.push(...found.map(({ otherApplication: _other, ...p }) => p));
  const receiptsTotal = expenses.reduce((sum, e) => sum + parseDkk(e.amount), 0);
  const granted = application.review?.grantedOre ?? 0;
  if (expenses.length > 0 && granted > receiptsTotal) {
    problems.push(
      problem(
        'totals',
        'Det bevilgede beløb er større end kvitteringernes sum.',
        "The amount granted exceeds the receipts' total.",
      ),
    );
  }
  const ok = problems.length === 0;
  const askForReceipts = problems.some((p) => p.receipt !== undefined || p.code === 'missing');
  // Asking for receipts is no refusal: the status moves on when the request goes out.
  const status = ok ? 'approved' : askForReceipts ? undefined : 'rejected';
  await save(deps, application, { documents: { ok, problems }, ...(status ? { status } : {}) });
  await deps.journal.record(applicationId, deps.env.now().toISOString(), {
    kind: 'document-check',
    ok,
    problems,
  });
  return { ok, askForReceipts };
}
