import { caseRef } from '../../domain/case-ref';
import type { Application } from '../application';
import type { Deps } from '../deps';
import { letterContent } from '../letter-content';
import type { LetterKind } from '../letters';
import type { Bilingual, Mail } from '../ports';

/** What the journal keeps of a letter's document: where its PDF is and what it is called. */
export type LetterRecord = { id: string; key: string; filename: string; title: Bilingual };

/** Where a letter's PDF is kept: beside the case's receipts, under the same retention. */
export const letterKey = (applicationId: string, letterId: string) =>
  `letters/${applicationId}/${letterId}.pdf`;

/** A letter id as `issueLetter` makes it (and as a page's link may carry it). */
const LETTER_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Typesets a decision letter as a tagged PDF, keeps it under the case's retention and delivers it
 * through the letter channel with `cover` (the e-mail's words). The PDF is kept before it is sent,
 * so that whatever the family received, the municipality has.
 */
export async function issueLetter(
  deps: Pick<Deps, 'letters' | 'env'>,
  application: Application,
  kind: LetterKind,
  cover: Mail,
): Promise<LetterRecord> {
  const id = deps.env.randomId();
  const content = letterContent(kind, application, deps.env.now().toISOString());
  const pdf = await deps.letters.renderer.render(content);
  const key = letterKey(application.id, id);
  await deps.letters.store.put(key, pdf);
  const filename = `${kind === 'paid' ? 'udbetaling' : 'afgoerelse'}-${caseRef(application.id)}.pdf`;
  const { name, email, cpr } = application.applicant;
  await deps.letters.channel.deliver({
    id,
    applicationId: application.id,
    municipality: application.municipality,
    filename,
    title: content.title.da,
    pdf,
    recipient: { name, email, cpr },
    cover: { subject: cover.subject, text: cover.text, html: cover.html },
  });
  return { id, key, filename, title: content.title };
}

/** A letter as the case's pages list it: when it was sent, its title and file name, and its id for the link. */
export type LetterListing = { id: string; at: string; title: Bilingual; filename: string };

/** The letters of a case with a kept PDF, oldest first, from its journal. */
export async function lettersOf(
  deps: Pick<Deps, 'journal'>,
  applicationId: string,
): Promise<LetterListing[]> {
  const entries = await deps.journal.list(applicationId);
  return entries.flatMap(({ at, entry }) => {
    const document = entry.kind === 'letter' ? (entry.document as LetterRecord | undefined) : undefined;
    return document ? [{ id: document.id, at, title: document.title, filename: document.filename }] : [];
  });
}

/**
 * The PDF of one of the case's letters, by the id its journal entry records; undefined when the
 * case has no such letter (or its PDF is not kept). Who may read it is the caller's business.
 */
export async function letterDocument(
  deps: Pick<Deps, 'journal' | 'letters'>,
  applicationId: string,
  letterId: string,
): Promise<{ filename: string; pdf: Uint8Array } | undefined> {
  if (!LETTER_ID.test(letterId)) return undefined;
  const entries = await deps.journal.list(applicationId);
  const document = entries
    .map(({ entry }) => (entry.kind === 'letter' ? (entry.document as LetterRecord | undefined) : undefined))
    .find((d) => d?.id === letterId);
  if (!document) return undefined;
  const pdf = await deps.letters.store.read(document.key);
  return pdf ? { filename: document.filename, pdf } : undefined;
}
