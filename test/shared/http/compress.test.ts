import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressFor } from '../../../shared/http/compress';
import { htmlResponse, withHeaders } from '../../../shared/http/http';

const bigPage = htmlResponse(200, `<!doctype html><p>${'Tilskud til familier. '.repeat(200)}</p>`);

describe('compressing responses', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'gzip'],
    ['identity', undefined],
    [undefined, undefined],
  ])('chooses for Accept-Encoding %s: %s', (accept, chosen) => {
    expect(chooseEncoding(accept)).toBe(chosen);
  });

  it('compresses a page as gzip when only gzip is accepted, and says so in the headers', () => {
    const sent = compressFor('gzip', bigPage);

    expect(sent.base64).toBe(true);
    expect(sent.headers['content-encoding']).toBe('gzip');
    expect(sent.headers.vary).toBe('accept-encoding');
    expect(sent.headers['cache-control']).toBe('no-store');
    expect(gunzipSync(Buffer.from(sent.body, 'base64')).toString()).toBe(bigPage.body);
    expect(Buffer.from(sent.body, 'base64').length).toBeLessThan(bigPage.body.length / 10);
  });

  it('leaves fonts, small bodies and requests without Accept-Encoding as they are', () => {
    const font = withHeaders(200, 'font/woff2', Buffer.alloc(5000).toString('base64'), true);

    expect(compressFor('br', font)).toBe(font);
    expect(compressFor('br', htmlResponse(200, '<p>kort</p>')).headers['content-encoding']).toBeUndefined();
    expect(compressFor(undefined, bigPage).body).toBe(bigPage.body);
    expect(compressFor(undefined, bigPage).headers.vary).toBe('accept-encoding');
  });
});
