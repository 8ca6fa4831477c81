import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML } from 'xmllint-wasm';

/**
 * Where the pain.001.001.03 schema is: beside the bundle in the payout-run Lambda (copied there by
 * the build), in `docs/sources/` when run from the source tree (tests, `npm start`).
 */
const SCHEMA_PLACES = [
  new URL('./iso20022/pain.001.001.03.xsd', import.meta.url),
  new URL('../../docs/sources/iso20022/pain.001.001.03.xsd', import.meta.url),
];

let schema: Promise<string> | undefined;

async function loadSchema(): Promise<string> {
  for (const place of SCHEMA_PLACES) {
    const text = await readFile(fileURLToPath(place), 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  throw new Error('the pain.001.001.03 schema is missing from this bundle');
}

/** A CPR number never goes into a log or an error: xmllint quotes the values it refuses. */
const redact = (message: string) => message.replace(/\d{6}-?\d{4}/g, '**********');

/**
 * Validates a pain.001.001.03 file against the ISO 20022 XSD with libxml2 compiled to WebAssembly
 * (it runs in Lambda; no native xmllint there). Returns xmllint's complaints, CPR numbers blanked;
 * none when the file is valid.
 */
export async function pain001Problems(xml: string): Promise<string[]> {
  schema ??= loadSchema();
  const result = await validateXML({
    xml: { fileName: 'payouts.xml', contents: xml },
    schema: { fileName: 'pain.001.001.03.xsd', contents: await schema },
    // The whole file is in memory; the default 32 MiB is too little for a large batch.
    maxMemoryPages: memoryPages.GiB,
  });
  if (result.valid) return [];
  return result.errors.map((e) => redact(e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message));
}
