import type { Deps } from '../shared/app/deps';
import { bundledAssetRoots } from '../shared/http/static-assets';
import { awsDeps } from '../shared/runtime/aws-deps';
import { lambdaHandler } from '../shared/runtime/lambda';
import { makeHandler, originVerifyFromEnv } from './http-api';

/**
 * The finance routes (GET /finance, GET /api/payout-batches, POST …/reconciliation), apart from the
 * internet-facing http-api: only this function's role reads the finance bucket and the payout
 * ledger, which name every payee by CPR. API Gateway sends it nothing else, signed callers only.
 */
/** Builds every port the finance routes may use, once, at the first invocation. */
export const buildDeps = awsDeps;

export const handler = lambdaHandler(
  (deps: Deps) => makeHandler(deps, bundledAssetRoots(import.meta.url), originVerifyFromEnv()),
  buildDeps,
);
