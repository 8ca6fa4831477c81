import type { Deps } from '../app/deps';
import { payoutBatches } from './api';
import { applyPage } from './apply-page';
import { benefitsPage } from './benefits-page';
import { financePage } from './finance-page';
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
    handle: (deps, req) => financePage(deps, req, payoutBatches),
  },
];
