import { readOutbox } from '../../shared/adapters/local/outbox-mailer';
import type { Deps } from '../../shared/app/deps';
import { htmlResponse, json } from '../../shared/http/http';
import { type Fault, type HttpRequest, type HttpResponse, handleRequest } from '../../shared/http/router';
import { payoutDeps } from '../../shared/payouts/ports';
import { runNextPayouts } from '../../shared/payouts/run';
import type { Catalogue } from '../../shared/rules/catalogue';
import { catalogueToJson } from '../../shared/rules/catalogue/to-json';
import { decisionToJson } from '../../shared/rules/decision';
import { evaluateClaim } from '../../shared/rules/engine/evaluate';
import { validateClaim } from '../../shared/rules/validate';
import { serveAsset } from './assets';
import { mailboxPage } from './mailbox-page';

/** POST /local/payout-runs: the next scheduled run, now, with links to its files. */
async function runNextPayoutsNow(deps: Deps) {
  const payouts = payoutDeps(deps);
  const batch = await runNextPayouts(payouts);
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
  catalogue: Catalogue;
  deps: () => Deps | undefined;
  onFault: (fault: Fault) => void;
};

const starting = () => json(503, { status: 'starting' });

/** The rules alone, as the rules service answered before the workflow joined it. */
function evaluateRules(catalogue: Catalogue, req: HttpRequest): HttpResponse {
  let body: unknown;
  try {
    body = JSON.parse(req.body ?? '');
  } catch {
    return json(400, { errors: [{ path: '', message: 'ugyldig JSON / invalid JSON' }] });
  }
  const check = validateClaim(body, catalogue);
  if (!check.ok) return json(400, { errors: check.errors });
  return json(200, decisionToJson(evaluateClaim(catalogue, check.claim)));
}

/**
 * The local server's routes: readiness, the local-only helpers (spec §4: the outbox, payout runs),
 * the rules endpoints, and then the system's HTTP interface exactly as API Gateway serves it.
 */
export function localRoutes(ctx: LocalRoutesContext) {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const method = req.method.toUpperCase();
    const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
    const route = `${method} ${path}`;
    if (method === 'GET' && path.startsWith('/assets/')) return serveAsset(path);
    if (route === 'GET /health') return ctx.ready() ? json(200, { status: 'ok' }) : starting();
    if (route === 'GET /local/mail' || route === 'GET /local/mailbox') {
      const mails = await readOutbox(ctx.outboxDir);
      const asPage = path === '/local/mailbox' || req.query.format === 'html';
      return asPage ? htmlResponse(200, mailboxPage(mails)) : json(200, mails);
    }
    if (route === 'GET /api/catalogue') return json(200, catalogueToJson(ctx.catalogue));
    if (route === 'POST /api/rules/evaluate') return evaluateRules(ctx.catalogue, req);
    const deps = ctx.deps();
    if (!ctx.ready() || !deps) return starting();
    if (route === 'POST /local/payout-runs') return json(200, await runNextPayoutsNow(deps));
    return handleRequest(deps, req, { onFault: ctx.onFault });
  };
}
