import type { Application } from '../application';
import type { Deps } from '../deps';
import type { DecisionLink, LinkPurpose, WaitEnd } from '../ports';

// Opening an e-mailed link and resuming its wait, shared by the caseworker's decision and the
// family's answer: a link opens only while its wait is open; a resume the workflow refuses revokes
// the link and records nothing.

/** Who a link was sent to: a member of staff deciding, or the family answering. */
export type Audience = 'staff' | 'family';

/** Why a link cannot be used; the HTTP edge words it for whoever holds the link. */
export type LinkRefusal =
  | { ok: false; code: 'unknown-link' }
  | { ok: false; code: 'link-used'; audience: Audience }
  | { ok: false; code: 'wait-ended'; audience: Audience; endedBy: WaitEnd }
  | { ok: false; code: 'bad-form' };

/** An open link and its application. */
export type OpenLink = { ok: true; link: DecisionLink; application: Application };

/** The purposes of the caseworker's (and second approver's) links and of the family's. */
export const DECISION_PURPOSES: readonly LinkPurpose[] = ['review', 'escalation', 'second-approval'];
export const ANSWER_PURPOSES: readonly LinkPurpose[] = ['information', 'receipts'];

/** A link id as links carry it (opaque, from `env.randomId`); anything else is an unknown link. */
const LINK_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The refusal of a link that does not exist (or is not of the page's kind). */
export const unknownLink = (): LinkRefusal => ({ ok: false, code: 'unknown-link' });

const audienceOf = (link: DecisionLink): Audience =>
  ANSWER_PURPOSES.includes(link.purpose) ? 'family' : 'staff';

const waitEnded = (link: DecisionLink, endedBy: WaitEnd): LinkRefusal => ({
  ok: false,
  code: 'wait-ended',
  audience: audienceOf(link),
  endedBy,
});

/** The refusal of a link used already (a second post, or a post after another's). */
export const linkUsed = (link: DecisionLink): LinkRefusal => ({
  ok: false,
  code: 'link-used',
  audience: audienceOf(link),
});

/**
 * An open link, or why it cannot be used (unknown, used, or its wait has ended: answered, timed
 * out, escalated, failed or stopped). A link is open only while the application's open wait is
 * the one it was sent for. With `purposes`, a link of another kind is unknown. Reads only, as
 * e-mail scanners open links.
 */
export async function openLink(
  deps: Pick<Deps, 'links' | 'applications' | 'env'>,
  linkId: string,
  purposes?: readonly LinkPurpose[],
): Promise<OpenLink | LinkRefusal> {
  if (!LINK_ID.test(linkId)) return unknownLink();
  const link = await deps.links.get(linkId);
  if (!link) return unknownLink();
  if (link.revokedAt) return waitEnded(link, link.endedBy ?? 'closed');
  if (link.usedAt) return linkUsed(link);
  const application = await deps.applications.get(link.applicationId);
  if (!application || application.wait?.linkId !== link.id)
    return waitEnded(link, application?.status === 'failed' ? 'failed' : 'closed');
  if (link.expiresAt <= deps.env.now().toISOString()) return waitEnded(link, 'timed-out');
  if (purposes && !purposes.includes(link.purpose)) return unknownLink();
  return { ok: true, link, application };
}

/** Whether the form returned the link's anti-forgery value. */
export function formMatches(link: DecisionLink, formToken: string | undefined): formToken is string {
  return formToken !== undefined && formToken !== '' && formToken === link.formToken;
}

/**
 * Gives the waiting workflow what came through the link, after the link has been used: the
 * workflow's next step records it on the application. When the workflow no longer waits (the task
 * timed out or the execution ended meanwhile), the link is revoked and nothing is recorded.
 */
export async function resume(
  deps: Pick<Deps, 'workflow' | 'links' | 'env'>,
  link: DecisionLink,
  output: Record<string, unknown>,
): Promise<LinkRefusal | undefined> {
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
