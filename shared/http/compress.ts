import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { HttpResponse } from './http';

/** Below this a compressed body saves less than its headers and the CPU cost. */
const MIN_BYTES = 1024;

/** Text worth compressing: pages, styles, scripts, JSON, SVG icons. Fonts (woff2), PDFs, images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

/** The encoding to use for a request's Accept-Encoding: brotli first, then gzip; none for "identity" or q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

/**
 * The response compressed as the request allows, shared by both carriers (the local server and the
 * Lambda behind API Gateway, whose HTTP APIs do not compress): the compressed bytes travel base64
 * with `content-encoding`; `vary: accept-encoding` keeps shared caches from mixing the variants.
 */
export function compressFor(acceptEncoding: string | undefined, response: HttpResponse): HttpResponse {
  const type = response.headers['content-type'] ?? '';
  if (!COMPRESSIBLE.test(type) || response.headers['content-encoding']) return response;
  const vary = { ...response.headers, vary: varyWith(response.headers.vary) };
  const encoding = chooseEncoding(acceptEncoding);
  const bytes = Buffer.from(response.body, response.base64 ? 'base64' : 'utf8');
  if (!encoding || bytes.length < MIN_BYTES) return { ...response, headers: vary };
  const compressed =
    encoding === 'br'
      ? // Quality 5: most of brotli's gain at a few milliseconds for a page (11 takes ~50x longer).
        brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
      : gzipSync(bytes, { level: 6 });
  return {
    ...response,
    headers: { ...vary, 'content-encoding': encoding },
    body: compressed.toString('base64'),
    base64: true,
  };
}

/** Adds accept-encoding to a Vary header once. */
function varyWith(vary: string | undefined): string {
  const names = (vary ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return names.some((n) => n.toLowerCase() === 'accept-encoding')
    ? names.join(', ')
    : [...names, 'accept-encoding'].join(', ');
}
