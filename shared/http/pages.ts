import type { Deps } from '../app/deps';
import { applyPage } from './apply-page';
import { benefitsPage } from './benefits-page';
import { batchPage, financePage, releaseStep } from './finance-page';
import { type HttpRequest, type HttpResponse, OPAQUE_ID } from './http';
import { langOf } from './i18n';
import { notFoundPage, statusPage } from './status-page';

type PageRoute = {
  method: string;
  pattern: RegExp;
  name: string;
  handle: (deps: Deps, req: HttpRequest, id: string) => Promise<HttpResponse>;
};

/** The server-rendered pages of the family and finance, beside the API they call. */
export const pageRoutes: PageRoute[] = [
  { method: 'GET', pattern: /^\/$/, name: 'GET /', handle: benefitsPage },
  {
    method: 'GET',
    pattern: /^\/ansoeg\/([a-z0-9-]{1,80})$/,
    name: 'GET /ansoeg/{benefitId}',
    handle: applyPage,
  },
  {
    method: 'GET',
    pattern: /^\/ansoeg\/[^/]+$/,
    name: 'GET /ansoeg/{other}',
    handle: async (_d, req) => notFoundPage(langOf(req)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/kvittering/(${OPAQUE_ID})$`),
    name: 'GET /kvittering/{id}',
    handle: statusPage('receipt'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/status/(${OPAQUE_ID})$`),
    name: 'GET /status/{id}',
    handle: statusPage('status'),
  },
  {
    method: 'GET',
    pattern: /^\/finance$/,
    name: 'GET /finance',
    handle: financePage,
  },
  {
    method: 'GET',
    pattern: /^\/finance\/batches\/([0-9A-Za-z-]{1,40})$/,
    name: 'GET /finance/batches/{id}',
    handle: batchPage,
  },
  {
    method: 'POST',
    pattern: /^\/finance\/batches\/([0-9A-Za-z-]{1,40})\/release$/,
    name: 'POST /finance/batches/{id}/release',
    handle: releaseStep('release'),
  },
  {
    method: 'POST',
    pattern: /^\/finance\/batches\/([0-9A-Za-z-]{1,40})\/confirm$/,
    name: 'POST /finance/batches/{id}/confirm',
    handle: releaseStep('confirm'),
  },
];
