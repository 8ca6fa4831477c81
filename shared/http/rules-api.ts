import type { Deps } from '../app/deps';
import { catalogueToJson } from '../rules/catalogue/to-json';
import { decisionToJson } from '../rules/decision';
import { evaluateClaim } from '../rules/engine/evaluate';
import { validateClaim } from '../rules/validate';
import { parseBoundedJson } from './bounds';
import { type HttpRequest, type HttpResponse, json } from './http';

/** GET /api/catalogue: every benefit with its terms, amounts and sources (what the pages list). */
export async function catalogue(deps: Deps): Promise<HttpResponse> {
  return json(200, catalogueToJson(deps.catalogue));
}

/**
 * POST /api/rules/evaluate: the rules alone on a claim (spec §2 → §3), for the form's live
 * calculation. Stores nothing and starts nothing; the claim carries no personal data. A claim
 * without `submittedAt` is judged as received now, on the system's clock (the form sends none:
 * the phone's clock is not the municipality's).
 */
export async function evaluateRules(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const parsed = parseBoundedJson(req.body);
  if ('refused' in parsed) return parsed.refused;
  const body = parsed.value;
  const claim =
    body && typeof body === 'object' && !Array.isArray(body) && !('submittedAt' in body)
      ? { ...body, submittedAt: deps.env.now().toISOString() }
      : body;
  const check = validateClaim(claim, deps.catalogue);
  if (!check.ok) return json(400, { errors: check.errors });
  return json(200, decisionToJson(evaluateClaim(deps.catalogue, check.claim)));
}
