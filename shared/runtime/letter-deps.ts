import { bundledLetterFontDir, PdfLetterRenderer } from '../adapters/pdf/letter-pdf';
import type { Deps } from '../app/deps';
import { awsDeps } from './aws-deps';

/**
 * The dependencies of the function that sends decision letters: those of every function, and the
 * PDF typesetter with the fonts its bundle carries under `fonts/` (infra copies them there).
 */
export async function awsLetterDeps(): Promise<Deps> {
  const deps = await awsDeps();
  return {
    ...deps,
    letters: { ...deps.letters, renderer: new PdfLetterRenderer(bundledLetterFontDir(import.meta.url)) },
  };
}
