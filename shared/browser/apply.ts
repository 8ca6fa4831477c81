// The application form: builds the claim from the fields, shows the rules' calculation as the
// family types, uploads receipts with pre-signed PUTs and submits once per Idempotency-Key.
// Errors from the server are shown DKFDS's way (apply-errors.ts). After Back from the receipt
// page the form says it was sent.
import { moneyText } from '../domain/money';
import { claimOf } from './apply-claim';
import { formErrors } from './apply-errors';
import { byId, capitalised, el, type ServerError, sayer } from './dom';
import { receiptUploads } from './upload';

/** What POST /api/rules/evaluate answers. */
type Evaluation = {
  payable?: string;
  reasons?: { da: string; en: string }[];
  errors?: ServerError[];
};

const form = byId<HTMLFormElement>('application');
const progress = byId<HTMLProgressElement>('upload-progress');
const uploaded = byId('uploaded');
const calculation = byId('calculation');
const summary = byId('form-errors');
const alreadySent = byId('already-sent');
const receiptInput = byId<HTMLInputElement>('receipts');
const submit = form?.querySelector<HTMLButtonElement>('button[type=submit]');
if (form && progress && uploaded && calculation && summary && alreadySent && receiptInput && submit) {
  document.documentElement.classList.add('js');
  const en = form.dataset.lang === 'en';
  const t = sayer(en);
  const errors = formErrors(form, summary, en);
  // One key per form: a retried submit (double click, network error) gives the same application.
  let idempotencyKey = crypto.randomUUID();
  // The upload ids that go with the application: exactly the list's items with an upload id.
  let receipts: string[] = [];
  // The rows each list sent, in the order the server numbers them (empty rows are left out).
  let sentRows: Record<string, HTMLElement[]> = {};
  // The application this page sent, once it has; showing the page again starts a new one.
  let sent = false;
  const storageKey = `supplements:sent:${form.dataset.benefit}`;

  // --- The live calculation ---

  let evaluation = 0;
  const evaluate = async () => {
    const mine = ++evaluation;
    const { body, rows } = claimOf(form, receipts);
    // The calculation needs neither the receipts nor who anyone is: names, e-mail and CPR numbers
    // go only with the application; the rules read the applicant's role alone.
    const { receipts: _r, child: { name: _n, cpr: _c, ...child } = {}, applicant, ...rest } = body;
    let response: Response;
    let answer: Evaluation;
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
        const where = errors.locate(error.path, rows)?.label;
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
      `${t('Kan udbetales efter reglerne', 'Payable under the rules')}: ${moneyText(en ? 'en' : 'da', answer.payable)}`,
      'calculation-payable',
    );
    p.dataset.payable = answer.payable ?? '';
    const ul = el('ul');
    for (const reason of answer.reasons ?? []) ul.append(el('li', en ? reason.en : reason.da));
    calculation.append(p, ul);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(evaluate, 250);
  });
  form.addEventListener('change', evaluate);

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-add-row]')) {
    button.addEventListener('click', () => {
      const list = button.closest('[data-list]');
      const rows = list?.querySelectorAll('[data-row]') ?? [];
      const copy = rows[0]?.cloneNode(true) as HTMLElement | undefined;
      if (!copy) return;
      errors.clearMarks(copy);
      const renumbered = (text: string) => text.replaceAll('-0-', `-${rows.length}-`);
      for (const node of copy.querySelectorAll('[id]')) node.id = node.id.replace('-0-', `-${rows.length}-`);
      for (const node of copy.querySelectorAll<HTMLLabelElement>('[for]'))
        node.htmlFor = node.htmlFor.replace('-0-', `-${rows.length}-`);
      for (const node of copy.querySelectorAll('[aria-describedby]'))
        node.setAttribute('aria-describedby', renumbered(node.getAttribute('aria-describedby') ?? ''));
      for (const input of copy.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        input.name = input.id;
        if (input instanceof HTMLSelectElement) input.selectedIndex = 0;
        else input.value = '';
      }
      button.before(copy);
      copy.querySelector<HTMLElement>('input, select')?.focus();
    });
  }

  // --- Receipts ---

  const uploads = receiptUploads(receiptInput, {
    en,
    progress,
    list: uploaded,
    onUploaded: (uploadId) => receipts.push(uploadId),
    onBusy: (busy) => {
      submit.disabled = busy;
    },
  });

  // --- Sent before, in this tab ---

  type SentRecord = { id?: string; statusToken?: unknown };
  const readSent = (): SentRecord | null => {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    } catch {
      return null;
    }
  };
  const rememberSent = (id: string, statusToken: string) => {
    try {
      // The status token stays in this tab (and in the link's fragment): never in a query or a request.
      sessionStorage.setItem(storageKey, JSON.stringify({ id, statusToken }));
    } catch {
      // Storage refused (private mode): the notice is then not shown.
    }
  };
  const showAlreadySent = (record: SentRecord | null) => {
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
      errors.clear();
    }
    uploads.reset(receipts);
    showAlreadySent(readSent());
    submit.disabled = false;
    // The browser may have filled the fields in again: the calculation follows them.
    if (
      [...form.querySelectorAll<HTMLInputElement>('input[data-field]')].some(
        (input) => input.value.trim() !== '',
      )
    )
      evaluate();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    submit.disabled = true;
    try {
      const { body, rows } = claimOf(form, receipts);
      sentRows = rows;
      let response: Response;
      let answer: { id: string; statusToken: string; errors?: ServerError[] };
      try {
        response = await fetch('/api/applications', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
          body: JSON.stringify(body),
        });
        answer = await response.json();
      } catch {
        errors.show(
          [
            {
              path: '',
              da: 'ansøgningen kunne ikke sendes. Tjek forbindelsen, og prøv igen.',
              en: 'the application could not be sent. Check the connection and try again.',
            },
          ],
          sentRows,
        );
        return;
      }
      if (!response.ok) {
        errors.show(
          answer.errors?.length
            ? answer.errors
            : [{ path: '', da: 'noget gik galt. Prøv igen.', en: 'something went wrong. Try again.' }],
          sentRows,
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
