import type { Application } from '../application';
import type { Deps } from '../deps';
import { sniffType, storedReceiptKey } from '../receipt-files';

/** One problem the document check finds, as the application keeps it. */
export type Problem = NonNullable<Application['documents']>['problems'][number];

/** A problem in Danish and English, about one receipt or the documents as a whole. */
export const problem = (code: string, da: string, en: string, receipt?: string): Problem => ({
  code,
  da,
  en,
  ...(receipt ? { receipt } : {}),
});

/** A receipt's problem; for a duplicate, the application that used it first (never told the family). */
export type ReceiptProblem = Problem & { otherApplication?: string };

/**
 * What is wrong with each receipt: not there, empty or too large, not a PDF or an image, or used
 * in another application (`usedElsewhere` says by which, given the file's SHA-256).
 */
export async function receiptProblems(
  deps: Pick<Deps, 'receipts' | 'settings'>,
  application: Application,
  usedElsewhere: (sha256: string) => Promise<string | undefined>,
): Promise<ReceiptProblem[]> {
  const problems: ReceiptProblem[] = [];
  for (const uploadId of application.receipts) {
    const receipt = await deps.receipts.inspect(await storedReceiptKey(deps, application.id, uploadId));
    if (!receipt) {
      problems.push(
        problem('missing', 'Kvitteringen blev aldrig uploadet.', 'The receipt was never uploaded.', uploadId),
      );
      continue;
    }
    if (receipt.size === 0 || receipt.size > deps.settings.maxReceiptBytes) {
      problems.push(
        problem('size', 'Filen er tom eller for stor.', 'The file is empty or too large.', uploadId),
      );
      continue;
    }
    const type = sniffType(receipt.head);
    if (!type) {
      problems.push(
        problem(
          'unreadable',
          'Filen er ikke en PDF eller et billede.',
          'The file is not a PDF or an image.',
          uploadId,
        ),
      );
      continue;
    }
    const other = await usedElsewhere(receipt.sha256);
    if (other) {
      problems.push({
        ...problem(
          'duplicate',
          'Kvitteringen er allerede brugt i en anden ansøgning.',
          'The receipt was already used in another application.',
          uploadId,
        ),
        otherApplication: other,
      });
    }
  }
  return problems;
}

/**
 * The document check as the caseworker's page shows it before deciding: the same problems, with
 * the receipts other applications' document checks have recorded; records nothing.
 */
export async function previewReceiptProblems(
  deps: Pick<Deps, 'receipts' | 'settings' | 'registry'>,
  application: Application,
): Promise<ReceiptProblem[]> {
  return receiptProblems(deps, application, async (sha256) => {
    const owner = await deps.registry.owner(sha256);
    return owner !== undefined && owner !== application.id ? owner : undefined;
  });
}
