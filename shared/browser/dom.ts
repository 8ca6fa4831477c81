// Small helpers the pages' scripts share; only here do the scripts build elements.

/** A new element with its text (always as text, never as markup) and class. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The page's element with `id`, typed as the page builds it; undefined when the page has none. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T | undefined {
  return (document.getElementById(id) as T | null) ?? undefined;
}

/** Words in the page's language: `t('Dansk', 'English')`. */
export type Say = (da: string, en: string) => string;

/** The `t` of a page in English or not. */
export const sayer =
  (en: boolean): Say =>
  (da, english) =>
    en ? english : da;

/** Text as a sentence: its first letter capital. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Like DKFDS's error-summary module: the field's label (or the field) scrolled into view, then the field focused. */
export function focusField(field: HTMLElement): void {
  const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/** A refusal's error as the server sends it: a path and the words in both languages. */
export type ServerError = { path?: string; da?: string; en?: string; message?: string };
