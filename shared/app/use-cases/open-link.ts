import type { Application } from '../application';
import type { Deps } from '../deps';
import type { DecisionLink, LinkPurpose, WaitEnd } from '../ports';

// Opening an e-mailed link and resuming its wait, shared by the caseworker's decision and the
// family's answer: a link opens only while its wait is open; a resume the workflow refuses revokes
// the link and records nothing.

/** The outcome of a post through a link, as the HTTP edge turns it into a page. */
export type DecisionResult =
  | { ok: true; action: 'approve' | 'reject' | 'request-information' }
  | { ok: false; status: 400 | 404 | 409 | 410; code: string; da: string; en: string };

export const refuse = (
  status: 400 | 404 | 409 | 410,
  code: string,
  da: string,
  en: string,
): DecisionResult => ({
  ok: false,
  status,
  code,
  da,
  en,
});

const unknownLink = () => refuse(404, 'unknown-link', 'Linket findes ikke.', 'The link does not exist.');

const forFamily = (link: DecisionLink) => link.purpose === 'information' || link.purpose === 'receipts';

/** What the page of a link whose wait has ended says: what happened, and whom to contact. */
function waitEnded(link: DecisionLink, endedBy: WaitEnd | undefined): DecisionResult {
  const family = forFamily(link);
  const contact = family
    ? {
        da: 'Har du spørgsmål, så kontakt din sagsbehandler i kommunen.',
        en: 'If you have questions, please contact your caseworker at the municipality.',
      }
    : {
        da: 'Har du spørgsmål til sagen, så kontakt din teamleder.',
        en: 'If you have questions about the case, please contact your team lead.',
      };
  const what: Record<WaitEnd, { da: string; en: string }> = {
    'timed-out': family
      ? {
          da: 'Fristen for at svare via dette link er udløbet, og ansøgningen er afgjort ud fra de oplysninger, kommunen havde.',
          en: 'The time limit for answering through this link has passed, and the application has been decided on the information the municipality had.',
        }
      : {
          da: 'Fristen for at træffe afgørelse via dette link er udløbet, og sagen er sendt videre.',
          en: 'The time limit for deciding through this link has passed, and the case has been passed on.',
        },
    escalated: {
      da: 'Fristen for afgørelsen udløb, og sagen er sendt til teamlederen.',
      en: 'The time limit for the decision passed, and the case has been sent to the team lead.',
    },
    closed: {
      da: 'Sagen venter ikke længere på et svar via dette link. Der er ikke registreret noget.',
      en: 'The case is no longer waiting for an answer through this link. Nothing has been recorded.',
    },
    failed: {
      da: 'Sagen kunne ikke behandles videre på grund af en teknisk fejl, og linket virker derfor ikke længere.',
      en: 'The case could not be processed further because of a technical fault, so the link no longer works.',
    },
    stopped: {
      da: 'Behandlingen af sagen er stoppet, og linket virker derfor ikke længere.',
      en: 'The processing of the case has been stopped, so the link no longer works.',
    },
  };
  const said = what[endedBy ?? 'closed'];
  return refuse(410, 'wait-ended', `${said.da} ${contact.da}`, `${said.en} ${contact.en}`);
}

/**
 * An open link, or why it cannot be used (unknown, used, or its wait has ended: answered, timed
 * out, escalated, failed or stopped). A link is open only while the application's open wait is
 * the one it was sent for.
 */
export async function openLink(
  deps: Deps,
  linkId: string,
): Promise<{ link: DecisionLink; application: Application } | DecisionResult> {
  const link = await deps.links.get(linkId);
  if (!link) return unknownLink();
  if (link.revokedAt) return waitEnded(link, link.endedBy);
  if (link.usedAt) {
    return link.purpose === 'information' || link.purpose === 'receipts'
      ? refuse(
          409,
          'link-used',
          'Der er allerede svaret via dette link.',
          'This link has already been answered.',
        )
      : refuse(
          409,
          'link-used',
          'Der er allerede truffet afgørelse via dette link.',
          'A decision has already been made through this link.',
        );
  }
  const application = await deps.applications.get(link.applicationId);
  if (!application || application.wait?.linkId !== link.id)
    return waitEnded(link, application?.status === 'failed' ? 'failed' : 'closed');
  if (link.expiresAt <= deps.env.now().toISOString()) return waitEnded(link, 'timed-out');
  return { link, application };
}

/** An open link of one of `purposes` whose form returned its anti-forgery value, or why not. */
export async function linkForForm(
  deps: Deps,
  linkId: string,
  purposes: readonly LinkPurpose[],
  formToken: string | undefined,
): Promise<{ link: DecisionLink; application: Application; formToken: string } | DecisionResult> {
  const opened = await openLink(deps, linkId);
  if (!('link' in opened)) return opened;
  if (!purposes.includes(opened.link.purpose)) return unknownLink();
  if (!formToken || formToken !== opened.link.formToken) {
    return refuse(
      400,
      'bad-form',
      'Formularen er udløbet; åbn linket igen.',
      'The form has expired; open the link again.',
    );
  }
  return { ...opened, formToken };
}

/**
 * Gives the waiting workflow what came through the link, after the link has been used: the
 * workflow's next step records it on the application. When the workflow no longer waits (the task
 * timed out or the execution ended meanwhile), the link is revoked and nothing is recorded.
 */
export async function resume(
  deps: Deps,
  link: DecisionLink,
  output: Record<string, unknown>,
): Promise<DecisionResult | undefined> {
  try {
    await deps.workflow.succeed(link.taskToken, { linkId: link.id, ...output });
    return undefined;
  } catch (error) {
    if (!isWaitGone(error)) throw error;
    await deps.links.refuse(link.id, deps.env.now().toISOString());
    return waitEnded(link, 'closed');
  }
}

/** Step Functions' (and the local engine's) answers for a task that no longer waits. */
function isWaitGone(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  return ['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken'].includes(name);
}
