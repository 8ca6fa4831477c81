import { Duration } from 'luxon';
import { readOutbox, readOutboxAttachment } from '../../shared/adapters/local/outbox-mailer';
import type { Deps } from '../../shared/app/deps';
import { citizenFromClaims, staffFromClaims } from '../../shared/app/identity-claims';
import { payoutDeps } from '../../shared/app/payout-deps';
import { runPayoutsNow } from '../../shared/app/use-cases/payout-run';
import { checkCpr } from '../../shared/domain/cpr';
import {
  fieldError,
  htmlResponse,
  json,
  parseJson,
  trimTrailingSlashes,
  withHeaders,
} from '../../shared/http/http';
import { type Fault, type HttpRequest, type HttpResponse, handleRequest } from '../../shared/http/router';
import { signIn } from '../../shared/http/session';
import { SOURCE_ASSET_ROOTS, serveAsset } from '../../shared/http/static-assets';
import { citizenByCpr, MADE_UP_STAFF } from './made-up-users';
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
  /** Moves the local clock forward, letting every timer on the way fire (POST /local/clock). */
  advance: (ms: number) => Promise<Date>;
  onFault: (fault: Fault) => void;
};

/** The body of POST /local/clock: `{"advance":"P15D"}`, an ISO 8601 duration forward. */
function advanceOf(body: string | undefined): number | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    parsed = undefined;
  }
  const text = (parsed as { advance?: unknown } | undefined)?.advance;
  const duration = typeof text === 'string' ? Duration.fromISO(text) : undefined;
  const ms = duration?.isValid ? duration.toMillis() : Number.NaN;
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
    return {
      error:
        'advance skal være en ISO 8601-varighed fremad, højst ét år, fx "P15D" / advance must be an ISO 8601 duration forward, at most a year, e.g. "P15D"',
    };
  }
  return ms;
}

/** One advance moves the clock at most a year: each day on the way runs its schedules. */
const MAX_ADVANCE_MS = 366 * 86_400_000;

const starting = () => json(503, { status: 'starting' });

/**
 * POST /local/session `{"user":"caseworker"}` (or another made-up member of staff, or `family:CPR`):
 * 204 with the session cookie that signing in as that person through the local provider gives. The
 * identity goes through the same claims mapping as a real sign-in.
 */
async function localSession(deps: Deps, body: string | undefined): Promise<HttpResponse> {
  const user = (parseJson(body)?.value as { user?: unknown } | undefined)?.user;
  const refuse = () =>
    json(400, {
      errors: [
        fieldError(
          'user',
          `skal være en af ${Object.keys(MADE_UP_STAFF).join(', ')} eller family:CPR`,
          `must be one of ${Object.keys(MADE_UP_STAFF).join(', ')} or family:CPR`,
        ),
      ],
    });
  if (typeof user !== 'string') return refuse();
  let identity: ReturnType<typeof staffFromClaims> | ReturnType<typeof citizenFromClaims>;
  if (user.startsWith('family:')) {
    const cpr = checkCpr(user.slice('family:'.length));
    if (!cpr.valid) return refuse();
    identity = citizenFromClaims({ ...citizenByCpr(cpr.cpr) });
  } else {
    const staff = Object.hasOwn(MADE_UP_STAFF, user) ? MADE_UP_STAFF[user] : undefined;
    if (!staff) return refuse();
    identity = staffFromClaims({ ...staff });
  }
  if ('refused' in identity) return refuse();
  const { setCookie } = await signIn(deps, identity);
  return { status: 204, headers: { 'set-cookie': setCookie, 'cache-control': 'no-store' }, body: '' };
}

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
    if (method === 'GET' && path.startsWith('/assets/'))
      return serveAsset(path, SOURCE_ASSET_ROOTS, req.query.v);
    if (route === 'GET /health') return ctx.ready() ? json(200, { status: 'ok' }) : starting();
    if (route === 'GET /local/mail' || route === 'GET /local/mailbox') {
      const mails = await readOutbox(ctx.outboxDir);
      const asPage = path === '/local/mailbox' || req.query.format === 'html';
      return asPage ? htmlResponse(200, mailboxPage(mails)) : json(200, mails);
    }
    if (method === 'GET' && path.startsWith('/local/mail/attachments/')) {
      const bytes = await readOutboxAttachment(ctx.outboxDir, path.slice('/local/mail/attachments/'.length));
      if (!bytes) return json(404, { error: 'not found' });
      const type = path.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream';
      const response = withHeaders(200, type, Buffer.from(bytes).toString('base64'), true);
      response.headers['content-disposition'] = 'inline';
      response.headers['content-security-policy'] = "sandbox; default-src 'none'";
      return response;
    }
    const deps = ctx.deps();
    if (!ctx.ready() || !deps) return starting();
    if (route === 'POST /local/payout-runs') return json(200, await runPayoutsNowWithLinks(deps));
    if (route === 'POST /local/session') return localSession(deps, req.body);
    if (route === 'POST /local/clock') {
      const ms = advanceOf(req.body);
      if (typeof ms !== 'number') return json(400, { errors: [{ path: 'advance', message: ms.error }] });
      return json(200, { now: (await ctx.advance(ms)).toISOString() });
    }
    return handleRequest(deps, req, { onFault: ctx.onFault, assets: SOURCE_ASSET_ROOTS });
  };
}
