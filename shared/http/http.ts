/** A request as the router sees it, whatever carried it (API Gateway or a local Node server). */
export type HttpRequest = {
  method: string;
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: string | undefined;
  /**
   * On AWS, the claims of the bearer token API Gateway's JWT authorizer validated (staff routes):
   * how a machine caller (the bank integration, with a client-credentials token) is known.
   */
  authorizer?: { claims: Record<string, unknown> };
};

/** A response as the router returns it; the carrier only copies it out. */
export type HttpResponse = {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body is base64 of binary content (fonts, receipts), as API Gateway's `isBase64Encoded`. */
  base64?: boolean;
  /** Set-Cookie values, one header each (API Gateway's `cookies`): one header cannot carry several. */
  cookies?: string[];
};

/** Sent with every response: nothing is cached, sniffed, framed or leaked through the Referer. */
const securityHeaders: Record<string, string> = {
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A response with the security headers and the given content type. */
export function withHeaders(status: number, contentType: string, body: string, base64 = false): HttpResponse {
  return {
    status,
    headers: { ...securityHeaders, 'content-type': contentType },
    body,
    ...(base64 ? { base64 } : {}),
  };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** An HTML page. */
export function htmlResponse(status: number, page: string): HttpResponse {
  return { status, headers: { ...securityHeaders, 'content-type': 'text/html; charset=utf-8' }, body: page };
}

/** One problem with a field of a request body, in Danish and English (spec §4 `errors`). */
export type FieldError = { path: string; message: string; da: string; en: string };

/** A field error with the combined message the contract names. */
export const fieldError = (path: string, da: string, en: string): FieldError => ({
  path,
  message: `${da} / ${en}`,
  da,
  en,
});

/** Parses a JSON body; undefined for a body that is not JSON. */
export function parseJson(body: string | undefined): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body ?? '') };
  } catch {
    return undefined;
  }
}

/** The 400 answer for a body that is not JSON. */
export const invalidJson = () => json(400, { errors: [fieldError('', 'ugyldig JSON', 'invalid JSON')] });

/** A request body over the limit (1 MB: receipts go straight to the bucket, never through here). */
export const bodyTooLarge = (headers: Record<string, string> = {}) =>
  json(
    413,
    {
      errors: [
        fieldError('', 'forespørgslen er for stor (højst 1 MB)', 'the request is too large (at most 1 MB)'),
      ],
    },
    headers,
  );

/** The fields of an application/x-www-form-urlencoded body; a repeated field keeps its first value. */
export function parseForm(body: string | undefined): Record<string, string> {
  // No prototype, so a field named __proto__ or constructor is just a field.
  const fields: Record<string, string> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body ?? '')) {
    if (!Object.hasOwn(fields, name)) fields[name] = value;
  }
  return fields;
}

/** The path without trailing slashes, in one pass: a regex like /\/+$/ is quadratic on "////…x". */
export function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

/** The media type of a Content-Type header, lower case, without parameters ("application/json"). */
export const mediaType = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The 415 for a state-changing API request that is not JSON (a cross-origin form or beacon). */
export const notJson = () =>
  json(415, {
    errors: [fieldError('content-type', 'skal være application/json', 'must be application/json')],
  });

/** Opaque ids in paths (applications, e-mail links): URL-safe, 8 to 64 characters. */
export const OPAQUE_ID = '[A-Za-z0-9_-]{8,64}';

/**
 * A document shown inline (a receipt, a decision letter) in a sandbox: whatever it holds runs no
 * script and loads nothing. With `filename`, the name the family knows it by.
 */
export function inlineDocument(type: string, bytes: Uint8Array, filename?: string): HttpResponse {
  const response = withHeaders(200, type, Buffer.from(bytes).toString('base64'), true);
  response.headers['content-disposition'] = filename
    ? `inline; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`
    : 'inline';
  response.headers['content-security-policy'] = "sandbox; default-src 'none'";
  return response;
}

/** A decision letter's PDF, shown inline in a sandbox under its file name. */
export const pdfResponse = (filename: string, pdf: Uint8Array) =>
  inlineDocument('application/pdf', pdf, filename);
