import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { RateBook } from '../rates/rate-book';
import { RateTable, type RateTableInput } from '../rates/schema';
import { Benefit, type BenefitInput, Exclusion, type ExclusionInput } from './schema';

// The catalogue built from its data, apart from the data itself: a Lambda function builds it from
// the JSON file its bundle carries (shared/runtime/compose/catalogue.ts), without the data's modules.

/** The validated catalogue of both municipalities with its rate tables. */
export type Catalogue = {
  benefits: readonly Benefit[];
  byId: ReadonlyMap<string, Benefit>;
  exclusions: readonly Exclusion[];
  rates: RateBook;
  /** The item kinds a benefit prices, or undefined when its items are free-form. */
  itemKinds(benefit: Benefit): string[] | undefined;
  /** The exclusions (§1.7) that guard a benefit, with one pattern that finds any of their keywords. */
  exclusionsFor(benefit: Benefit): ExclusionGuard;
};

/** The catalogue's data as written: what `buildCatalogue` validates and builds from (and the JSON file holds). */
export type CatalogueInputs = {
  benefits: readonly BenefitInput[];
  rates: readonly RateTableInput[];
  exclusions: readonly ExclusionInput[];
};

const calculatorKinds: Record<string, string[]> = {
  laundry: ['extra-wash'],
  diet: ['cancer-diet', 'energy-enriched', 'association-rate'],
};

/**
 * zod's English words for what the schemas do not word themselves (zod/mini carries none): whoever
 * edits the catalogue's data reads them. A function, so that the functions' bundles, which never
 * validate the data, leave the words out.
 */
const inEnglish = () => ({ error: en().localeError });

/** One entry validated, or an error naming it and each problem. */
function validated<S extends z.ZodMiniType>(what: string, schema: S, input: { id?: unknown }): z.output<S> {
  const result = z.safeParse(schema, input, inEnglish());
  if (!result.success) throw new Error(`${what} ${String(input.id)}: ${result.error.message}`);
  return result.data;
}

/** Builds a catalogue from data, checking ids are unique and every rate a rule names exists. */
export function buildCatalogue(
  benefitInputs: readonly BenefitInput[],
  rateInputs: readonly RateTableInput[],
  exclusionInputs: readonly ExclusionInput[] = [],
): Catalogue {
  const rates = RateBook.fromValidated(rateInputs.map((input) => validated('rate table', RateTable, input)));
  const benefits = benefitInputs.map((input) => validated('benefit', Benefit, input));
  const exclusions = exclusionInputs.map((input) => validated('exclusion', Exclusion, input));
  return assemble(benefits, rates, exclusions);
}

/** A catalogue as `buildCatalogue` validated it, as data: what the functions' JSON file holds. */
export type ValidatedCatalogue = {
  benefits: readonly Benefit[];
  rates: readonly RateTable[];
  exclusions: readonly Exclusion[];
};

/** The data of a built catalogue, to be written as JSON at build time. */
export function validatedData(catalogue: Catalogue): ValidatedCatalogue {
  return { benefits: catalogue.benefits, rates: catalogue.rates.all(), exclusions: catalogue.exclusions };
}

/**
 * A catalogue from data `buildCatalogue` validated at build time (zod's output, defaults filled in):
 * not parsed again, which is most of a cold start's catalogue time; the ids and rate references are
 * still checked. A test proves the JSON round trip gives the catalogue `loadCatalogue` builds.
 */
export function catalogueFromValidated(data: ValidatedCatalogue): Catalogue {
  return assemble(data.benefits, RateBook.fromValidated(data.rates), data.exclusions);
}

function assemble(
  benefits: readonly Benefit[],
  rates: RateBook,
  exclusions: readonly Exclusion[],
): Catalogue {
  const byId = new Map<string, Benefit>();
  for (const benefit of benefits) {
    if (byId.has(benefit.id)) throw new Error(`benefit ${benefit.id} is defined twice`);
    for (const rate of rateIdsOf(benefit)) {
      if (!rates.has(rate)) throw new Error(`benefit ${benefit.id} names unknown rate table ${rate}`);
    }
    byId.set(benefit.id, benefit);
  }
  // Each benefit's guard when first asked for: a cold start then builds the one pattern its claim needs.
  const guards = new Map<string, ExclusionGuard>();
  return {
    benefits,
    byId,
    exclusions,
    rates,
    exclusionsFor: (benefit) => {
      if (!byId.has(benefit.id)) return { rules: [] };
      let guard = guards.get(benefit.id);
      if (!guard) {
        guard = exclusionGuard(benefit, exclusions);
        guards.set(benefit.id, guard);
      }
      return guard;
    },
    itemKinds(benefit) {
      const amount = benefit.amount;
      if (amount.kind === 'price-list') return Object.keys(amount.prices);
      if (amount.kind === 'calculator') return calculatorKinds[amount.calculator];
      return undefined;
    },
  };
}

/** The exclusions that guard one benefit, and a case-insensitive pattern matching any of their keywords. */
export type ExclusionGuard = { rules: readonly Exclusion[]; anyKeyword?: RegExp };

function exclusionGuard(benefit: Benefit, all: readonly Exclusion[]): ExclusionGuard {
  const rules = all.filter(
    (x) =>
      x.municipality === benefit.municipality && x.appliesTo.some((prefix) => benefit.id.startsWith(prefix)),
  );
  if (rules.length === 0) return { rules };
  const escaped = rules.flatMap((x) => x.keywords).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { rules, anyKeyword: new RegExp(escaped.join('|'), 'iu') };
}

/** Every rate table a benefit's amount rule refers to. */
export function rateIdsOf(benefit: Benefit): string[] {
  const amount = benefit.amount;
  switch (amount.kind) {
    case 'fixed':
    case 'per-unit':
    case 'percentage':
    case 'threshold':
      return [amount.rate];
    case 'cap':
      return [amount.rate];
    case 'own-payment':
      return [...(amount.rate ? [amount.rate] : []), ...(amount.byAge ?? []).map((band) => band.rate)];
    case 'price-list':
      return Object.values(amount.prices);
    case 'calculator':
      return Object.values(amount.rates);
    case 'discretionary':
      return amount.cap ? [amount.cap] : [];
    default:
      return [];
  }
}
