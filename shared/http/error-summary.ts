import { type Html, html } from './html';
import { type Lang, pick } from './i18n';

// DKFDS's error summary ("Der er problemer") and a field's own error message, for the forms the
// server shows again after a refused post. The summary is focusable (tabindex -1); forms post to
// `#error-summary`, so without JavaScript the browser opens at it, and error-summary.js focuses it.

/** One refused field: the id of its control (the summary links to it) and what is wrong. */
export type FieldError = { field: string; text: string | { da: string; en: string } };

const say = (lang: Lang, text: FieldError['text']) => (typeof text === 'string' ? text : pick(lang, text));

/** The fragment a form posts to, so a refused post opens at the summary. */
export const SUMMARY_FRAGMENT = '#error-summary';

/** The summary above a form: a heading and a link to each wrong field. */
export function errorSummary(errors: readonly FieldError[], lang: Lang): Html {
  if (errors.length === 0) return html``;
  return html`<div class="alert alert-error" id="error-summary" role="alert" aria-labelledby="error-summary-heading" tabindex="-1" data-module="error-summary">
<div class="alert-body">
<h2 class="alert-heading" id="error-summary-heading">${pick(lang, { da: 'Der er problemer', en: 'There is a problem' })}</h2>
<ul class="alert-text nobullet-list">
${errors.map((e) => html`<li><a class="function-link" href="#${e.field}">${say(lang, e.text)}</a></li>`)}
</ul>
</div></div>`;
}

/** The message beside a field (`{field}-error`), or nothing when the field is right. */
export function fieldMessage(field: string, errors: readonly FieldError[], lang: Lang): Html {
  const error = errors.find((e) => e.field === field);
  if (!error) return html``;
  return html`<span class="form-error-message" id="${field}-error"><span class="sr-only">${pick(lang, { da: 'Fejl: ', en: 'Error: ' })}</span>${say(lang, error.text)}</span>`;
}

/** The attributes that tie a wrong control to its message; `hint` is the id of its hint, if any. */
export function invalidAttrs(field: string, errors: readonly FieldError[], hint?: string): Html {
  const wrong = errors.some((e) => e.field === field);
  const described = [wrong ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ');
  return html`${wrong ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
}

/** `form-group` with DKFDS's error mark when the field is wrong. */
export const groupClass = (field: string, errors: readonly FieldError[]) =>
  errors.some((e) => e.field === field) ? 'form-group form-error' : 'form-group';
