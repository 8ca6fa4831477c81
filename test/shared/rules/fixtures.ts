import { loadCatalogue } from '../../../shared/rules/catalogue';
import type { ClaimInput } from '../../../shared/rules/claim';
import { type DecisionJson, decisionToJson } from '../../../shared/rules/decision';
import { type EvaluateOptions, evaluateClaim } from '../../../shared/rules/engine/evaluate';
import { validateClaim } from '../../../shared/rules/validate';

export const catalogue = loadCatalogue();

/** A Randers relief family's car-seat claim (spec §2), to vary per test. */
export function claim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    municipality: 'randers',
    benefit: 'ran-car-seat',
    applicant: { role: 'relief-family' },
    submittedAt: '2026-03-04T10:15:00+01:00',
    child: { birthDate: '2019-05-01', weightKg: 21, schoolGrade: 1, placementStart: '2025-08-01' },
    expenses: [
      { date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' },
    ],
    ...overrides,
  };
}

/** Validates and evaluates a claim, failing loudly if the claim itself is invalid. */
export function evaluate(input: ClaimInput, options?: EvaluateOptions): DecisionJson {
  const check = validateClaim(input, catalogue);
  if (!check.ok) throw new Error(`invalid test claim: ${JSON.stringify(check.errors)}`);
  return decisionToJson(evaluateClaim(catalogue, check.claim, options));
}

/** The reason codes of a decision. */
export const codes = (decision: DecisionJson) => decision.reasons.map((r) => r.code);
