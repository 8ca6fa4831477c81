import type { Application } from '../application';
import type { Deps } from '../deps';
import type { CitizenIdentity } from '../identity';
import { ownApplication } from './own-application';

/** A decision letter the family was sent, as the journal keeps it. */
export type SentLetter = { at: string; kind: string; subject: string; text: string; documentId?: string };

/**
 * GET /mine-ansoegninger/{id}: one of the signed-in family's applications with the decision
 * letters it was sent, oldest first; undefined for any other id.
 */
export async function viewMyApplication(
  deps: Pick<Deps, 'applications' | 'journal'>,
  citizen: CitizenIdentity,
  id: string,
): Promise<{ application: Application; letters: SentLetter[] } | undefined> {
  const application = await ownApplication(deps, citizen, id);
  if (!application) return undefined;
  const entries = await deps.journal.list(application.id);
  const letters = entries.flatMap(({ at, entry }): SentLetter[] =>
    entry.kind === 'letter' && typeof entry.subject === 'string' && typeof entry.text === 'string'
      ? [
          {
            at,
            kind: String(entry.letter ?? ''),
            subject: entry.subject,
            text: entry.text,
            ...documentIdOf(entry),
          },
        ]
      : [],
  );
  return { application, letters };
}

/** The id of the letter's PDF, where the journal kept one. */
function documentIdOf(entry: Record<string, unknown>): { documentId?: string } {
  const id = (entry.document as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? { documentId: id } : {};
}
