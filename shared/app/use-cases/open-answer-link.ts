import type { Deps } from '../deps';
import { ANSWER_PURPOSES, type LinkRefusal, type OpenLink, openLink } from './open-link';

/** GET /answers/{id}: the family's open request for information or receipts; changes nothing. */
export async function openAnswerLink(
  deps: Pick<Deps, 'links' | 'applications' | 'env'>,
  linkId: string,
): Promise<OpenLink | LinkRefusal> {
  return openLink(deps, linkId, ANSWER_PURPOSES);
}
