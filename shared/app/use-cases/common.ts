import { createHash } from 'node:crypto';
import type { Application, Status } from '../application';
import type { Deps } from '../deps';
import { ApplicationNotFoundError, ConcurrentUpdateError } from '../errors';
import type { DecisionLink, LinkPurpose, WaitEnd } from '../ports';
import { WAIT_DAYS } from '../waits';

/** Loads an application or fails the step. */
export async function load(deps: Pick<Deps, 'applications'>, id: string): Promise<Application> {
  const application = await deps.applications.get(id);
  if (!application) throw new ApplicationNotFoundError(id);
  return application;
}

/**
 * The timeline after a change: one entry per status change, which the family's status page lists.
 * A note without a status change (the letter sent on a rejection, an escalation) goes on the
 * current status's entry instead of repeating the status.
 */
function nextTimeline(application: Application, at: string, status: Status | undefined, note?: string) {
  const { timeline } = application;
  if (status !== undefined && status !== application.status)
    return [...timeline, { at, status, ...(note ? { note } : {}) }];
  if (!note || status === undefined) return timeline;
  const last = timeline.at(-1);
  if (last?.status !== status) return [...timeline, { at, status, note }];
  return [...timeline.slice(0, -1), { ...last, note }];
}

/** Saves a changed application as the next version, with a timeline entry when the status moves. */
export async function save(
  deps: Pick<Deps, 'applications' | 'env'>,
  application: Application,
  change: Partial<Application> & { status?: Status; note?: string; event?: string },
): Promise<Application> {
  const { note, event, ...fields } = change;
  const at = deps.env.now().toISOString();
  const timeline = nextTimeline(application, at, fields.status, note);
  const next: Application = {
    ...application,
    ...fields,
    // An event is a line of its own in the status it happens in (the payout came back, was corrected).
    timeline: event
      ? [...timeline, { at, status: fields.status ?? application.status, note: event }]
      : timeline,
    version: application.version + 1,
  };
  if (!(await deps.applications.put(next))) throw new ConcurrentUpdateError(application.id);
  return next;
}

/**
 * Ends the application's open wait, if any, in another way than through its link (a time-out, a
 * failure, a stop): its link is revoked and says so. Returns the change that clears the wait.
 */
export async function endWait(
  deps: Pick<Deps, 'links' | 'env'>,
  application: Application,
  endedBy: WaitEnd,
): Promise<{ wait?: undefined }> {
  if (!application.wait) return {};
  await deps.links.revoke(application.wait.linkId, deps.env.now().toISOString(), endedBy);
  return { wait: undefined };
}

/** SHA-256 hex of a secret, so that only its hash is stored. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Creates an e-mail link holding the task token server-side; returns it with the URL to send. */
export async function createLink(
  deps: Pick<Deps, 'links' | 'env' | 'settings'>,
  applicationId: string,
  purpose: LinkPurpose,
  taskToken: string,
  recipient: string,
): Promise<{ link: DecisionLink; url: string }> {
  const now = deps.env.now();
  const link: DecisionLink = {
    id: deps.env.randomId(),
    applicationId,
    purpose,
    taskToken,
    formToken: deps.env.randomId(),
    recipient,
    createdAt: now.toISOString(),
    // The link lives as long as its wait: the wait's time-out ends both.
    expiresAt: new Date(now.getTime() + WAIT_DAYS[purpose] * 86_400_000).toISOString(),
  };
  await deps.links.create(link);
  return { link, url: linkUrl(deps, link) };
}

/** The page a link opens: the caseworker's case page, or the family's answer page. */
export function linkUrl(deps: Pick<Deps, 'settings'>, link: Pick<DecisionLink, 'id' | 'purpose'>): string {
  const path = link.purpose === 'information' || link.purpose === 'receipts' ? 'answers' : 'decisions';
  return `${deps.settings.publicBaseUrl}/${path}/${link.id}`;
}

/** A short, non-identifying case reference for subjects and letters (the id's first 8 characters). */
export function caseRef(applicationId: string): string {
  return applicationId.slice(0, 8).toUpperCase();
}
