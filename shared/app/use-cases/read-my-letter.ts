import type { Deps } from '../deps';
import type { CitizenIdentity } from '../identity';
import { letterDocument } from './decision-letters';
import { ownApplication } from './own-application';

/** GET /mine-ansoegninger/{id}/breve/{letterId}: the family's own decision letter as PDF; undefined for any other. */
export async function readMyLetter(
  deps: Pick<Deps, 'applications' | 'journal' | 'letters'>,
  citizen: CitizenIdentity,
  id: string,
  letterId: string,
): Promise<{ filename: string; pdf: Uint8Array } | undefined> {
  const application = await ownApplication(deps, citizen, id);
  return application && (await letterDocument(deps, application.id, letterId));
}
