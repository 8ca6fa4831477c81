// The family's status: the token lives in the URL fragment (never sent to the server in the
// address) and goes to the API as a Bearer token.
const root = document.getElementById('status');
if (root) {
  const en = root.dataset.lang === 'en';
  const t = (da, english) => (en ? english : da);
  const labels = JSON.parse(root.dataset.labels);
  const label = (group, key) => (labels[group][key] ? labels[group][key][en ? 'en' : 'da'] : key);
  const token = decodeURIComponent(location.hash.slice(1));
  const id = root.dataset.id;
  const lang = en ? '?lang=en' : '';

  // The link to keep, and the language switch, both carry the fragment along.
  const link = document.getElementById('status-link');
  if (link && token) {
    link.href = `/status/${id}${lang}#${token}`;
    link.textContent = new URL(link.href, location.href).href;
  }
  const other = document.querySelector('.lang-switch');
  if (other && token) other.href = `${other.getAttribute('href')}#${token}`;

  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  // "1500.00" for people: "1.500,00 kr." in Danish, "DKK 1,500.00" in English (as the server's pages).
  const kroner = (text) => {
    const match = /^(-?)(\d+)\.(\d{2})$/.exec(String(text));
    if (!match) return String(text);
    const [, sign, whole, ore] = match;
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, en ? ',' : '.');
    return en ? `${sign}DKK ${grouped}.${ore}` : `${sign}${grouped},${ore} kr.`;
  };
  // Days as people write them: "23. november 2026", "23 November 2026", in Copenhagen.
  const dayFormat = new Intl.DateTimeFormat(en ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });
  const day = (instant) => {
    // A calendar day ("2026-11-23") is that day; an instant is the Copenhagen day it falls on.
    const time = new Date(/^\d{4}-\d{2}-\d{2}$/.test(instant) ? `${instant}T12:00:00Z` : instant);
    return Number.isNaN(time.getTime()) ? String(instant) : dayFormat.format(time);
  };

  const render = (app) => {
    const dl = el('dl');
    const row = (term, value) => dl.append(el('dt', term), el('dd', value));
    // The case reference the letters and e-mails use, and what was applied for.
    row(t('Sag', 'Case'), String(app.id).slice(0, 8).toUpperCase());
    const benefit = app.decision?.benefit?.name;
    if (benefit) row(t('Ydelse', 'Benefit'), en ? benefit.en : benefit.da);
    row(t('Status', 'Status'), label('status', app.status));
    if (app.decision) {
      row(t('Ansøgt', 'Claimed'), kroner(app.decision.claimed));
      row(t('Kan udbetales efter reglerne', 'Payable under the rules'), kroner(app.decision.payable));
      if (app.decision.caseworker?.granted)
        row(t('Bevilget', 'Granted'), kroner(app.decision.caseworker.granted));
      if (app.decision.caseworker?.reason) row(t('Begrundelse', 'Reason'), app.decision.caseworker.reason);
    }
    if (app.payout) {
      row(t('Udbetales', 'Payout'), `${kroner(app.payout.amount)} · ${day(app.payout.dueDate)}`);
      if (app.payout.paidAt) row(t('Udbetalt', 'Paid'), day(app.payout.paidAt));
      else if (app.payout.returned?.correctedAt)
        row(
          t('Udbetalingen', 'The payout'),
          t(
            'Banken sendte udbetalingen retur; sagsbehandleren har rettet den, og den udbetales på datoen ovenfor.',
            'The bank returned the payout; the caseworker has corrected it, and it is paid on the date above.',
          ),
        );
      else if (app.payout.returned)
        row(
          t('Udbetalingen', 'The payout'),
          t(
            'Banken kunne ikke udbetale pengene. Sagsbehandleren retter udbetalingen, og du får besked, når den er sendt igen.',
            'The bank could not pay the money. The caseworker is correcting the payout, and you will hear when it is sent again.',
          ),
        );
    }
    const heading = el('h2', t('Forløb', 'Timeline'));
    const list = el('ol', undefined, 'timeline');
    for (const entry of app.timeline ?? []) {
      const li = el('li');
      const time = el('time', day(entry.at));
      time.dateTime = entry.at;
      const notes = {
        answered: t('Dit svar er modtaget', 'Your answer was received'),
        escalated: t('Sendt videre til teamleder', 'Passed on to the team lead'),
        'payout-returned': t('Banken sendte udbetalingen retur', 'The bank returned the payout'),
        'payout-corrected': t(
          'Udbetalingen er rettet og sendt igen',
          'The payout was corrected and sent again',
        ),
      };
      li.append(time, ` ${notes[entry.note] ?? label('status', entry.status)}`);
      li.dataset.status = entry.status;
      list.append(li);
    }
    root.replaceChildren(dl, heading, list);
    root.dataset.status = app.status;
  };

  const fail = (text) => {
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
        render(await response.json());
      })
      .catch(() =>
        fail(t('Status kunne ikke hentes. Prøv igen.', 'The status could not be fetched. Try again.')),
      );
}
