import { chmodSync, mkdirSync } from 'node:fs';
import { fieldError, type HttpResponse, json, mediaType, trimTrailingSlashes } from '../../shared/http/http';
import type { HttpRequest } from '../../shared/http/router';

const refuse = (status: number, path: string, da: string, en: string): HttpResponse =>
  json(status, { errors: [fieldError(path, da, en)] });

/**
 * Routes whose form posts carry the page's anti-forgery field (checked by their use cases): the
 * decision and answer links' form tokens, the correction link's token, the signed-in worklist's
 * and case page's session token (`csrf`). The finance console's
 * release and confirm forms carry none yet: locally they rely on the Origin and Sec-Fetch-Site
 * check below, on AWS on the signed (IAM) route, until sign-in brings its session and token.
 * Sign-out (`/log-ud`) carries the session's `csrf`.
 */
const FORM_ROUTES =
  /^\/((decisions|answers)\/[^/]+|payouts\/[^/]+\/correction|finance\/batches\/[^/]+\/(release|confirm)|log-ud|sager(\/[^/]+\/(tag|afgoerelse|udbetaling))?)$/;
/** The bank's status report is posted as it came, XML; like JSON it needs a preflight cross-origin. */
const XML_ROUTES = /^\/api\/payout-batches\/[^/]+\/status-report$/;
const CHANGES_STATE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why the local server refuses a request before any route sees it, or undefined to serve it.
 * - Host must be 127.0.0.1 or localhost with the server's port: another name pointing at 127.0.0.1
 *   (DNS rebinding) gets 421, no Host 400.
 * - A state-changing request from a browser on another origin (Origin, Sec-Fetch-Site) gets 403.
 * - A state-changing request with a body must be JSON, or a form post to a page whose form carries
 *   the anti-forgery field; text/plain and forms elsewhere (what another site can post without a
 *   preflight) get 415. A POST without a body (POST /local/payout-runs from a script) is served.
 */
export function localRefusal(req: HttpRequest, port: number): HttpResponse | undefined {
  const host = req.headers.host?.toLowerCase();
  if (!host) return refuse(400, 'host', 'Host-header mangler', 'the Host header is missing');
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(host)) {
    return refuse(
      421,
      'host',
      `serveren svarer kun som ${own.join(' eller ')}`,
      `this server answers only as ${own.join(' or ')}`,
    );
  }
  if (!CHANGES_STATE.has(req.method.toUpperCase())) return undefined;
  const origin = req.headers.origin;
  const crossSite = ['cross-site', 'same-site'].includes(req.headers['sec-fetch-site'] ?? '');
  // Our pages send no referrer, so a browser's form post from them carries the opaque origin
  // "null"; on the form routes the page's anti-forgery field is what proves where the post came from.
  const opaqueForm = origin === 'null' && FORM_ROUTES.test(trimTrailingSlashes(req.path));
  const foreign = origin !== undefined && !opaqueForm && !own.some((o) => origin === `http://${o}`);
  if (foreign || crossSite) {
    return refuse(
      403,
      'origin',
      'anmodningen kommer fra et andet website',
      'the request comes from another site',
    );
  }
  const type = mediaType(req.headers['content-type']);
  const hasBody = (req.body ?? '') !== '';
  if (!hasBody && type === '') return undefined;
  if (type === 'application/json') return undefined;
  if ((type === 'application/xml' || type === 'text/xml') && XML_ROUTES.test(trimTrailingSlashes(req.path)))
    return undefined;
  if (type === 'application/x-www-form-urlencoded' && FORM_ROUTES.test(trimTrailingSlashes(req.path))) {
    return undefined;
  }
  return refuse(
    415,
    'content-type',
    'skal være application/json (eller en formular fra systemets egne sider)',
    "must be application/json (or a form from the system's own pages)",
  );
}

/** Creates the data directory readable by its owner only (0700), and tightens one made before. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
