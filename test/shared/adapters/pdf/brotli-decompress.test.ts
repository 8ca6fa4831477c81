import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import decompress from '../../../../shared/adapters/pdf/brotli-decompress';

/** The decoder fontkit imports, npm `brotli` (a JavaScript port), as the sources have it. */
const brotliJs = createRequire(import.meta.url)('brotli/decompress.js') as (
  buffer: Uint8Array,
  size?: number,
) => Uint8Array;

describe("the brotli decoder the bundles give fontkit (Node's zlib)", () => {
  it('decodes as npm brotli does, for a WOFF2-sized table', () => {
    const table = new TextEncoder().encode('glyf loca hmtx '.repeat(4000));
    const compressed = brotliCompressSync(table);
    expect(decompress(compressed, table.length)).toEqual(new Uint8Array(brotliJs(compressed, table.length)));
    expect(decompress(compressed)).toEqual(table);
  });
});
