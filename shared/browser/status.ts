// The family's status: the token lives in the URL fragment (never sent to the server in the
// address) and goes to the API as a Bearer token. The words come from the server (`explained`),
// in both languages, dated on the system's clock; this script only places them.
import { byId, el, sayer } from './dom';

/** Words in both languages, as the server sends them. */
type Words = { da: string; en: string };

/** What GET /api/applications/:id answers that this page shows (shared/http/status-words.ts). */
type StatusAnswer = {
  id: string;
  status: string;
  decision?: { benefit?: { name?: Words } };
  timeline?: { at?: string }[];
  explained: {
    state: Words;
    outcome: { kind: string; heading: Words; text?: Words };
    payout?: Words;
    reasons: { text: Words; source?: Words }[];
    next: Words;
    claimed: { lines: { text: Words; amount: Words }[]; total: Words };
    timeline: { day: Words; text: Words; status: string }[];
  };
};

const alertKind: Record<string, string> = {
  granted: 'success',
  'partly-granted': 'warning',
  rejected: 'error',
  failed: 'error',
};

const root = byId('status');
if (root) {
  const en = root.dataset.lang === 'en';
  const t = sayer(en);
  const say = (words: Words | undefined) => (words ? (en ? words.en : words.da) : '');
  const token = decodeURIComponent(location.hash.slice(1));
  const id = root.dataset.id ?? '';
  const lang = en ? '?lang=en' : '';

  // The link to keep, and the language switch, both carry the fragment along.
  const link = byId<HTMLAnchorElement>('status-link');
  if (link && token) {
    link.href = `/status/${id}${lang}#${token}`;
    link.textContent = new URL(link.href, location.href).href;
    // One tap copies the link on a phone, where selecting a long address by hand is hard.
    const copy = byId('copy-status-link');
    const copied = byId('copy-result');
    if (copy && copied && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', () =>
        navigator.clipboard.writeText(link.href).then(
          () => {
            copied.textContent = t('Linket er kopieret.', 'The link is copied.');
          },
          () => {
            copied.textContent = t(
              'Linket kunne ikke kopieres; markér det i stedet.',
              'The link could not be copied; select it instead.',
            );
          },
        ),
      );
    }
  }
  const other = document.querySelector<HTMLAnchorElement>('.lang-switch');
  if (other && token) other.href = `${other.getAttribute('href')}#${token}`;

  const render = (app: StatusAnswer) => {
    const words = app.explained;
    const parts: HTMLElement[] = [];

    // The case reference the letters and e-mails use, what was applied for, and where it stands.
    const dl = el('dl', undefined, 'status-facts');
    const row = (term: string, value: string) => dl.append(el('dt', term), el('dd', value));
    row(t('Sag', 'Case'), String(app.id).slice(0, 8).toUpperCase());
    const benefit = app.decision?.benefit?.name;
    if (benefit) row(t('Ydelse', 'Benefit'), say(benefit));
    row(t('Status', 'Status'), say(words.state));
    parts.push(dl);

    // The outcome, with the reasons for a refusal or a reduction.
    const outcome = el(
      'div',
      undefined,
      `alert alert-${alertKind[words.outcome.kind] ?? 'info'} status-outcome`,
    );
    const body = el('div', undefined, 'alert-body');
    body.append(el('h2', say(words.outcome.heading), 'alert-heading h3'));
    if (words.outcome.text) body.append(el('p', say(words.outcome.text), 'alert-text'));
    if (words.payout) body.append(el('p', say(words.payout), 'alert-text status-payout'));
    outcome.append(body);
    parts.push(outcome);
    if (words.reasons.length > 0) {
      parts.push(el('h2', t('Begrundelse', 'Reasons')));
      const list = el('ul', undefined, 'status-reasons');
      for (const reason of words.reasons) {
        const li = el('li', say(reason.text));
        if (reason.source) li.append(el('span', say(reason.source), 'reason-source'));
        list.append(li);
      }
      parts.push(list);
    }

    // What happens next, and when.
    parts.push(
      el('h2', t('Hvad sker der nu?', 'What happens next?')),
      el('p', say(words.next), 'status-next'),
    );
    // What was claimed, line by line.
    if (words.claimed.lines.length > 0) {
      parts.push(el('h2', t('Det har du søgt om', 'What you applied for')));
      const list = el('ul', undefined, 'nobullet-list claimed-lines');
      for (const line of words.claimed.lines) {
        const li = el('li', undefined, 'claimed-line');
        li.append(el('span', say(line.text), 'claimed-text'), el('span', say(line.amount), 'claimed-amount'));
        list.append(li);
      }
      const total = el('li', undefined, 'claimed-line claimed-total');
      total.append(
        el('span', t('I alt', 'Total'), 'claimed-text'),
        el('span', say(words.claimed.total), 'claimed-amount'),
      );
      list.append(total);
      parts.push(list);
    }

    // The history, newest last.
    parts.push(el('h2', t('Forløb', 'Timeline')));
    const list = el('ol', undefined, 'timeline');
    words.timeline.forEach((entry, i) => {
      const li = el('li');
      const time = el('time', say(entry.day));
      time.dateTime = app.timeline?.[i]?.at ?? '';
      li.append(time, ` ${say(entry.text)}`);
      li.dataset.status = entry.status;
      list.append(li);
    });
    parts.push(list);

    root.replaceChildren(...parts);
    root.dataset.status = app.status;
  };

  const fail = (text: string) => {
    const box = el('div', undefined, 'alert alert-error');
    box.append(el('p', text, 'alert-text'));
    root.replaceChildren(box);
  };

  if (!token)
    fail(
      t(
        'Linket mangler sin nøgle. Brug hele linket, du fik.',
        'The link lacks its key. Use the whole link you were given.',
      ),
    );
  else
    fetch(`/api/applications/${id}`, { headers: { authorization: `Bearer ${token}` } })
      .then(async (response) => {
        if (!response.ok)
          return fail(
            t(
              'Ansøgningen kan ikke vises med dette link.',
              'The application cannot be shown with this link.',
            ),
          );
        render((await response.json()) as StatusAnswer);
      })
      .catch(() =>
        fail(t('Status kunne ikke hentes. Prøv igen.', 'The status could not be fetched. Try again.')),
      );
}
