import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { CodedError } from '../domain/errors';

/** The ISO 20022 messages the payouts write (pain.001) and read (pain.002, the bank's status report). */
export type IsoMessage = 'pain.001.001.03' | 'pain.002.001.03';

/**
 * Where a schema is: beside the bundle in a Lambda (copied there by the build), in `docs/sources/`
 * when run from the source tree (tests, `npm start`).
 */
const schemaPlaces = (message: IsoMessage) => [
  new URL(`./iso20022/${message}.xsd`, import.meta.url),
  new URL(`../../docs/sources/iso20022/${message}.xsd`, import.meta.url),
];

const schemas = new Map<IsoMessage, Promise<string>>();

/** The bundle lacks an ISO 20022 schema: a build fault; `cause` is why the last place could not be read. */
export class IsoSchemaMissing extends CodedError {
  override readonly name = 'IsoSchemaMissing';
  readonly code = 'iso-schema-missing';
}

async function loadSchema(message: IsoMessage): Promise<string> {
  let cause: unknown;
  for (const place of schemaPlaces(message)) {
    try {
      return await readFile(fileURLToPath(place), 'utf8');
    } catch (error) {
      cause = error;
    }
  }
  throw new IsoSchemaMissing(`the ${message} schema is missing from this bundle`, { cause });
}

/** A CPR number never goes into a log or an error: xmllint quotes the values it refuses. */
const redact = (message: string) => message.replace(/\d{6}-?\d{4}/g, '**********');

/**
 * Validates an ISO 20022 file against its XSD with libxml2 compiled to WebAssembly (it runs in
 * Lambda; no native xmllint there). Returns xmllint's complaints, CPR numbers blanked; none when
 * the file is valid.
 */
export async function isoProblems(message: IsoMessage, xml: string): Promise<string[]> {
  let schema = schemas.get(message);
  if (!schema) {
    schema = loadSchema(message);
    schemas.set(message, schema);
  }
  const result = await validateXML({
    xml: { fileName: `${message}.xml`, contents: xml },
    schema: { fileName: `${message}.xsd`, contents: await schema },
    // The whole file is in memory; the default 32 MiB is too little for a large batch.
    maxMemoryPages: memoryPages.GiB,
  });
  if (result.valid) return [];
  return result.errors.map((e) => redact(e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message));
}

/** Validates a pain.001.001.03 file (the credit transfers a run writes) against its XSD. */
export const pain001Problems = (xml: string) => isoProblems('pain.001.001.03', xml);

/** Validates a pain.002.001.03 file (the bank's status report) against its XSD. */
export const pain002Problems = (xml: string) => isoProblems('pain.002.001.03', xml);
