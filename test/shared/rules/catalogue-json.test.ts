import { describe, expect, it } from 'vitest';
import { catalogueJson } from '../../../infra/build/catalogue-file';
import { loadCatalogue, rateIdsOf } from '../../../shared/rules/catalogue';
import { catalogueFromJson } from '../../../shared/runtime/compose/catalogue';

const fail = (): never => {
  throw new Error('the catalogue has no benefits');
};

describe('the catalogue as the Lambda functions read it (JSON beside the bundle)', () => {
  const fromTs = loadCatalogue();
  const fromJson = catalogueFromJson(catalogueJson());

  it('round-trips to the same benefits, rate tables and exclusions as the TypeScript data', () => {
    expect(fromJson.benefits).toEqual(fromTs.benefits);
    expect(fromJson.rates.all()).toEqual(fromTs.rates.all());
    expect(fromJson.exclusions).toEqual(fromTs.exclusions);
    expect([...fromJson.byId.keys()]).toEqual([...fromTs.byId.keys()]);
  });

  it('answers as the TypeScript catalogue does: rates on a day, item kinds, exclusion guards', () => {
    for (const benefit of fromTs.benefits) {
      const same = fromJson.byId.get(benefit.id);
      expect(same).toBeDefined();
      if (!same) continue;
      expect(fromJson.itemKinds(same)).toEqual(fromTs.itemKinds(benefit));
      expect(String(fromJson.exclusionsFor(same).anyKeyword)).toBe(
        String(fromTs.exclusionsFor(benefit).anyKeyword),
      );
    }
    for (const table of fromTs.rates.all()) {
      for (const day of ['2024-01-01', '2025-07-01', '2026-12-07']) {
        expect(fromJson.rates.at(table.id, day)).toEqual(fromTs.rates.at(table.id, day));
      }
    }
  });

  it('still refuses data whose benefits name a rate table it does not have', () => {
    const data = JSON.parse(catalogueJson()) as { rates: { id: string }[] };
    const used = rateIdsOf(fromTs.benefits[0] ?? fail());
    data.rates = data.rates.filter((table) => !used.includes(table.id));
    expect(() => catalogueFromJson(JSON.stringify(data))).toThrow(/names unknown rate table/);
  });
});
