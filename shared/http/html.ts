import { danishDay, englishDay } from '../app/letters';
import { instantDayOrNull } from '../domain/dates';
import { escapeHtml } from '../domain/escape-html';
import { moneyText } from '../domain/money';
import { ASSET_VERSIONS } from './asset-versions';

/** Markup that is already safe: produced by `html`, never by concatenating input. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** A template that escapes every interpolated value unless it is already `Html`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(
    strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''),
  );
}

/**
 * An app asset's URL with its content hash (`?v=`), which lets browsers keep it for a year
 * (static-assets.ts); a file the versions do not know yet is linked as it is.
 */
export function versioned(src: string): string {
  const version = ASSET_VERSIONS[src];
  return version ? `${src}?v=${version}` : src;
}

/** The head's links every page shares: the favicon and the two stylesheets (DKFDS's subset, the pages' own). */
export const headLinks = () =>
  html`<link rel="icon" href="${versioned('/assets/app/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${versioned('/assets/app/dkfds.css')}">
<link rel="stylesheet" href="${versioned('/assets/app/app.css')}">`;

/** A page's language and, for the family's pages, the address of the same page in the other one. */
export type PageOptions = {
  lang?: 'da' | 'en';
  switchTo?: string;
  scripts?: string[];
  /** Who is signed in: named in the header, with a sign-out button (its form carries the session's token). */
  user?: { name: string; csrf: string };
};

/**
 * A whole page on Det Fælles Designsystem (DKFDS): skip link, header, one container. Danish first,
 * with English text marked `lang="en"` by the caller or the whole page in English (`lang`).
 */
export function page(title: string, body: Html, options: PageOptions = {}): string {
  const lang = options.lang ?? 'da';
  const en = lang === 'en';
  // A form shown again with DKFDS's error summary gets the script that focuses it.
  const scripts = body.value.includes('data-module="error-summary"')
    ? [...(options.scripts ?? []), '/assets/app/error-summary.js']
    : (options.scripts ?? []);
  return `<!doctype html>${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
${headLinks()}
${scripts.map((src) => html`<script src="${versioned(src)}" defer></script>`)}
</head>
<body>
<a class="skipnav" href="#main-content">${en ? 'Go to the content' : 'Gå til sidens indhold'}</a>
<header class="header">
<div class="portal-header"><div class="container portal-header-inner">
<a href="/" class="portal-title">${en ? 'Supplementary payments' : 'Tilskud til familier'}</a>
${
  options.switchTo
    ? html`<a class="lang-switch" href="${options.switchTo}" lang="${en ? 'da' : 'en'}" hreflang="${en ? 'da' : 'en'}">${en ? 'Dansk' : 'English'}</a>`
    : ''
}
${
  options.user
    ? html`<form method="post" action="/log-ud" class="signed-in"><span>${en ? 'Signed in as' : 'Logget ind som'} ${options.user.name}</span>
<input type="hidden" name="csrf" value="${options.user.csrf}"><button type="submit" class="button button-tertiary">${en ? 'Sign out' : 'Log ud'}</button></form>`
    : ''
}
</div></div>
</header>
<div class="container page-container">
<main id="main-content">
${body}
</main>
</div>
</body>
</html>`}`;
}

/** A page with one bilingual message: a refusal, a confirmation, a missing page. */
export function messagePage(
  title: { da: string; en: string },
  text: { da: string; en: string },
  back?: string,
): string {
  return page(
    title.da,
    html`<h1>${title.da}</h1>
<p>${text.da}</p>
${back ? html`<p><a class="back-link" href="${back}">Tilbage til formularen <span lang="en">(back to the form)</span></a></p>` : ''}
<section lang="en" aria-labelledby="en-heading">
<h2 id="en-heading">${title.en}</h2>
<p>${text.en}</p>
</section>`,
  );
}

/** A "1500.00" amount as the page's language writes it: "1.500,00 kr." or "DKK 1,500.00". */
export const money = (lang: 'da' | 'en', dkk: string | undefined): string => moneyText(lang, dkk);

/**
 * The Copenhagen calendar day of an instant or a day, as people read it: "7. december 2026" or
 * "7 December 2026"; the text itself when it is neither.
 */
export function dayOf(lang: 'da' | 'en', instant: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(instant) ? instant : instantDayOrNull(instant);
  if (!day) return instant;
  return lang === 'da' ? danishDay(day) : englishDay(day);
}
