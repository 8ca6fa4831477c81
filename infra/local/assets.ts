import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HttpResponse, json, withHeaders } from '../../shared/http/http';

/** Where each asset prefix is read from: DKFDS's compiled files and the pages' own scripts. */
const roots: Record<string, string> = {
  '/assets/dkfds/': fileURLToPath(new URL('../../node_modules/dkfds/dist/', import.meta.url)),
  '/assets/app/': fileURLToPath(new URL('../../shared/http/assets/', import.meta.url)),
};

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json; charset=utf-8',
};
const textual = new Set(['.css', '.js', '.svg', '.map']);

/** GET /assets/…: a static file of a known type under its root; 404 for anything else, traversal included. */
export async function serveAsset(path: string): Promise<HttpResponse> {
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  const type = types[extname(path)];
  if (!prefix || !type || path.includes('..')) return json(404, { error: 'not found' });
  const root = roots[prefix] as string;
  const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return json(404, { error: 'not found' });
  try {
    const bytes = await readFile(file);
    const text = textual.has(extname(path));
    const response = withHeaders(200, type, text ? bytes.toString('utf8') : bytes.toString('base64'), !text);
    // Fonts and styles do not change while the server runs; the pages themselves stay no-store.
    response.headers['cache-control'] = 'public, max-age=3600';
    return response;
  } catch {
    return json(404, { error: 'not found' });
  }
}
