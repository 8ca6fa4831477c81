// The application form: builds the claim from the fields, shows the rules' calculation as the
// family types, uploads receipts with pre-signed PUTs and submits once per Idempotency-Key.
// Errors from the server are shown DKFDS's way: a summary at the top linking to each field, and
// each field marked with its message. After Back from the receipt page the form says it was sent.
const form = document.getElementById('application');
if (form) {
  document.documentElement.classList.add('js');
  const en = form.dataset.lang === 'en';
  const t = (da, english) => (en ? english : da);
  // One key per form: a retried submit (double click, network error) gives the same application.
  let idempotencyKey = crypto.randomUUID();
  // The upload ids that go with the application: exactly the list's items with an upload id.
  let receipts = [];
  // The rows each list sent, in the order the server numbers them (empty rows are left out).
  let sentRows = {};
  // The application this page sent, once it has; showing the page again starts a new one.
  let sent = false;
  const progress = document.getElementById('upload-progress');
  const uploaded = document.getElementById('uploaded');
  const calculation = document.getElementById('calculation');
  const summary = document.getElementById('form-errors');
  const alreadySent = document.getElementById('already-sent');
  const storageKey = `supplements:sent:${form.dataset.benefit}`;

  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  // Numbers as people type them: "1.799,00 kr.", "1 799,00 kr", "kr. 1.799,00", "1799.00",
  // "1.234,5 km". With both ',' and '.', the last is the decimal mark; a lone ',' is the decimal
  // mark; a lone '.' is one too, unless exactly three digits follow ("1.799": Danish thousands).
  // Undefined when the text is no number, so the server names the field.
  const plainNumber = (value) => {
    const text = String(value)
      .replace(/kr\.?|dkk|km|kg/gi, '')
      .replace(/[\s\u00a0\u202f']/g, '');
    const match = /^([-+]?)([\d.,]+)$/.exec(text);
    if (!match) return undefined;
    const [, sign, digits] = match;
    const commas = digits.split(',').length - 1;
    const dots = digits.split('.').length - 1;
    let decimal;
    let group;
    if (commas > 0 && dots > 0) {
      decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
      group = decimal === ',' ? '.' : ',';
    } else if (commas > 0) {
      [decimal, group] = commas === 1 ? [',', '.'] : [undefined, ','];
    } else if (dots > 0) {
      [decimal, group] = dots === 1 && !/^\d{1,3}\.\d{3}$/.test(digits) ? ['.', ','] : [undefined, '.'];
    }
    const parts = decimal ? digits.split(decimal) : [digits];
    if (parts.length > 2) return undefined;
    const [whole = '', fraction] = parts;
    // Grouping marks must group thousands ("1.234.567"), nowhere else.
    if (group && whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole))
      return undefined;
    const integer = group ? whole.split(group).join('') : whole;
    if (!/^\d+$/.test(integer) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
    return `${sign === '-' ? '-' : ''}${integer}${fraction !== undefined ? `.${fraction}` : ''}`;
  };
  // An amount as the interface carries it ("1799.00"); what cannot be read goes as typed, for the
  // server to name, and so do more than two decimals (never rounded away here).
  const dkk = (value) => {
    const plain = plainNumber(value);
    if (plain === undefined) return String(value);
    const [whole, fraction = ''] = plain.split('.');
    return fraction.length <= 2 ? `${whole}.${fraction.padEnd(2, '0')}` : plain;
  };
  // "1500.00" for people: "1.500,00 kr." in Danish, "DKK 1,500.00" in English.
  const money = (text) => {
    const match = /^(-?)(\d+)\.(\d{2})$/.exec(String(text));
    if (!match) return String(text);
    const [, sign, whole, ore] = match;
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, en ? ',' : '.');
    return en ? `${sign}DKK ${grouped}.${ore}` : `${sign}${grouped},${ore} kr.`;
  };
  const convert = (input) => {
    const v = input.value.trim();
    if (v === '') return undefined;
    switch (input.dataset.type) {
      case 'dkk':
        return dkk(v);
      case 'number': {
        const plain = plainNumber(v);
        return plain === undefined ? v : Number(plain);
      }
      case 'int': {
        const n = Number(v);
        return Number.isInteger(n) ? n : v;
      }
      case 'instant':
        return copenhagenInstant(v);
      default:
        return v;
    }
  };
  // A stay's "2026-11-06T14:00" is Copenhagen time, whatever time zone the phone is set to.
  const copenhagenParts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const copenhagenInstant = (local) => {
    const asUtc = new Date(`${local}Z`);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local) || Number.isNaN(asUtc.getTime())) return local;
    const part = (type) => Number(copenhagenParts.formatToParts(asUtc).find((p) => p.type === type)?.value);
    const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
    // Copenhagen is `shown - asUtc` ahead of UTC at that moment: the local time is that much earlier in UTC.
    return new Date(asUtc.getTime() - (shown - asUtc.getTime())).toISOString();
  };
  const fieldsOf = (root) => {
    const out = {};
    for (const input of root.querySelectorAll('[data-field]')) {
      const value = convert(input);
      if (value !== undefined) out[input.dataset.field] = value;
    }
    return out;
  };

  const claim = () => {
    const body = {
      municipality: form.dataset.municipality,
      benefit: form.dataset.benefit,
      applicant: fieldsOf(form.querySelector('[data-applicant]')),
      child: fieldsOf(form.querySelector('[data-child]')),
      receipts: [...receipts],
    };
    const rows = {};
    for (const list of form.querySelectorAll('[data-list]')) {
      const filled = [...list.querySelectorAll('[data-row]')]
        .map((row) => ({ row, fields: fieldsOf(row) }))
        .filter(({ fields }) => Object.keys(fields).length > 0);
      body[list.dataset.list] = filled.map(({ fields }) => fields);
      rows[list.dataset.list] = filled.map(({ row }) => row);
    }
    return { body, rows };
  };

  // --- Errors: the summary at the top, and each field's own message ---

  const labelOf = (control) => {
    const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    const text = (label?.textContent ?? control.id).trim();
    const list = control.closest('[data-list]');
    if (!list) return text;
    const rows = [...list.querySelectorAll('[data-row]')];
    const legend = list.querySelector('legend')?.textContent.trim() ?? '';
    if (rows.length < 2) return `${text} (${legend})`;
    const line = rows.indexOf(control.closest('[data-row]')) + 1;
    return `${text} (${legend}, ${t('linje', 'line')} ${line})`;
  };

  /**
   * Where an error's path ("applicant.name", "expenses[0].amount", "child.birthDate", "trips",
   * "receipts[1]") is on the page: the control to link to, and the element the message goes in.
   */
  const locate = (path, rowsOf = sentRows) => {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/.exec(path ?? '');
    if (!match) return undefined;
    const [, top, index, field] = match;
    const part = { applicant: '[data-applicant]', child: '[data-child]' }[top];
    if (part) {
      if (index !== undefined || !field) return undefined;
      const control = form.querySelector(`${part} [data-field="${field}"]`);
      return control ? { control, label: labelOf(control) } : undefined;
    }
    if (top === 'receipts') {
      const control = document.getElementById('receipts');
      return { control, label: labelOf(control) };
    }
    const list = form.querySelector(`[data-list="${top}"]`);
    if (!list) return undefined;
    const legend = list.querySelector('legend')?.textContent.trim() ?? top;
    if (index === undefined) {
      // The whole list (nothing filled in): the message under the legend, the link to its first field.
      return field ? undefined : { control: list.querySelector('[data-field]'), label: legend, list };
    }
    const row = rowsOf[top]?.[Number(index)];
    if (!row) return undefined;
    const control = row.querySelector(field ? `[data-field="${field}"]` : '[data-field]');
    return control ? { control, label: labelOf(control) } : undefined;
  };

  const describedBy = (control, add, remove) => {
    const ids = (control.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id && id !== remove);
    if (add) ids.unshift(add);
    if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  };

  /** Takes the error marks off a part of the page (the form, or a copied row). */
  const clearMarks = (root) => {
    for (const message of root.querySelectorAll('[data-error-for]')) message.remove();
    for (const group of root.querySelectorAll('.form-error')) group.classList.remove('form-error');
    for (const control of root.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
      describedBy(control, undefined, `${control.id}-error`);
    }
    for (const list of root.querySelectorAll('[data-list][aria-describedby]'))
      list.removeAttribute('aria-describedby');
  };
  const clearErrors = () => {
    summary.replaceChildren();
    clearMarks(form);
  };

  const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const errorMessage = (id, text) => {
    const message = el('span', undefined, 'form-error-message');
    message.id = id;
    message.dataset.errorFor = '';
    message.append(el('span', t('Fejl: ', 'Error: '), 'sr-only'), capitalised(text));
    return message;
  };

  /** Marks one field (or list) with its message, returns the summary's entry. */
  const markField = (error, text) => {
    const place = locate(error.path);
    if (!place?.control) return { text: error.path ? `${error.path}: ${text}` : capitalised(text) };
    const { control, label, list } = place;
    if (list) {
      if (!list.querySelector(`#${CSS.escape(`${error.path}-error`)}`)) {
        list.querySelector('legend').after(errorMessage(`${error.path}-error`, text));
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
      (hint ?? group.querySelector('.form-label')).after(errorMessage(id, text));
      control.setAttribute('aria-invalid', 'true');
      describedBy(control, id);
    }
    return { text: `${label}: ${text}`, control };
  };

  // Like DKFDS's error-summary module: the label (or legend) scrolled into view, then the field focused.
  const focusField = (control) => {
    const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    (label ?? control).scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  };

  const showErrors = (list) => {
    clearErrors();
    if (list.length === 0) return;
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
    for (const error of list) {
      const text = (en ? error.en : error.da) ?? error.message ?? '';
      const entry = markField(error, text);
      const li = el('li');
      if (entry.control) {
        const a = el('a', entry.text, 'function-link');
        a.href = `#${entry.control.id}`;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          focusField(entry.control);
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

  // --- The live calculation ---

  let evaluation = 0;
  const evaluate = async () => {
    const mine = ++evaluation;
    const { body, rows } = claim();
    // The calculation needs neither the receipts nor who anyone is: names, e-mail and CPR numbers
    // go only with the application; the rules read the applicant's role alone.
    const { receipts: _r, child: { name: _n, cpr: _c, ...child } = {}, applicant, ...rest } = body;
    let response;
    let answer;
    try {
      response = await fetch('/api/rules/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // No submittedAt: the server judges the claim as received now, on its own clock.
        body: JSON.stringify({ ...rest, applicant: { role: applicant.role }, child }),
      });
      answer = await response.json();
    } catch {
      return;
    }
    if (mine !== evaluation) return;
    calculation.replaceChildren();
    if (!response.ok) {
      // What is typed but wrong (a date after today, an amount too large) is said as it is; only
      // what is missing asks to be filled in.
      const wrong = (answer?.errors ?? []).filter((error) => error.en !== 'is required');
      if (wrong.length === 0) {
        calculation.append(
          el(
            'p',
            t(
              'Udfyld de manglende felter for at se beregningen.',
              'Fill in the missing fields to see the calculation.',
            ),
          ),
        );
        return;
      }
      const list = el('ul');
      for (const error of wrong) {
        const text = (en ? error.en : error.da) ?? '';
        const where = locate(error.path, rows)?.label;
        list.append(el('li', where ? `${where}: ${text}` : capitalised(text), 'calculation-problem'));
      }
      calculation.append(
        el('p', t('Beregningen kan ikke laves, fordi:', 'The calculation cannot be made because:')),
        list,
      );
      return;
    }
    const p = el(
      'p',
      `${t('Kan udbetales efter reglerne', 'Payable under the rules')}: ${money(answer.payable)}`,
      'calculation-payable',
    );
    p.dataset.payable = answer.payable;
    const ul = el('ul');
    for (const reason of answer.reasons) ul.append(el('li', en ? reason.en : reason.da));
    calculation.append(p, ul);
  };
  let timer;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(evaluate, 250);
  });
  form.addEventListener('change', evaluate);

  for (const button of form.querySelectorAll('[data-add-row]')) {
    button.addEventListener('click', () => {
      const list = button.closest('[data-list]');
      const rows = list.querySelectorAll('[data-row]');
      const copy = rows[0].cloneNode(true);
      clearMarks(copy);
      for (const node of copy.querySelectorAll('[id]')) node.id = node.id.replace('-0-', `-${rows.length}-`);
      for (const node of copy.querySelectorAll('[for]'))
        node.htmlFor = node.htmlFor.replace('-0-', `-${rows.length}-`);
      for (const node of copy.querySelectorAll('[aria-describedby]'))
        node.setAttribute(
          'aria-describedby',
          node.getAttribute('aria-describedby').replaceAll('-0-', `-${rows.length}-`),
        );
      for (const input of copy.querySelectorAll('input, select')) {
        input.name = input.id;
        if (input.tagName === 'SELECT') input.selectedIndex = 0;
        else input.value = '';
      }
      button.before(copy);
      copy.querySelector('input, select')?.focus();
    });
  }

  // --- Receipts ---

  const submit = form.querySelector('button[type=submit]');
  const uploads = window.receiptUploads(document.getElementById('receipts'), {
    en,
    progress,
    list: uploaded,
    onUploaded: (uploadId) => receipts.push(uploadId),
    onBusy: (busy) => {
      submit.disabled = busy;
    },
  });

  // --- Sent before, in this tab ---

  const readSent = () => {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    } catch {
      return null;
    }
  };
  const rememberSent = (id, statusToken) => {
    try {
      // The status token stays in this tab (and in the link's fragment): never in a query or a request.
      sessionStorage.setItem(storageKey, JSON.stringify({ id, statusToken }));
    } catch {
      // Storage refused (private mode): the notice is then not shown.
    }
  };
  const showAlreadySent = (record) => {
    alreadySent.replaceChildren();
    if (!record?.id) return;
    const box = el('div', undefined, 'alert alert-info');
    const body = el('div', undefined, 'alert-body');
    body.append(
      el(
        'p',
        t(
          'Du har allerede sendt en ansøgning fra denne formular. Sender du igen, bliver det en ny ansøgning.',
          'You have already sent an application from this form. If you send it again, it becomes a new application.',
        ),
        'alert-text',
      ),
    );
    if (typeof record.statusToken === 'string' && /^[\x21-\x7e]+$/.test(record.statusToken)) {
      const p = el('p', undefined, 'alert-text');
      const a = el('a', t('Se den ansøgning, du har sendt', 'See the application you sent'));
      a.href = `/status/${encodeURIComponent(record.id)}${en ? '?lang=en' : ''}#${record.statusToken}`;
      a.id = 'already-sent-link';
      p.append(a);
      body.append(p);
    }
    box.append(body);
    alreadySent.append(box);
  };

  // On every showing of the page, the first and after Back (also from the back/forward cache): the
  // file input holds nothing the application would not carry, and a form already sent says so.
  window.addEventListener('pageshow', () => {
    if (sent) {
      // Back to the very page that sent: its receipts went with that application; a new key, a new one.
      sent = false;
      idempotencyKey = crypto.randomUUID();
      receipts = [];
      clearErrors();
    }
    uploads.reset(receipts);
    showAlreadySent(readSent());
    submit.disabled = false;
    // The browser may have filled the fields in again: the calculation follows them.
    if ([...form.querySelectorAll('input[data-field]')].some((input) => input.value.trim() !== ''))
      evaluate();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    try {
      const { body, rows } = claim();
      sentRows = rows;
      let response;
      let answer;
      try {
        response = await fetch('/api/applications', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
          body: JSON.stringify(body),
        });
        answer = await response.json();
      } catch {
        showErrors([
          {
            path: '',
            da: 'ansøgningen kunne ikke sendes. Tjek forbindelsen, og prøv igen.',
            en: 'the application could not be sent. Check the connection and try again.',
          },
        ]);
        return;
      }
      if (!response.ok) {
        showErrors(
          answer.errors?.length
            ? answer.errors
            : [{ path: '', da: 'noget gik galt. Prøv igen.', en: 'something went wrong. Try again.' }],
        );
        return;
      }
      sent = true;
      rememberSent(answer.id, answer.statusToken);
      const lang = en ? '?lang=en' : '';
      location.assign(`/kvittering/${answer.id}${lang}#${answer.statusToken}`);
    } finally {
      submit.disabled = false;
    }
  });
}
