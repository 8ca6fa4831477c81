import { readFileSync } from 'node:fs';
import { buildCatalogue, type Catalogue, type CatalogueInputs } from '../../rules/catalogue/build';

/** The catalogue's data as JSON, beside the bundle (infra/build/catalogue-file.ts writes it at synth). */
export const CATALOGUE_FILE = 'catalogue.json';

/**
 * The catalogue from its JSON text, validated and built exactly as `loadCatalogue` builds the
 * TypeScript data. JSON.parse of the text is much cheaper at cold start than evaluating the same data
 * as code, and keeps 270 KB of text out of the bundle.
 */
export function catalogueFromJson(text: string): Catalogue {
  const inputs = JSON.parse(text) as CatalogueInputs;
  return buildCatalogue(inputs.benefits, inputs.rates, inputs.exclusions);
}

/** The benefit catalogue, from the file the build copied beside this bundle. */
export const catalogue = (): Catalogue =>
  catalogueFromJson(readFileSync(new URL(`./${CATALOGUE_FILE}`, import.meta.url), 'utf8'));
