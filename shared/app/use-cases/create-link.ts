import type { Deps } from '../deps';
import type { DecisionLink, LinkPurpose } from '../ports';
import { WAIT_DAYS } from '../waits';

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
