import { readOutbox } from '../../shared/adapters/local/outbox-mailer';
import type { Deps } from '../../shared/app/deps';
import { htmlResponse, json, trimTrailingSlashes } from '../../shared/http/http';
import { type Fault, type HttpRequest, type HttpResponse, handleRequest } from '../../shared/http/router';
import { SOURCE_ASSET_ROOTS, serveAsset } from '../../shared/http/static-assets';
import { payoutDeps } from '../../shared/payouts/ports';
import { runPayoutsNow } from '../../shared/payouts/run';
import { mailboxPage } from './mailbox-page';

/**
 * POST /local/payout-runs: a payout run now, as its own batch (named after this second), with what
 * the next scheduled run would pay and no batch holds yet; links to its files. The scheduled runs
 * keep their own batches.
 */
async function runPayoutsNowWithLinks(deps: Deps) {
  const payouts = payoutDeps(deps);
  const batch = await runPayoutsNow(payouts);
  const files = await Promise.all(
    batch.files.map(async (f) => ({
      name: f.name,
      format: f.format,
      url: await payouts.files.link(f.key, payouts.settings.linkValidSeconds),
    })),
  );
  return { batchId: batch.id, files };
}

/** What the local routes need: whether everything is up, the outbox, and the system's dependencies once built. */
export type LocalRoutesContext = {
  ready: () => boolean;
  outboxDir: string;
  deps: () => Deps | undefined;
  onFault: (fault: Fault) => void;
};

const starting = () => json(503, { status: 'starting' });

/**
 * The local server's routes: readiness, the local-only helpers (spec §4: the outbox, payout runs),
 * and then the system's HTTP interface exactly as API Gateway serves it. The pages' assets are
 * served while the rest is still starting, so a page shows styled at once.
 */
export function localRoutes(ctx: LocalRoutesContext) {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const method = req.method.toUpperCase();
    const path = trimTrailingSlashes(req.path);
    const route = `${method} ${path}`;
    if (method === 'GET' && path.startsWith('/assets/')) return serveAsset(path, SOURCE_ASSET_ROOTS);
    if (route === 'GET /health') return ctx.ready() ? json(200, { status: 'ok' }) : starting();
    if (route === 'GET /local/mail' || route === 'GET /local/mailbox') {
      const mails = await readOutbox(ctx.outboxDir);
      const asPage = path === '/local/mailbox' || req.query.format === 'html';
      return asPage ? htmlResponse(200, mailboxPage(mails)) : json(200, mails);
    }
    const deps = ctx.deps();
    if (!ctx.ready() || !deps) return starting();
    if (route === 'POST /local/payout-runs') return json(200, await runPayoutsNowWithLinks(deps));
    return handleRequest(deps, req, { onFault: ctx.onFault, assets: SOURCE_ASSET_ROOTS });
  };
}
