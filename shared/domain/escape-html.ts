const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and quoted attribute values: the one escaper of the pages' `html`
 * template, the e-mails' HTML parts and the local mailbox. (The browser's scripts set
 * `textContent` and need none; pain.001's XML has its own, with `&apos;`.)
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
