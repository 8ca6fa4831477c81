import type { Application } from '../application';
import type { Deps } from '../deps';
import type { WaitEnd } from '../ports';

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
