import type { Deps } from '../app/deps';
import type { StaffRole } from '../app/identity';
import { applicationStatus, createUpload, payoutBatches, reconcile, statusReport, submit } from './api';
import { postCorrection, showCorrection } from './correction-page';
import {
  bodyTooLarge,
  fieldError,
  type HttpRequest,
  type HttpResponse,
  json,
  mediaType,
  notJson,
  OPAQUE_ID,
  trimTrailingSlashes,
} from './http';
import { langOf } from './i18n';
import { postAnswer, postDecision, showAnswer, showCase, showReceipt } from './links';
import { myApplicationPage, myApplicationsPage, myLetter } from './my-applications-page';
import { pageRoutes } from './pages';
import { catalogue, evaluateRules } from './rules-api';
import { requireStaffApi } from './session';
import { sessionApi, signInCallback, signInStart, signOutRoute } from './sign-in';
import { staffRoutes } from './staff-routes';
import { type AssetRoots, serveAsset } from './static-assets';
import { notFoundPage } from './status-page';

export type { HttpRequest, HttpResponse } from './http';

/** What the router reports about a fault: the route's pattern and the error's name, never ids or input. */
export type Fault = { route: string; error: string };

type Route = {
  method: string;
  pattern: RegExp;
  /** The route as logged: a pattern, so no opaque id (a bearer secret) reaches the logs. */
  name: string;
  handle: (deps: Deps, req: HttpRequest, id: string) => Promise<HttpResponse>;
  /** A staff API route: who may call it (a signed-in role, a machine scope; see requireStaffApi). */
  staffApi?: StaffRole[];
};

/** Larger than any claim or form; API Gateway itself stops at 10 MB. */
const MAX_BODY_CHARS = 1_000_000;

const routes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/health$/,
    name: 'GET /health',
    handle: async () => json(200, { status: 'ok' }),
  },
  { method: 'GET', pattern: /^\/api\/catalogue$/, name: 'GET /api/catalogue', handle: catalogue },
  {
    method: 'POST',
    pattern: /^\/api\/rules\/evaluate$/,
    name: 'POST /api/rules/evaluate',
    handle: evaluateRules,
  },
  { method: 'POST', pattern: /^\/api\/uploads$/, name: 'POST /api/uploads', handle: createUpload },
  { method: 'POST', pattern: /^\/api\/applications$/, name: 'POST /api/applications', handle: submit },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/applications/(${OPAQUE_ID})$`),
    name: 'GET /api/applications/{id}',
    handle: applicationStatus,
  },
  {
    method: 'GET',
    pattern: /^\/api\/payout-batches$/,
    name: 'GET /api/payout-batches',
    handle: payoutBatches,
    staffApi: ['finance'],
  },
  {
    method: 'POST',
    pattern: /^\/api\/payout-batches\/([0-9A-Za-z-]{1,40})\/reconciliation$/,
    name: 'POST /api/payout-batches/{id}/reconciliation',
    handle: reconcile,
    staffApi: ['finance'],
  },
  {
    method: 'POST',
    pattern: /^\/api\/payout-batches\/([0-9A-Za-z-]{1,40})\/status-report$/,
    name: 'POST /api/payout-batches/{id}/status-report',
    handle: statusReport,
    staffApi: ['finance'],
  },
  {
    method: 'GET',
    pattern: /^\/decisions\/([^/]+)\/receipts\/[^/]+$/,
    name: 'GET /decisions/{id}/receipts/{uploadId}',
    handle: showReceipt,
  },
  // Link pages take any segment so that a malformed link still gets a readable page.
  { method: 'GET', pattern: /^\/decisions\/([^/]+)$/, name: 'GET /decisions/{id}', handle: showCase },
  { method: 'POST', pattern: /^\/decisions\/([^/]+)$/, name: 'POST /decisions/{id}', handle: postDecision },
  { method: 'GET', pattern: /^\/answers\/([^/]+)$/, name: 'GET /answers/{id}', handle: showAnswer },
  { method: 'POST', pattern: /^\/answers\/([^/]+)$/, name: 'POST /answers/{id}', handle: postAnswer },
  {
    method: 'GET',
    pattern: /^\/payouts\/([A-Za-z0-9_-]{1,64})\/correction$/,
    name: 'GET /payouts/{id}/correction',
    handle: showCorrection,
  },
  {
    method: 'POST',
    pattern: /^\/payouts\/([A-Za-z0-9_-]{1,64})\/correction$/,
    name: 'POST /payouts/{id}/correction',
    handle: postCorrection,
  },
  ...pageRoutes,
  // Sign-in with OpenID Connect (shared/http/sign-in.ts).
  { method: 'GET', pattern: /^\/log-ind$/, name: 'GET /log-ind', handle: signInStart },
  { method: 'GET', pattern: /^\/auth\/callback$/, name: 'GET /auth/callback', handle: signInCallback },
  { method: 'POST', pattern: /^\/log-ud$/, name: 'POST /log-ud', handle: signOutRoute },
  { method: 'GET', pattern: /^\/api\/session$/, name: 'GET /api/session', handle: sessionApi },
  // The signed-in family's own applications (any id segment: unknown and foreign ids get the same 404).
  {
    method: 'GET',
    pattern: /^\/mine-ansoegninger$/,
    name: 'GET /mine-ansoegninger',
    handle: myApplicationsPage,
  },
  {
    method: 'GET',
    pattern: /^\/mine-ansoegninger\/([^/]+)$/,
    name: 'GET /mine-ansoegninger/{id}',
    handle: myApplicationPage,
  },
  {
    method: 'GET',
    pattern: /^\/mine-ansoegninger\/([^/]+)\/breve\/[^/]+$/,
    name: 'GET /mine-ansoegninger/{id}/breve/{letterId}',
    handle: myLetter,
  },

  ...staffRoutes,
];

/** API routes that change something; the live calculation (POST /api/rules/evaluate) stores nothing. */
const changesState = (method: string, path: string) =>
  method === 'POST' && path.startsWith('/api/') && path !== '/api/rules/evaluate';

/** The bank's status report is XML; like JSON, a browser sends it cross-origin only after a preflight. */
const takesXml = (path: string) => /^\/api\/payout-batches\/[^/]+\/status-report$/.test(path);

/**
 * The HTTP interface (spec §4) as a pure function of the dependencies and one request, for API
 * Gateway and the local server alike. Faults become 500 here and only here, echoing nothing.
 */
export async function handleRequest(
  deps: Deps,
  req: HttpRequest,
  options: { onFault?: (fault: Fault) => void; assets?: AssetRoots } = {},
): Promise<HttpResponse> {
  const method = req.method.toUpperCase();
  const path = trimTrailingSlashes(req.path);
  if (method === 'GET' && path.startsWith('/assets/') && options.assets)
    return serveAsset(path, options.assets, req.query.v);
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    if ((req.body?.length ?? 0) > MAX_BODY_CHARS) return bodyTooLarge();
    // The API changes state only on JSON: a browser sends JSON cross-origin only after a CORS
    // preflight, while text/plain, forms and beacons go without one. The pages' forms post to
    // /decisions/ and /answers/, which check their anti-forgery field.
    const type = mediaType(req.headers['content-type']);
    if (takesXml(path)) {
      if (type !== 'application/xml' && type !== 'text/xml')
        return json(415, {
          errors: [fieldError('', 'skal være application/xml', 'must be application/xml')],
        });
    } else if (changesState(method, path) && type !== 'application/json') return notJson();
    try {
      if (route.staffApi) {
        const refused = (await requireStaffApi(deps, req, ...route.staffApi)).response;
        if (refused) return refused;
      }
      return await route.handle(deps, req, match[1] ?? '');
    } catch (error) {
      options.onFault?.({ route: route.name, error: error instanceof Error ? error.name : 'unknown' });
      return json(500, { error: 'internal error' });
    }
  }
  // A person's browser gets a page; integrators and the API get JSON.
  const wantsPage = !path.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
  return wantsPage ? notFoundPage(langOf(req)) : json(404, { error: 'not found' });
}
