// The application form: builds the claim from the fields, shows the rules' calculation as the
// family types, uploads receipts with pre-signed PUTs and submits once per Idempotency-Key.
const form = document.getElementById('application');
if (form) {
  document.documentElement.classList.add('js');
  const en = form.dataset.lang === 'en';
  const t = (da, english) => (en ? english : da);
  // One key per form: a retried submit (double click, network error) gives the same application.
  const idempotencyKey = crypto.randomUUID();
  const receipts = [];
  const progress = document.getElementById('upload-progress');
  const uploaded = document.getElementById('uploaded');
  const calculation = document.getElementById('calculation');
  const errors = document.getElementById('form-errors');

  const dkk = (value) => {
    const n = Number(
      String(value)
        .replace(/\s/g, '')
        .replace(/\.(?=\d{3}(\D|$))/g, '')
        .replace(',', '.'),
    );
    return Number.isFinite(n) && String(value).trim() !== '' ? n.toFixed(2) : String(value);
  };
  const kroner = (text) =>
    `${Number(text).toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr.`;
  const convert = (input) => {
    const v = input.value.trim();
    if (v === '') return undefined;
    switch (input.dataset.type) {
      case 'dkk':
        return dkk(v);
      case 'number':
        return Number(v.replace(',', '.'));
      case 'int':
        return Number.parseInt(v, 10);
      case 'instant':
        return new Date(v).toISOString();
      default:
        return v;
    }
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
    for (const list of form.querySelectorAll('[data-list]')) {
      body[list.dataset.list] = [...list.querySelectorAll('[data-row]')]
        .map(fieldsOf)
        .filter((row) => Object.keys(row).length > 0);
    }
    return body;
  };

  const showErrors = (target, list) => {
    target.replaceChildren();
    if (list.length === 0) return;
    const box = document.createElement('div');
    box.className = 'alert alert-error';
    const ul = document.createElement('ul');
    for (const e of list) {
      const li = document.createElement('li');
      li.textContent = `${e.path ? `${e.path}: ` : ''}${(en ? e.en : e.da) ?? e.message}`;
      ul.append(li);
    }
    box.append(ul);
    target.append(box);
  };

  let evaluation = 0;
  const evaluate = async () => {
    const mine = ++evaluation;
    const { receipts: _r, ...rest } = claim();
    const response = await fetch('/api/rules/evaluate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...rest, submittedAt: new Date().toISOString() }),
    });
    if (mine !== evaluation) return;
    const answer = await response.json();
    calculation.replaceChildren();
    if (!response.ok) {
      const p = document.createElement('p');
      p.textContent = t(
        'Udfyld de manglende felter for at se beregningen.',
        'Fill in the missing fields to see the calculation.',
      );
      calculation.append(p);
      return;
    }
    const p = document.createElement('p');
    p.className = 'calculation-payable';
    p.textContent = `${t('Kan udbetales efter reglerne', 'Payable under the rules')}: ${kroner(answer.payable)}`;
    const ul = document.createElement('ul');
    for (const reason of answer.reasons) {
      const li = document.createElement('li');
      li.textContent = en ? reason.en : reason.da;
      ul.append(li);
    }
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
      for (const el of copy.querySelectorAll('[id]')) el.id = el.id.replace('-0-', `-${rows.length}-`);
      for (const el of copy.querySelectorAll('[for]'))
        el.htmlFor = el.htmlFor.replace('-0-', `-${rows.length}-`);
      for (const el of copy.querySelectorAll('[aria-describedby]'))
        el.setAttribute(
          'aria-describedby',
          el.getAttribute('aria-describedby').replace('-0-', `-${rows.length}-`),
        );
      for (const input of copy.querySelectorAll('input')) {
        input.name = input.id;
        input.value = '';
      }
      button.before(copy);
      copy.querySelector('input')?.focus();
    });
  }

  const submit = form.querySelector('button[type=submit]');
  window.receiptUploads(document.getElementById('receipts'), {
    en,
    progress,
    list: uploaded,
    onUploaded: (uploadId) => receipts.push(uploadId),
    onBusy: (busy) => {
      submit.disabled = busy;
    },
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = submit;
    button.disabled = true;
    try {
      const response = await fetch('/api/applications', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(claim()),
      });
      const answer = await response.json();
      if (!response.ok) {
        showErrors(
          errors,
          answer.errors ?? [{ path: '', da: 'Noget gik galt.', en: 'Something went wrong.' }],
        );
        errors.querySelector('.alert')?.scrollIntoView();
        return;
      }
      const lang = en ? '?lang=en' : '';
      location.assign(`/kvittering/${answer.id}${lang}#${answer.statusToken}`);
    } finally {
      button.disabled = false;
    }
  });
}
