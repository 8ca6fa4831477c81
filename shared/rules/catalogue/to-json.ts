import { formatDkk } from '../../domain/money';
import type { Catalogue } from '.';

/** The catalogue as the `catalogue` command prints it: benefits with DKK strings, and the rate tables. */
export function catalogueToJson(catalogue: Catalogue) {
  return {
    benefits: catalogue.benefits.map((b) => ({
      id: b.id,
      municipality: b.municipality,
      name: b.name,
      group: b.group,
      summary: b.summary,
      applicants: b.applicants,
      amount: b.amount,
      needs: b.needs,
      conditions: b.conditions,
      assessment: b.assessment,
      documentation: b.documentation,
      decidedBy: b.decidedBy,
      deadlines: b.deadlines,
      payoutRule: b.payoutRule,
      legalBasis: b.legalBasis,
      taxable: b.taxable,
      sources: b.sources,
      decisions: b.decisions,
    })),
    rates: catalogue.rates.all().map((table) => ({
      id: table.id,
      name: table.name,
      unit: table.unit,
      periods: table.periods.map((p) => ({
        ...p,
        amount: table.unit === 'percent' ? (p.amount / 100).toFixed(2) : formatDkk(p.amount),
      })),
    })),
    exclusions: catalogue.exclusions,
  };
}
