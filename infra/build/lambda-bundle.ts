import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Modules replaced in every bundle, by repository path: fontkit's brotli decoder (WOFF2 only; the
 * letters' fonts are TTF) by Node's own zlib, 475 KB less in send-decision-letter.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'brotli/decompress.js': join(ROOT, 'shared/adapters/pdf/brotli-decompress.ts'),
};

/**
 * How every Lambda function is bundled, in one place: infra/constructs/node-function.ts gives these
 * to NodejsFunction, and the cold-start bench and the bundle tests give them to esbuild, so what is
 * measured and tested is what is deployed.
 */
export const LAMBDA_BUNDLE = {
  minify: true,
  target: 'node22',
  // The dependencies' ES module builds, for tree shaking; the output is one CommonJS file.
  mainFields: ['module', 'main'],
  /**
   * CommonJS, not ESM: an ES module bundle loads the runtime's SDK (CommonJS) through Node's ESM
   * loader, which lexes and resolves every package on the way, 20 to 35 % of each function's start
   * CPU here (README, "Cold start"). The code reads files beside itself with `import.meta.url`,
   * which CommonJS lacks; the banner defines it from `__filename` and `define` puts it in. The banner
   * starts with the directive: esbuild's own "use strict" comes after it, where it is no directive.
   */
  banner: "'use strict';const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
  define: { 'import.meta.url': '__bundleUrl' },
} as const;

/**
 * The AWS SDK is the one the nodejs22.x runtime provides, not bundled: bundled, the DynamoDB client
 * alone is 335 KB minified and no step function stays under 400 KB (README, "Cold start").
 */
export const SDK_EXTERNALS = ['@aws-sdk/*'] as const;

/** The functions whose ports include the benefit catalogue: its data travels as JSON beside their bundle. */
export const CATALOGUE_FUNCTIONS: readonly string[] = [
  'evaluate-claim',
  'check-documents',
  'schedule-payout',
  'http-api',
  'finance-api',
];

/**
 * The esbuild options NodejsFunction derives from `LAMBDA_BUNDLE` (CommonJS, Node platform, one file);
 * `bundleSdk` only for the bench's comparison with the SDK inside the bundle.
 */
export function lambdaBuildOptions(
  externals: readonly string[] = [],
  { bundleSdk = false } = {},
): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    banner: { js: LAMBDA_BUNDLE.banner },
    define: { ...LAMBDA_BUNDLE.define },
    alias: { ...BUNDLE_ALIASES },
    external: [...(bundleSdk ? [] : SDK_EXTERNALS), ...externals],
    metafile: true,
    logLevel: 'silent',
  };
}
