import { brotliDecompressSync } from 'node:zlib';

/**
 * fontkit's brotli decoder (npm `brotli`'s `decompress(buffer, size)`, used for WOFF2 fonts only) as
 * Node's own: the Lambda bundles alias it here (infra/build/lambda-bundle.ts), which keeps 475 KB of
 * JavaScript (and its dictionary, decoded at import) out of send-decision-letter.
 */
export default function decompress(buffer: Uint8Array, _outputSize?: number): Uint8Array {
  return new Uint8Array(brotliDecompressSync(buffer));
}
