import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HttpResponse, json, withHeaders } from './http';

/**
 * Where each asset prefix is read from: DKFDS's compiled files (`/assets/dkfds/`) and the pages'
 * own scripts and styles (`/assets/app/`), as absolute folder paths.
 */
export type AssetRoots = Record<'/assets/dkfds/' | '/assets/app/', string>;

/** The folders in this repository: `npm start` serves them from the working tree. */
export const SOURCE_ASSET_ROOTS: AssetRoots = {
  '/assets/dkfds/': fileURLToPath(new URL('../../node_modules/dkfds/dist/', import.meta.url)),
  '/assets/app/': fileURLToPath(new URL('./assets/', import.meta.url)),
};

/**
 * What of DKFDS the pages use, relative to its `dist/` folder: the stylesheet, its web fonts and
 * icons. The http-api Lambda carries exactly these (copied after bundling) under `assets/dkfds/`.
 */
export const DKFDS_FILES_USED = [
  'css/dkfds-borgerdk.min.css',
  'fonts/IBMPlexSans/complete/woff2',
  'fonts/IBMPlexSans/complete/woff',
  'img',
];

/** The folders beside a bundle that carries its assets under `assets/` (the http-api Lambda). */
export function bundledAssetRoots(bundleUrl: string): AssetRoots {
  return {
    '/assets/dkfds/': fileURLToPath(new URL('./assets/dkfds/', bundleUrl)),
    '/assets/app/': fileURLToPath(new URL('./assets/app/', bundleUrl)),
  };
}

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

/** The percent-decoded path, or undefined for a malformed escape (decodeURIComponent throws on "%E0%A4%A"). */
function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** GET /assets/…: a static file of a known type under its root; 404 for anything else, traversal included. */
export async function serveAsset(path: string, roots: AssetRoots): Promise<HttpResponse> {
  const prefix = (Object.keys(roots) as (keyof AssetRoots)[]).find((p) => path.startsWith(p));
  const type = types[extname(path)];
  if (!prefix || !type || path.includes('..')) return json(404, { error: 'not found' });
  const root = roots[prefix] as string;
  const name = decoded(path.slice(prefix.length));
  if (name === undefined) return json(400, { error: 'bad request' });
  const file = normalize(join(root, name));
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
