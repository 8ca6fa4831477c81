import { expect } from 'vitest';
import type { HttpResponse } from '../../../shared/http/http';
import { type Fault, handleRequest } from '../../../shared/http/router';
import { STATE } from '../../../workflows/application-workflow';
import { recordPage } from '../../support/readable-record';
import { harness, pdf } from '../../workflows/harness';

export type H = ReturnType<typeof harness>;

type Options = {
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  body?: string;
  onFault?: (fault: Fault) => void;
};

/** Sends one request through the router, as API Gateway or the local server would. */
export async function send(h: H, method: string, path: string, options: Options = {}): Promise<HttpResponse> {
  const body =
    options.body ??
    (options.json !== undefined
      ? JSON.stringify(options.json)
      : options.form
        ? new URLSearchParams(options.form).toString()
        : undefined);
  const [pathOnly = path, search = ''] = path.split('?');
  // As a browser or an integrator sends them: JSON and form posts name their content type.
  const contentType =
    options.json !== undefined
      ? 'application/json'
      : options.form
        ? 'application/x-www-form-urlencoded'
        : undefined;
  const headers: Record<string, string> = {
    ...(contentType ? { 'content-type': contentType } : {}),
    ...options.headers,
  };
  const response = await handleRequest(
    h.deps,
    {
      method,
      path: pathOnly,
      headers,
      query: Object.fromEntries(new URLSearchParams(search)),
      body,
    },
    options.onFault ? { onFault: options.onFault } : {},
  );
  // Every page a test sees is scanned for internal codes when the file ends.
  const type = Object.entries(response.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  recordPage(path, String(type ?? ''), response.base64 ? '' : response.body);
  return response;
}

/** The JSON body of a response. */
export const bodyOf = (response: HttpResponse) => JSON.parse(response.body);

/** A Randers car-seat application (spec §2 plus the applicant), as the family's page posts it. */
export const claim = (overrides: Record<string, unknown> = {}) => ({
  municipality: 'randers',
  benefit: 'ran-car-seat',
  applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr: '0101801234' },
  child: { birthDate: '2019-05-01' },
  expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' }],
  ...overrides,
});

/** Uploads one receipt: the pre-signed request, then the bytes as the browser's PUT would store them. */
export async function upload(h: H, text?: string): Promise<string> {
  const response = await send(h, 'POST', '/api/uploads', {
    json: { fileName: 'kvittering.pdf', contentType: 'application/pdf', size: 100 },
  });
  const { uploadId } = bodyOf(response);
  h.receipts.objects.set(`uploads/${uploadId}`, {
    bytes: pdf(text ?? uploadId),
    contentType: 'application/pdf',
  });
  return uploadId;
}

/** Submits an application with one receipt and waits until it waits in `state`; returns its link. */
export async function submitAndWait(h: H, overrides: Record<string, unknown> = {}, state = STATE.review) {
  const receipt = await upload(h);
  const waiting = h.engine.whenWaiting(state);
  const response = await send(h, 'POST', '/api/applications', {
    headers: { 'idempotency-key': `key-${receipt}` },
    json: claim({ receipts: [receipt], ...overrides }),
  });
  expect(response.status).toBe(201);
  const { id, statusToken } = bodyOf(response) as { id: string; statusToken: string };
  return { id, statusToken, receipt, link: linkFor(h, await waiting) };
}

/** The link a waiting task stored, found by its task token. */
export function linkFor(h: H, token: string) {
  const link = [...h.links.items.values()].find((l) => l.taskToken === token);
  if (!link) throw new Error('no link holds that token');
  return link;
}

/** Everything a GET could change, to compare before and after. */
export const snapshot = (h: H) =>
  structuredClone({
    applications: [...h.applications.items.values()],
    links: [...h.links.items.values()],
    journal: h.journal.entries,
    mail: h.mailer.sent.length,
    ledger: [...h.ledger.entries.values()],
  });

export { harness, STATE };
