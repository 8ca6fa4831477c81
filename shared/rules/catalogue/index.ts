import { stateRates } from '../rates/state';
import { buildCatalogue, type Catalogue, type CatalogueInputs } from './build';
import { exclusions } from './exclusions';
import { randersBenefits, randersRates } from './randers';
import { rudersdalFosterBenefits, rudersdalFosterRates } from './rudersdal-foster';
import { rudersdalPlacementBenefits, rudersdalPlacementRates } from './rudersdal-placement';
import { rudersdalS41Benefits, rudersdalS41Rates } from './rudersdal-s41';
import { rudersdalS42Benefits, rudersdalS42Rates } from './rudersdal-s42';
import { rudersdalSupportBenefits, rudersdalSupportRates } from './rudersdal-support';

export {
  buildCatalogue,
  type Catalogue,
  type CatalogueInputs,
  catalogueFromValidated,
  type ExclusionGuard,
  rateIdsOf,
  type ValidatedCatalogue,
  validatedData,
} from './build';

/** The product's catalogue data (Randers and Rudersdal) as written, before validation. */
export function catalogueInputs(): CatalogueInputs {
  return {
    benefits: [
      ...randersBenefits,
      ...rudersdalFosterBenefits,
      ...rudersdalPlacementBenefits,
      ...rudersdalS41Benefits,
      ...rudersdalS42Benefits,
      ...rudersdalSupportBenefits,
    ],
    rates: [
      ...stateRates,
      ...randersRates,
      ...rudersdalFosterRates,
      ...rudersdalPlacementRates,
      ...rudersdalS41Rates,
      ...rudersdalS42Rates,
      ...rudersdalSupportRates,
    ],
    exclusions,
  };
}

let loaded: Catalogue | undefined;

/** The product's catalogue (Randers and Rudersdal), validated once per process. */
export function loadCatalogue(): Catalogue {
  if (!loaded) {
    const { benefits, rates, exclusions: rules } = catalogueInputs();
    loaded = buildCatalogue(benefits, rates, rules);
  }
  return loaded;
}
