import { describe, expect, it } from 'vitest';
import { canApplyFor } from '../../../shared/http/benefits-page';
import { namedRules, ruleText } from '../../../shared/http/rule-words';
import { loadCatalogue } from '../../../shared/rules/catalogue';
import { decisionToJson } from '../../../shared/rules/decision';
import { evaluateClaim } from '../../../shared/rules/engine/evaluate';
import { validateClaim } from '../../../shared/rules/validate';
import { exampleClaims, internalCodeFinder } from './plain-words';

const catalogue = loadCatalogue();

describe('ruleText: a calculation line’s rule in words', () => {
  it('names the rules of ran-car-seat in both languages', () => {
    expect(ruleText('ran-car-seat/max', 'da')).toBe('Højst det fastsatte beløb');
    expect(ruleText('ran-car-seat/max', 'en')).toBe('Up to the set amount');
    expect(ruleText('rud-s41-laundry/extra-wash', 'da')).toBe('Prislisten');
  });

  it('has words for every rule the examples of every benefit meet, and no code in them', () => {
    const codesIn = internalCodeFinder(catalogue);
    const rules = new Set<string>();
    for (const benefit of catalogue.benefits.filter(canApplyFor))
      for (const claim of exampleClaims(catalogue, benefit.id)) {
        const check = validateClaim(claim, catalogue);
        if (!check.ok) continue;
        for (const line of decisionToJson(evaluateClaim(catalogue, check.claim)).lines) {
          rules.add(line.rule);
          const part = line.rule.slice(benefit.id.length + 1);
          const priced = catalogue.itemKinds(benefit)?.includes(part) ?? false;
          expect(namedRules.has(part) || priced, line.rule).toBe(true);
        }
      }
    expect(rules.size).toBeGreaterThan(100);
    for (const rule of rules)
      for (const lang of ['da', 'en'] as const) {
        expect(ruleText(rule, lang), rule).not.toBe('');
        expect(codesIn(ruleText(rule, lang)), rule).toEqual([]);
      }
  });
});
