import { readFileSync } from 'node:fs';
import { type Catalogue, catalogueFromValidated, type ValidatedCatalogue } from '../../rules/catalogue/build';

/** The catalogue's data as JSON, beside the bundle (infra/build/catalogue-file.ts writes it at synth). */
export const CATALOGUE_FILE = 'catalogue.json';

/**
 * The catalogue from its JSON text: the data `loadCatalogue` validated at build time, not parsed by
 * zod again. JSON.parse of the text is much cheaper at cold start than evaluating the same data as
 * code and then validating it, and keeps 270 KB of text out of the bundle.
 */
export function catalogueFromJson(text: string): Catalogue {
  return catalogueFromValidated(JSON.parse(text) as ValidatedCatalogue);
}

/** The benefit catalogue, from the file the build copied beside this bundle. */
export const catalogue = (): Catalogue =>
  catalogueFromJson(readFileSync(new URL(`./${CATALOGUE_FILE}`, import.meta.url), 'utf8'));
