import type { Catalogue } from '../catalogue';
import { type Passages, seedDocuments } from './documents';
import { outlineOf } from './outline';
import { quotedSources, sourceKey } from './quoted';

/**
 * Derives the section and the whole sentence of every quote the catalogue cites, from the seed
 * documents' text (`read` gives a file's text). Throws when a quote is not in its document.
 */
export function buildPassages(catalogue: Catalogue, read: (file: string) => string): Passages {
  const outlines = new Map(
    Object.entries(seedDocuments).map(([file, doc]) => [
      file,
      { outline: outlineOf(doc, read(file)), text: read(file) },
    ]),
  );
  const sections: Passages['sections'] = [];
  const index = new Map<string, number>();
  const quotes: Passages['quotes'] = {};
  for (const quoted of quotedSources(catalogue)) {
    const doc = outlines.get(quoted.file);
    if (!doc) throw new Error(`no seed document ${quoted.file}`);
    const line = quoted.line ?? doc.text.split('\n').findIndex((l) => l.includes(quoted.quote)) + 1;
    if (line < 1) throw new Error(`${quoted.file} does not hold "${quoted.quote}"`);
    const path = doc.outline.sectionAt(line);
    const chapter = seedDocuments[quoted.file]?.chapter ? path[0] : undefined;
    const section = (chapter ? path.slice(1) : path).at(-1);
    const entry = { ...(chapter ? { chapter } : {}), ...(section ? { section } : {}) };
    const key = JSON.stringify(entry);
    if (!index.has(key)) {
      index.set(key, sections.length);
      sections.push(entry);
    }
    const passage = doc.outline.passage(line, quoted.quote);
    quotes[sourceKey(quoted)] = {
      section: index.get(key) as number,
      ...(passage !== quoted.quote ? { passage } : {}),
    };
  }
  return { sections, quotes };
}
