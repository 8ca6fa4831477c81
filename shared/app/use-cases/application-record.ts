import type { Application, Status } from '../application';
import type { Deps } from '../deps';
import { ApplicationNotFoundError, ConcurrentUpdateError } from '../errors';

// An application is stored as versions: every step loads the latest and saves the next, and the
// store's conditional put refuses a save over a version someone else wrote meanwhile.

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
