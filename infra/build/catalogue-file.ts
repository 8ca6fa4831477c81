import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogue, validatedData } from '../../shared/rules/catalogue';
import { CATALOGUE_FILE } from '../../shared/runtime/compose/catalogue';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the build writes the catalogue's JSON, relative to the repository (ignored by git). */
export const CATALOGUE_JSON = `build/lambda/${CATALOGUE_FILE}`;

/** The catalogue as validated from the TypeScript data, as JSON text, as the functions read it (shared/runtime/compose/catalogue.ts). */
export const catalogueJson = () => JSON.stringify(validatedData(loadCatalogue()));

let written = false;

/** Writes the catalogue's JSON from the TypeScript data, once per build; returns its repository path. */
export function writeCatalogueJson(): string {
  if (!written) {
    mkdirSync(join(ROOT, 'build/lambda'), { recursive: true });
    writeFileSync(join(ROOT, CATALOGUE_JSON), catalogueJson());
    written = true;
  }
  return CATALOGUE_JSON;
}
