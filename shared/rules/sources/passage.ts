/** Two lines of running text as one: a word the line break split with a hyphen is made whole again. */
export function join(a: string, b: string): string {
  return /\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`;
}

/** Words after which a full stop does not end a sentence. */
const abbreviations = new Set(
  'kr jf pr nr stk mv m.v f.eks fx eks evt ca dvs inkl max min mdr kl ang vedr iht bl.a el lign m.m m.fl o.l ift mhp'.split(
    ' ',
  ),
);

/** True when the full stop (! or ?) just before position `i` ends a sentence of `text`. */
function endsSentence(text: string, i: number): boolean {
  if (i >= text.length) return true;
  if (text[i] !== ' ' || !/^ +[\p{Lu}"”»(•]/u.test(text.slice(i))) return false;
  const word = /([\p{L}.]+|\d+)\.$/u.exec(text.slice(0, i))?.[1]?.toLowerCase() ?? '';
  // "kr. 1.500", "d. 5. januar", a list's "A." and "2." do not end sentences.
  return !abbreviations.has(word) && !/^(\d+|\p{L})$/u.test(word);
}

/**
 * True when a line ends in an abbreviation ("m.v.", "jf.") rather than a sentence; an amount's
 * "kr." at a line's end ends its sentence.
 */
export function abbreviated(text: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return word !== 'kr' && abbreviations.has(word);
}

/** True at a list item's start ("A. Der ydes", "• til og fra"): a sentence of its own begins there. */
const itemAt = (text: string, i: number) => /^(\p{Lu}\. |• )/u.test(text.slice(i));

/** How far a passage reaches beyond the quote on either side, in characters. */
const REACH = 200;

/**
 * Widens [start, end) of `text` to the sentence it is part of when the quote alone is cut off: it
 * starts or ends inside a word, starts in lower case, ends before the sentence does (the next word
 * is in lower case) or leaves a parenthesis open. An overlong sentence is cut at a word and the
 * cut is marked with an ellipsis.
 */
export function extend(text: string, start: number, end: number): string {
  const quote = text.slice(start, end);
  const letter = /\p{L}/u;
  const cutBefore = start > 0 && (letter.test(text[start - 1] ?? '') || /^\p{Ll}/u.test(quote));
  const opened = (quote.match(/\(/g)?.length ?? 0) > (quote.match(/\)/g)?.length ?? 0);
  const cutAfter =
    end < text.length && (letter.test(text[end] ?? '') || opened || /^ *[\p{Ll}\d)]/u.test(text.slice(end)));
  let from = start;
  if (cutBefore) {
    while (from > 0 && start - from < REACH && !itemAt(text, from)) {
      if (/[.!?]/.test(text[from - 2] ?? '') && endsSentence(text, from - 1)) break;
      from--;
    }
  }
  let to = end;
  if (cutAfter) {
    while (to < text.length && to - end < REACH) {
      if (/[.!?]/.test(text[to - 1] ?? '') && endsSentence(text, to)) break;
      if (to > end && text[to] === ' ' && itemAt(text, to + 1)) break;
      to++;
    }
  }
  let head = '';
  if (from > 0 && start - from >= REACH) {
    from = text.indexOf(' ', from) + 1;
    head = '… ';
  }
  let tail = '';
  if (to < text.length && to - end >= REACH) {
    to = Math.max(end, text.lastIndexOf(' ', to));
    tail = ' …';
  }
  return `${head}${text.slice(from, to).trim().replace(/\s+/g, ' ')}${tail}`;
}
