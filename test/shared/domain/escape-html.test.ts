import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/domain/escape-html';

describe('the one HTML escaper (pages, e-mails, the local mailbox)', () => {
  it('escapes the five characters HTML gives meaning to, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml('Søren Ærø, 1.500,00 kr. — ok')).toBe('Søren Ærø, 1.500,00 kr. — ok');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves no markup character in any text', () => {
    fc.assert(fc.property(fc.string(), (text) => !/[<>"']/.test(escapeHtml(text))));
  });
});
