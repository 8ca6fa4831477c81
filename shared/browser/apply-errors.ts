// Errors on the application form, shown DKFDS's way: a summary at the top linking to each field,
// and each field (or list) marked with its message, described by it for screen readers.
import { capitalised, el, focusField, type ServerError, sayer } from './dom';

/** Where an error belongs on the page: the control to link to, its label, and the list for a whole-list error. */
type Place = { control: HTMLElement | null; label: string; list?: HTMLElement };

/** The form's error marks, and where an error's path is on the page. */
export type FormErrors = {
  locate(path: string | undefined, rowsOf: Record<string, HTMLElement[]>): Place | undefined;
  show(errors: ServerError[], rowsOf: Record<string, HTMLElement[]>): void;
  clear(): void;
  clearMarks(root: Element): void;
};

/** Sets or takes an id off a control's `aria-describedby`, keeping the others. */
function describedBy(control: Element, add: string | undefined, remove?: string): void {
  const ids = (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((id) => id && id !== remove);
  if (add) ids.unshift(add);
  if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

/** The error marks of `form`, with the summary shown in `summary`. */
export function formErrors(form: HTMLFormElement, summary: HTMLElement, en: boolean): FormErrors {
  const t = sayer(en);

  const labelOf = (control: HTMLElement) => {
    const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    const text = (label?.textContent ?? control.id).trim();
    const list = control.closest('[data-list]');
    if (!list) return text;
    const rows = [...list.querySelectorAll('[data-row]')];
    const legend = list.querySelector('legend')?.textContent?.trim() ?? '';
    if (rows.length < 2) return `${text} (${legend})`;
    const line = rows.indexOf(control.closest('[data-row]') as Element) + 1;
    return `${text} (${legend}, ${t('linje', 'line')} ${line})`;
  };

  /**
   * Where an error's path ("applicant.name", "expenses[0].amount", "child.birthDate", "trips",
   * "receipts[1]") is on the page: the control to link to, and the element the message goes in.
   */
  const locate: FormErrors['locate'] = (path, rowsOf) => {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/.exec(path ?? '');
    if (!match) return undefined;
    const [, top = '', index, field] = match;
    const part = ({ applicant: '[data-applicant]', child: '[data-child]' } as Record<string, string>)[top];
    if (part) {
      if (index !== undefined || !field) return undefined;
      const control = form.querySelector<HTMLElement>(`${part} [data-field="${field}"]`);
      return control ? { control, label: labelOf(control) } : undefined;
    }
    if (top === 'receipts') {
      const control = document.getElementById('receipts');
      return control ? { control, label: labelOf(control) } : undefined;
    }
    const list = form.querySelector<HTMLElement>(`[data-list="${top}"]`);
    if (!list) return undefined;
    const legend = list.querySelector('legend')?.textContent?.trim() ?? top;
    if (index === undefined) {
      // The whole list (nothing filled in): the message under the legend, the link to its first field.
      return field
        ? undefined
        : { control: list.querySelector<HTMLElement>('[data-field]'), label: legend, list };
    }
    const row = rowsOf[top]?.[Number(index)];
    if (!row) return undefined;
    const control = row.querySelector<HTMLElement>(field ? `[data-field="${field}"]` : '[data-field]');
    return control ? { control, label: labelOf(control) } : undefined;
  };

  /** Takes the error marks off a part of the page (the form, or a copied row). */
  const clearMarks = (root: Element) => {
    for (const message of root.querySelectorAll('[data-error-for]')) message.remove();
    for (const group of root.querySelectorAll('.form-error')) group.classList.remove('form-error');
    for (const control of root.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
      describedBy(control, undefined, `${control.id}-error`);
    }
    for (const list of root.querySelectorAll('[data-list][aria-describedby]'))
      list.removeAttribute('aria-describedby');
  };
  const clear = () => {
    summary.replaceChildren();
    clearMarks(form);
  };

  const errorMessage = (id: string, text: string) => {
    const message = el('span', undefined, 'form-error-message');
    message.id = id;
    message.dataset.errorFor = '';
    message.append(el('span', t('Fejl: ', 'Error: '), 'sr-only'), capitalised(text));
    return message;
  };

  /** Marks one field (or list) with its message, returns the summary's entry. */
  const markField = (
    error: ServerError,
    text: string,
    rowsOf: Record<string, HTMLElement[]>,
  ): { text: string; control?: HTMLElement } => {
    const place = locate(error.path, rowsOf);
    if (!place?.control) return { text: error.path ? `${error.path}: ${text}` : capitalised(text) };
    const { control, label, list } = place;
    if (list) {
      if (!list.querySelector(`#${CSS.escape(`${error.path}-error`)}`)) {
        list.querySelector('legend')?.after(errorMessage(`${error.path}-error`, text));
        list.setAttribute('aria-describedby', `${error.path}-error`);
      }
      return { text: `${label}: ${text}`, control };
    }
    const group = control.closest('.form-group');
    const id = `${control.id}-error`;
    const existing = document.getElementById(id);
    if (existing) existing.append(`. ${capitalised(text)}`);
    else if (group) {
      group.classList.add('form-error');
      const hint = group.querySelector('.form-hint');
      (hint ?? group.querySelector('.form-label'))?.after(errorMessage(id, text));
      control.setAttribute('aria-invalid', 'true');
      describedBy(control, id);
    }
    return { text: `${label}: ${text}`, control };
  };

  const show: FormErrors['show'] = (errors, rowsOf) => {
    clear();
    if (errors.length === 0) return;
    // DKFDS's error summary: "Der er problemer", then a link to each wrong field.
    const box = el('div', undefined, 'alert alert-error');
    box.id = 'error-summary';
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', 'error-summary-heading');
    box.tabIndex = -1;
    const body = el('div', undefined, 'alert-body');
    const heading = el('h2', t('Der er problemer', 'There is a problem'), 'alert-heading');
    heading.id = 'error-summary-heading';
    const intro = el(
      'p',
      t(
        'Ansøgningen er ikke sendt. Ret disse felter, og send igen:',
        'The application has not been sent. Correct these fields and send again:',
      ),
      'alert-text',
    );
    const ul = el('ul', undefined, 'alert-text nobullet-list');
    for (const error of errors) {
      const text = (en ? error.en : error.da) ?? error.message ?? '';
      const entry = markField(error, text, rowsOf);
      const li = el('li');
      const control = entry.control;
      if (control) {
        const a = el('a', entry.text, 'function-link');
        a.href = `#${control.id}`;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          focusField(control);
        });
        li.append(a);
      } else li.textContent = entry.text;
      ul.append(li);
    }
    body.append(heading, intro, ul);
    box.append(body);
    summary.append(box);
    box.scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  };

  return { locate, show, clear, clearMarks };
}
