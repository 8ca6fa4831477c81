// Numbers as people type them into a form, read the same way by the family's application form
// (in the browser) and the staff's forms (on the server): "1.799,00 kr.", "1 799,00 kr",
// "kr. 1.799,00", "1799.00", "1,799.00", "1.234,5 km".

/** Units and spaces people write around a number; thin and no-break spaces and "'" group digits too. */
const DECORATION = /kr\.?|dkk|km|kg|[\s\u00a0\u202f']/gi;

/** Which mark is the decimal mark and which groups thousands, by how often each occurs and where. */
function marksOf(digits: string): { decimal?: string; group?: string } {
  const commas = digits.split(',').length - 1;
  const dots = digits.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal mark ("1.234,50", "1,234.50").
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    return { decimal, group: decimal === ',' ? '.' : ',' };
  }
  // A lone ',' is the decimal mark; several group thousands ("1,234,567").
  if (commas > 0) return commas === 1 ? { decimal: ',', group: '.' } : { group: ',' };
  // A lone '.' is a decimal mark too, unless exactly three digits follow ("1.799": Danish thousands).
  if (dots > 0)
    return dots === 1 && !/^\d{1,3}\.\d{3}$/.test(digits) ? { decimal: '.', group: ',' } : { group: '.' };
  return {};
}

/**
 * A typed number in plain form ("1.234,5 km" → "1234.5", "-12,50" → "-12.50"), its decimals as
 * typed; undefined when the text is no number (letters, grouping marks out of place, empty).
 */
export function plainNumber(typed: string): string | undefined {
  const match = /^([-+]?)([\d.,]+)$/.exec(typed.replace(DECORATION, ''));
  if (!match) return undefined;
  const [, sign, digits = ''] = match;
  const { decimal, group } = marksOf(digits);
  const parts = decimal ? digits.split(decimal) : [digits];
  if (parts.length > 2) return undefined;
  const [whole = '', fraction] = parts;
  // Grouping marks must group thousands ("1.234.567"), nowhere else.
  if (group && whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole))
    return undefined;
  const integer = group ? whole.split(group).join('') : whole;
  if (!/^\d+$/.test(integer) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  return `${sign === '-' ? '-' : ''}${integer}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/**
 * A typed amount as the interfaces carry it: "1.500,5 kr." → "1500.50"; undefined when nothing is
 * typed. What cannot be read, and more than two decimals (never rounded away), is returned as
 * typed (trimmed), so the server refuses it as not an amount and the person sees what they wrote.
 */
export function typedDkk(typed: string | undefined): string | undefined {
  const text = typed?.trim();
  if (!text) return undefined;
  const plain = plainNumber(text);
  if (plain === undefined) return text;
  const [whole, fraction = ''] = plain.split('.');
  return fraction.length <= 2 ? `${whole}.${fraction.padEnd(2, '0')}` : text;
}
