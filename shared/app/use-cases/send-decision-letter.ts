import type { Deps } from '../deps';
import { type LetterKind, letter } from '../letters';
import { load, save } from './application-record';
import { issueLetter } from './decision-letters';
import { endWait } from './end-wait';

/**
 * Sends a decision letter (rejection, partial approval, documents, no answer) as a PDF through the
 * letter channel and records it, with where its PDF is kept, in the journal.
 */
export async function sendDecisionLetter(
  deps: Pick<Deps, 'applications' | 'links' | 'journal' | 'letters' | 'env'>,
  applicationId: string,
  kind: LetterKind,
): Promise<void> {
  const application = await load(deps, applicationId);
  const mail = letter(kind, application);
  const document = await issueLetter(deps, application, kind, mail);
  const at = deps.env.now().toISOString();
  await deps.journal.record(applicationId, at, {
    kind: 'letter',
    letter: kind,
    subject: mail.subject,
    text: mail.text,
    document,
  });
  // A letter after a wait that ran out (no answer from the family) ends that wait and its link.
  const ended = await endWait(deps, application, 'timed-out');
  if (kind !== 'partial') await save(deps, application, { status: 'rejected', note: kind, ...ended });
}
