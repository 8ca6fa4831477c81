import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Deps } from '../shared/app/deps';
import { ENV } from '../shared/config/env';
import { compressFor } from '../shared/http/compress';
import { handleRequest } from '../shared/http/router';
import { type AssetRoots, bundledAssetRoots } from '../shared/http/static-assets';
import { awsDeps } from '../shared/runtime/aws-deps';
import { parseEvent } from '../shared/runtime/events';
import { lambdaHandler, logger } from '../shared/runtime/lambda';

const nonEmpty = () => z.string().check(z.minLength(1));
/** A map of texts by name (headers, query), `{}` when API Gateway leaves it out. */
const texts = () => z._default(z.record(z.string(), z.string()), {});

/** The parts of an API Gateway HTTP API event (payload format 2.0) the router needs. */
const HttpApiEvent = z.object({
  rawPath: nonEmpty(),
  headers: texts(),
  queryStringParameters: texts(),
  body: z.optional(z.string()),
  /** Payload 2.0 moves the Cookie header here, one entry per cookie. */
  cookies: z._default(z.array(z.string()), []),
  isBase64Encoded: z._default(z.boolean(), false),
  requestContext: z.object({
    http: z.object({ method: nonEmpty() }),
    // Staff routes: the claims of the token API Gateway's JWT authorizer checked.
    authorizer: z.optional(
      z.object({ jwt: z.object({ claims: z._default(z.record(z.string(), z.unknown()), {}) }) }),
    ),
  }),
});

/**
 * The HTTP API: one route table (shared/http/router.ts) behind API Gateway. The pages' stylesheet,
 * fonts and scripts are read from beside the bundle, where the build copies them (infra/constructs).
 */
export const makeHandler =
  (deps: Deps, assets: AssetRoots = bundledAssetRoots(import.meta.url), originVerify?: string) =>
  async (event: unknown): Promise<APIGatewayProxyStructuredResultV2> => {
    const parsed = parseEvent(HttpApiEvent, event);
    // Behind CloudFront (and its WAF) only: the API's own endpoint is public, so CloudFront's secret
    // header is what tells a request that passed the edge from one that went around it.
    if (
      originVerify !== undefined &&
      !sameSecret(headerOf(parsed.headers, 'x-origin-verify'), originVerify)
    ) {
      return {
        statusCode: 403,
        headers: { 'content-type': 'application/json' },
        body: '{"error":"forbidden"}',
      };
    }
    const body =
      parsed.body !== undefined && parsed.isBase64Encoded
        ? Buffer.from(parsed.body, 'base64').toString('utf8')
        : parsed.body;
    const handled = await handleRequest(
      deps,
      {
        method: parsed.requestContext.http.method,
        path: parsed.rawPath,
        headers: {
          ...Object.fromEntries(Object.entries(parsed.headers).map(([k, v]) => [k.toLowerCase(), v])),
          ...(parsed.cookies.length > 0 ? { cookie: parsed.cookies.join('; ') } : {}),
        },
        query: parsed.queryStringParameters,
        body,
        ...(parsed.requestContext.authorizer
          ? { authorizer: { claims: parsed.requestContext.authorizer.jwt.claims } }
          : {}),
      },
      { onFault: (fault) => logger.error('request failed', fault), assets },
    );
    // API Gateway's HTTP APIs do not compress: pages, styles and scripts are compressed here.
    const response = compressFor(headerOf(parsed.headers, 'accept-encoding'), handled);
    return {
      statusCode: response.status,
      headers: response.headers,
      body: response.body,
      // Receipts shown to the caseworker, fonts and icons travel base64-encoded through API Gateway.
      isBase64Encoded: response.base64 === true,
      ...(response.cookies?.length ? { cookies: response.cookies } : {}),
    };
  };

/** A header by name in any case, as API Gateway passes them through. */
const headerOf = (headers: Record<string, string>, name: string) =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';

/** Compares in constant time (by SHA-256, so the lengths match). */
const sameSecret = (given: string, expected: string) =>
  timingSafeEqual(
    createHash('sha256').update(given).digest(),
    createHash('sha256').update(expected).digest(),
  );

/** The origin secret, set on AWS by the stack; absent in tests and the local runtime. */
export const originVerifyFromEnv = () => process.env[ENV.originVerify] || undefined;

/** Builds every port (the routes use them all), once, at the first invocation. */
export const buildDeps = awsDeps;

export const handler = lambdaHandler(
  (deps: Deps) => makeHandler(deps, bundledAssetRoots(import.meta.url), originVerifyFromEnv()),
  buildDeps,
);
