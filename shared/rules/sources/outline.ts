import type { Text } from '../catalogue/schema';
import { abbreviated, extend, join } from './passage';

/**
 * A flattened table: its first column cannot be told from the description beside it by the text
 * alone, so the rows' labels are named; each is found at the start of a line between the line
 * `after` (the table's header) and `until` (the first line after it) or the next chapter. `cells`
 * are the words of a last column, which the extraction put on lines of their own.
 */
export type Table = { after: string; until?: string; rows: string[]; cells?: string[] };

/** A seed document (docs/sources) as a person names it, and how its headings look. */
export type SeedDocument = {
  title: Text;
  /** A chapter starts a PDF page: a line with one leading space whose text (over ≤ 3 lines) matches. */
  chapter?: RegExp;
  tables: Table[];
};

/** Where a line belongs: its chapter, the heading under it and the table row, as far as found. */
export type Section = string[];

/** A document's sections, and the sentence around a quote. */
export type Outline = {
  sectionAt(lineNo: number): Section;
  /** The whole sentence around `quote` (on line `lineNo`) where the quote alone is cut off. */
  passage(lineNo: number, quote: string): string;
};

/** One non-blank line of a document: its number, its text without the edges' spaces, its indent. */
type Line = { no: number; text: string; indented: boolean };

const upper = /^\p{Lu}/u;
const sentenceEnd = /[.!?]$/;

/** True when a text opens more parentheses than it closes. */
const unclosed = (t: string) => (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);

/** A heading that wraps (an open parenthesis, a trailing hyphen, comma or "SEL §") joined with its lines. */
function wrapped(lines: Line[], i: number, first = lines[i]?.text ?? ''): { text: string; last: number } {
  let text = first;
  let last = i;
  while ((unclosed(text) || /([-–,]|SEL|§)$/.test(text)) && last < i + 2 && lines[last + 1]) {
    last++;
    text = join(text, lines[last]?.text ?? '');
  }
  return { text: text.replace(/\s+/g, ' '), last };
}

/** A chapter: a PDF page's heading line (one leading space), as the document marks them. */
function chapterAt(doc: SeedDocument, lines: Line[], i: number): { text: string; last: number } | undefined {
  const line = lines[i];
  if (!doc.chapter || !line?.indented || !upper.test(line.text) || /[.;:]$/.test(line.text)) return undefined;
  let text = line.text;
  for (let last = i; last < i + 3 && lines[last]; last++) {
    if (last > i) text = join(text, lines[last]?.text ?? '');
    if (doc.chapter.test(text)) return wrapped(lines, last, text);
  }
  return undefined;
}

const functionWord = /\s(i|og|at|af|til|for|med|en|et|som|om|på|der|de|den|det|er|kan|ved|fra|eller|samt)$/;

/** A short line that heads the text after it: capitalised, no sentence, body text follows. */
function isHeading(doc: SeedDocument, lines: Line[], i: number): boolean {
  const line = lines[i];
  const before = lines[i - 1];
  const next = lines[i + 1];
  if (!line || !next) return false;
  const text = line.text;
  if (text.length < 3 || text.length > 70 || !upper.test(text) || /\s{2,}|,|\. /.test(text)) return false;
  if (/[.;:\-–/(]$/.test(text) || functionWord.test(text) || text.split(' ').length > 9) return false;
  if (/^[\p{Lu}\d\s/]+$/u.test(text)) return false;
  // A heading follows a finished sentence, or a short line (a list's or a table's last) when the
  // text after it does not start a page (in a document with chapters, a page's first line may be
  // a bullet). In a document without chapters a page may start with a heading.
  const finished = before && sentenceEnd.test(before.text) && !abbreviated(before.text);
  if (before && !finished) {
    if (!(!doc.chapter && line.indented) && before.text.length >= 30) return false;
    // In a document with chapters a line with a leading space after an unfinished one is a bullet.
    if (doc.chapter && (next.indented || line.indented)) return false;
  }
  // Body text starts a sentence; a wrapped sentence goes on in lower case.
  if (!/^[\p{Lu}\d•"”]/u.test(next.text)) return false;
  const after = lines[i + 2]?.text ?? '';
  return (
    next.text.length >= 45 ||
    /^\p{Ll}/u.test(after) ||
    next.text.endsWith(':') ||
    /^[\p{Lu}\s]+$/u.test(next.text) ||
    isHeading(doc, lines, i + 1)
  );
}

/** The table row a line starts: its label, the lines the label takes, and whether text follows it. */
function rowAt(table: Table, lines: Line[], i: number): { label: string; last: number } | undefined {
  const line = lines[i];
  if (!line) return undefined;
  for (const label of table.rows) {
    if (line.text.startsWith(`${label} `)) return { label, last: i };
    // A page-start line that is only a label is a list's bullet, not the table's row.
    if (line.indented && line.text === label) continue;
    let text = line.text;
    let last = i;
    while (text !== label && label.startsWith(text.replace(/-$/, '')) && last < i + 3 && lines[last + 1]) {
      last++;
      text = join(text, lines[last]?.text ?? '');
    }
    if (text === label) return { label, last };
  }
  return undefined;
}

/**
 * Reads a document's structure: chapters (a PDF page's heading line), headings (a short line
 * between sentences) and the rows of the tables it names. Derived from the text by the passages
 * command (shared/cli/passages-main.ts), not by hand per rule.
 */
export function outlineOf(doc: SeedDocument, source: string): Outline {
  const cells = new Set(doc.tables.flatMap((t) => t.cells ?? []));
  // A line after a page number starts a page as a line with one leading space does.
  let pageNumber = false;
  const lines: Line[] = [];
  source.split('\n').forEach((raw, index) => {
    const text = raw.replace(/[\uF000-\uF8FF]/g, '•').trim();
    if (text === '') return;
    const indented = /^ \S/.test(raw) || pageNumber;
    pageNumber = /^\d+$/.test(text);
    if (!pageNumber && !/^https?:\/\//.test(text) && !cells.has(text))
      lines.push({ no: index + 1, text, indented });
  });
  const sections: Section[] = [];
  /** Lines that start a section, and lines that only name one (a label over several lines). */
  const starts = new Set<number>();
  const labels = new Map<number, string>();
  let chapter: string | undefined;
  let heading: string | undefined;
  let row: string | undefined;
  let table: Table | undefined;
  const here = () => [chapter, heading, row].filter((s): s is string => !!s);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const found = chapterAt(doc, lines, i);
    if (found) {
      [chapter, heading, row, table] = [found.text, undefined, undefined, undefined];
      for (let j = i; j <= found.last; j++) {
        sections.push(here());
        labels.set(j, '');
      }
      starts.add(i);
      i = found.last;
      continue;
    }
    if (table?.until === line.text) table = undefined;
    const opens = doc.tables.find((t) => t.after === line.text);
    const cell = table ? rowAt(table, lines, i) : undefined;
    if (opens) {
      [table, row] = [opens, undefined];
      starts.add(i);
    } else if (cell) {
      row = cell.label;
      starts.add(i);
      for (let j = i; j <= cell.last; j++) {
        sections.push(here());
        labels.set(j, j === i ? cell.label : '');
      }
      i = cell.last;
      continue;
    } else if (!table && isHeading(doc, lines, i)) {
      [heading, row] = [line.text, undefined];
      starts.add(i);
    }
    sections.push(here());
  }
  const byNo = new Map(lines.map((line, i) => [line.no, i]));

  /** The running text of the section holding line index `at`, and where each line starts in it. */
  const runOf = (at: number) => {
    let first = at;
    while (first > 0 && !starts.has(first)) first--;
    let text = '';
    const offsets = new Map<number, number>();
    for (let i = first; i < lines.length && (i === first || !starts.has(i)); i++) {
      const line = lines[i] as Line;
      const label = labels.get(i);
      // A row's label names the section; the text beside it on the same line is the row's text.
      const skip = label ? line.text.length - line.text.slice(label.length).trimStart().length : 0;
      if (label === '' || (label && skip >= line.text.length)) continue;
      const body = line.text.slice(skip);
      const joined = text === '' ? body : join(text, body);
      offsets.set(line.no, joined.length - body.length - skip);
      text = joined;
    }
    return { text, offsets };
  };

  return {
    sectionAt: (lineNo) => sections[byNo.get(lineNo) ?? -1] ?? [],
    passage(lineNo, quote) {
      const at = byNo.get(lineNo);
      const found = at === undefined ? -1 : (lines[at]?.text.indexOf(quote) ?? -1);
      if (at === undefined || found < 0) return quote;
      const { text, offsets } = runOf(at);
      const base = offsets.get(lineNo);
      if (base === undefined || base + found < 0) return quote;
      const start = base + found;
      return extend(text, start, Math.min(text.length, start + quote.replace(/-$/, '').length));
    },
  };
}
