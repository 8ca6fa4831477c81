import type { Application } from '../application';
import type { Deps } from '../deps';
import { type CitizenIdentity, ownsApplication } from '../identity';

/** An application id as the pages carry it; anything else is no application. */
const APPLICATION_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The application, only if it is the signed-in family's (GET /kvittering/{id}, /status/{id} ask
 * just this): unknown and another family's look the same.
 */
export async function ownApplication(
  deps: Pick<Deps, 'applications'>,
  citizen: CitizenIdentity,
  id: string,
): Promise<Application | undefined> {
  if (!APPLICATION_ID.test(id)) return undefined;
  const application = await deps.applications.get(id);
  return application && ownsApplication(citizen, application) ? application : undefined;
}
