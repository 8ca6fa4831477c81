import { instantDayOrNull } from '../domain/dates';
import { formatKroner, isDkk, parseDkk } from '../domain/money';

/** Markup that is already safe: produced by `html`, never by concatenating input. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

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

/** A whole page: Danish first, with the English text marked `lang="en"` by the caller. */
export function page(title: string, body: Html): string {
  return `<!doctype html>${html`<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
</head>
<body>
<main>
${body}
</main>
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
${back ? html`<p><a href="${back}">Tilbage til formularen <span lang="en">(back to the form)</span></a></p>` : ''}
<section lang="en" aria-labelledby="en-heading">
<h2 id="en-heading">${title.en}</h2>
<p>${text.en}</p>
</section>`,
  );
}

/** A "1500.00" amount the Danish way ("1.500,00 kr."); anything else is shown as given. */
export function kroner(dkk: string | undefined): string {
  if (dkk === undefined) return '';
  return isDkk(dkk) ? formatKroner(parseDkk(dkk)) : dkk;
}

/** The Copenhagen calendar day of an instant, for people; the text itself when it is no instant. */
export function dayOf(instant: string): string {
  return instantDayOrNull(instant) ?? instant;
}
