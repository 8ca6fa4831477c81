import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import { letterDocument } from './decision-letters';
import { caseFor, logAccess } from './staff-access';

/** One of the case's decision letters as the family got it (its PDF), for staff of its municipality; logged. */
export async function viewLetter(
  deps: Pick<Deps, 'applications' | 'journal' | 'letters' | 'accessLog' | 'env'>,
  staff: StaffIdentity,
  id: string,
  letterId: string,
): Promise<{ filename: string; pdf: Uint8Array } | undefined> {
  const application = await caseFor(deps, staff, id);
  const letter = application && (await letterDocument(deps, id, letterId));
  if (!letter) return undefined;
  await logAccess(deps, staff, id, 'viewed-letter');
  return letter;
}
