import { parseDkk } from '../../domain/money';
import type { Benefit } from '../../rules/catalogue/schema';
import type { Application } from '../application';
import type { Deps } from '../deps';
import { load, save } from './common';

export type Problem = NonNullable<Application['documents']>['problems'][number];

/** File types judged by their first bytes, never by name or declared type. */
const signatures: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'application/pdf', test: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  {
    type: 'image/webp',
    test: (b) =>
      String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  },
  {
    type: 'image/heic',
    test: (b) =>
      String.fromCharCode(...b.slice(4, 12)).startsWith('ftyphei') ||
      String.fromCharCode(...b.slice(4, 12)).startsWith('ftypmif'),
  },
];

/** The file type its bytes show, or undefined when it is none we accept. */
export function sniffType(head: Uint8Array): string | undefined {
  return signatures.find((s) => s.test(head))?.type;
}

/** Documents the family itself sends with an application (a trip log is the claim's own trips). */
const FAMILY_DOCUMENTS = new Set([
  'receipt',
  'prescription',
  'medical-statement',
  'damage-report',
  'invoice',
]);

/**
 * Whether the family must upload documentation for the benefit's expenses: a receipt, prescription,
 * medical statement, damage report or invoice, unless the provider invoices the municipality itself
 * (Rudersdal's `invoice-to-municipality`) or the expense only has to be made probable (no document).
 */
export function needsUploads(benefit: Benefit | undefined): boolean {
  if (!benefit || benefit.documentation.regime === 'invoice-to-municipality') return false;
  return benefit.documentation.requires.some((kind) => FAMILY_DOCUMENTS.has(kind));
}

/** An upload id as the upload route issues it (and as links and forms may carry it). */
export const UPLOAD_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The staging prefix: where the browser uploads a receipt. Objects there expire within a day (the
 * bucket's lifecycle rule) unless an application takes them, which copies them under retention.
 */
export const STAGING_PREFIX = 'uploads/';

/** Where an uploaded receipt waits, in staging, until an application or an answer takes it. */
export const receiptKey = (uploadId: string) => `${STAGING_PREFIX}${uploadId}`;

/** Where a submitted application's receipt is kept, under the bucket's retention. */
export const retainedReceiptKey = (applicationId: string, uploadId: string) =>
  `receipts/${applicationId}/${uploadId}`;

/** Copies receipts from staging under the application's retention; a copy already there is kept. */
export async function retainReceipts(
  deps: Pick<Deps, 'receipts'>,
  applicationId: string,
  uploadIds: readonly string[],
): Promise<void> {
  for (const uploadId of uploadIds) {
    const retained = retainedReceiptKey(applicationId, uploadId);
    if (!(await deps.receipts.exists(retained))) await deps.receipts.copy(receiptKey(uploadId), retained);
  }
}

/** The key a receipt of the application is read from: its retained copy, or staging for applications from before the copies. */
export async function storedReceiptKey(
  deps: Pick<Deps, 'receipts'>,
  applicationId: string,
  uploadId: string,
): Promise<string> {
  const retained = retainedReceiptKey(applicationId, uploadId);
  return (await deps.receipts.exists(retained)) ? retained : receiptKey(uploadId);
}

const problem = (code: string, da: string, en: string, receipt?: string): Problem => ({
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
  deps: Deps,
  application: Application,
): Promise<ReceiptProblem[]> {
  return receiptProblems(deps, application, async (sha256) => {
    const owner = await deps.registry.owner(sha256);
    return owner !== undefined && owner !== application.id ? owner : undefined;
  });
}

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
