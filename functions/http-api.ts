import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import type { Deps } from '../shared/app/deps';
import { handleRequest } from '../shared/http/router';
import { type AssetRoots, bundledAssetRoots } from '../shared/http/static-assets';
import { awsDeps } from '../shared/runtime/aws-deps';
import { lambdaHandler, logger } from '../shared/runtime/lambda';

/** The parts of an API Gateway HTTP API event (payload format 2.0) the router needs. */
const HttpApiEvent = z.object({
  rawPath: z.string().min(1),
  headers: z.record(z.string(), z.string()).default({}),
  queryStringParameters: z.record(z.string(), z.string()).default({}),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().default(false),
  requestContext: z.object({ http: z.object({ method: z.string().min(1) }) }),
});

/**
 * The HTTP API: one route table (shared/http/router.ts) behind API Gateway. The pages' stylesheet,
 * fonts and scripts are read from beside the bundle, where the build copies them (infra/constructs).
 */
export const makeHandler =
  (deps: Deps, assets: AssetRoots = bundledAssetRoots(import.meta.url)) =>
  async (event: unknown): Promise<APIGatewayProxyStructuredResultV2> => {
    const parsed = HttpApiEvent.parse(event);
    const body =
      parsed.body !== undefined && parsed.isBase64Encoded
        ? Buffer.from(parsed.body, 'base64').toString('utf8')
        : parsed.body;
    const response = await handleRequest(
      deps,
      {
        method: parsed.requestContext.http.method,
        path: parsed.rawPath,
        headers: Object.fromEntries(Object.entries(parsed.headers).map(([k, v]) => [k.toLowerCase(), v])),
        query: parsed.queryStringParameters,
        body,
      },
      { onFault: (fault) => logger.error('request failed', fault), assets },
    );
    return {
      statusCode: response.status,
      headers: response.headers,
      body: response.body,
      // Receipts shown to the caseworker, fonts and icons travel base64-encoded through API Gateway.
      isBase64Encoded: response.base64 === true,
    };
  };

export const handler = lambdaHandler(makeHandler, awsDeps);
