import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ASSETS,
  contentHash,
  dkfdsSubset,
  SUBSET_NAME,
  VERSIONS_FILE,
  versionsSource,
} from '../../infra/build/assets';
import { html, page } from '../../shared/http/html';
import { DKFDS_FILES_USED, SOURCE_ASSET_ROOTS, serveAsset } from '../../shared/http/static-assets';

const committed = readFileSync(join(APP_ASSETS, SUBSET_NAME), 'utf8');

describe('the generated DKFDS subset and asset versions', () => {
  it('are current: a class a page or script uses is in the subset (run `npm run assets` after changing pages or assets)', async () => {
    const fresh = await dkfdsSubset();

    expect(committed).toBe(fresh);
    expect(readFileSync(VERSIONS_FILE, 'utf8')).toBe(versionsSource(fresh));
  }, 60_000);

  it('keeps the rules the pages rely on and drops most of DKFDS', () => {
    for (const selector of ['.button-primary', '.form-input', '.alert-error', '.skipnav', '.header'])
      expect(committed).toContain(selector);
    expect(committed.length).toBeLessThan(40_000);
  });

  it('loads only woff2 fonts, swapped in, each served and carried into the Lambda bundle', async () => {
    const urls = [...committed.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(2);
    expect(committed).not.toMatch(/\.woff\)|\.woff\?|\.ttf|\.eot/);
    for (const face of committed.match(/@font-face\{[^}]*\}/g) ?? [])
      expect(face).toContain('font-display:swap');
    for (const url of urls) {
      const [path = '', version] = url.split('?v=');
      const served = await serveAsset(path, SOURCE_ASSET_ROOTS, version);
      expect(served.status, url).toBe(200);
      expect(served.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
      expect(
        DKFDS_FILES_USED.some((dir) => path.startsWith(`/assets/dkfds/${dir}/`)),
        url,
      ).toBe(true);
    }
  });
});

describe('caching assets by content hash', () => {
  it('links every stylesheet, script and the favicon with its hash, which earns a year of caching; the page stays no-store', async () => {
    const shown = page('Forside', html`<h1>Forside</h1>`, { scripts: ['/assets/app/apply.js'] });
    const links = [...shown.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');

    expect(links).toHaveLength(4);
    for (const link of links) {
      const [path = '', version] = link.replace(/&amp;/g, '&').split('?v=');
      const served = await serveAsset(path, SOURCE_ASSET_ROOTS, version);
      expect(version, link).toBe(contentHash(Buffer.from(served.body, served.base64 ? 'base64' : 'utf8')));
      expect(served.headers['cache-control'], link).toBe('public, max-age=31536000, immutable');
    }
    expect(shown).toContain('rel="icon"');
  });

  it('keeps an asset for an hour only when the URL has no hash or a stale one', async () => {
    const bare = await serveAsset('/assets/app/app.css', SOURCE_ASSET_ROOTS);
    const stale = await serveAsset('/assets/app/app.css', SOURCE_ASSET_ROOTS, '000000000000');

    expect(bare.headers['cache-control']).toBe('public, max-age=3600');
    expect(stale.headers['cache-control']).toBe('public, max-age=3600');
  });
});
