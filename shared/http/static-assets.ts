import { createHash } from 'node:crypto';
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
 * What of DKFDS the pages use, relative to its `dist/` folder: its web fonts (woff2, split by script) and icons; its
 * stylesheet reaches the pages as the generated subset `/assets/app/dkfds.css` (npm run assets). The http-api Lambda carries exactly these (copied after bundling) under `assets/dkfds/`.
 */
export const DKFDS_FILES_USED = ['fonts/IBMPlexSans/split/woff2', 'img'];

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

/** A year: the longest lifetime caches honour, for a URL whose content never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The content hash the pages put in an asset's URL (infra/build/assets.ts contentHash). */
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/**
 * GET /assets/…: a static file of a known type under its root; 404 for anything else, traversal
 * included. Asked for with `version` (`?v=`) equal to its content hash, it may be kept for a year.
 */
export async function serveAsset(path: string, roots: AssetRoots, version?: string): Promise<HttpResponse> {
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
    // Checked against the bytes themselves, so a stale link never pins an old file for a year;
    // without a matching version an hour, as before. The pages themselves stay no-store.
    response.headers['cache-control'] =
      version !== undefined && version === hashOf(bytes) ? IMMUTABLE : 'public, max-age=3600';
    return response;
  } catch {
    return json(404, { error: 'not found' });
  }
}
