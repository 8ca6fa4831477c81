import type { HttpRequest } from './http';

/** The family's pages speak Danish unless `?lang=en` asks for English. */
export type Lang = 'da' | 'en';

/** The request's language. */
export const langOf = (req: HttpRequest): Lang => (req.query.lang === 'en' ? 'en' : 'da');

/** Picks the text of the page's language. */
export const pick = (lang: Lang, text: { da: string; en: string }) => text[lang];

/** The same path in the other language, keeping the rest of the query out (it may carry a filter). */
export function otherLanguage(path: string, lang: Lang, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  if (lang === 'da') params.set('lang', 'en');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A path in this page's language. */
export function inLang(path: string, lang: Lang, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  if (lang === 'en') params.set('lang', 'en');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
