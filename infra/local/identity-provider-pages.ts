import type { StaffRole } from '../../shared/app/identity';
import { Html, headLinks, html } from '../../shared/http/html';
import type { Lang } from '../../shared/http/i18n';
import { MADE_UP_CITIZENS, MADE_UP_STAFF } from './made-up-users';

// The local OpenID provider's own pages (DKFDS, Danish first, English by ?lang=en or the client's
// ui_locales): whom to sign in as, sign-out, and its errors. Only made-up people are listed.

type Text = { da: string; en: string };

const ROLE: Record<StaffRole, Text> = {
  caseworker: { da: 'sagsbehandler', en: 'caseworker' },
  'team-lead': { da: 'teamleder', en: 'team lead' },
  'second-approver': { da: 'anden godkender', en: 'second approver' },
  finance: { da: 'økonomi', en: 'finance' },
  admin: { da: 'administrator', en: 'admin' },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A whole page of the local provider on DKFDS, marked as a test service. */
export function providerPage(lang: Lang, title: string, body: Html, switchTo?: string): string {
  const en = lang === 'en';
  return `<!doctype html>${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
${headLinks()}
</head>
<body>
<a class="skipnav" href="#main-content">${en ? 'Go to the content' : 'Gå til sidens indhold'}</a>
<header class="header">
<div class="portal-header"><div class="container portal-header-inner">
<span class="portal-title">${en ? 'Local sign-in (test only)' : 'Lokal login-tjeneste (kun til test)'}</span>
${switchTo ? html`<a class="lang-switch" href="${switchTo}" lang="${en ? 'da' : 'en'}" hreflang="${en ? 'da' : 'en'}">${en ? 'Dansk' : 'English'}</a>` : ''}
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

const t = (lang: Lang, text: Text) => text[lang];

/** A made-up CPR number as people write it: 010180-4321. */
const cprShown = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

/** One button per person; what they are is read out with the button (aria-describedby). */
function people(action: string, list: { id: string; name: string; about: string }[]): Html {
  return html`<form method="post" action="${action}">
<ul class="nobullet-list person-list">
${list.map(
  (
    p,
    i,
  ) => html`<li><button type="submit" name="account" value="${p.id}" class="button button-secondary" aria-describedby="about-${i}">${p.name}</button>
<span id="about-${i}">${p.about}</span></li>`,
)}
</ul>
</form>`;
}

/** Where the interaction's forms post, in the page's language. */
const actionOf = (uid: string, step: 'login' | 'abort', lang: Lang) =>
  `/interaction/${encodeURIComponent(uid)}/${step}${lang === 'en' ? '?lang=en' : ''}`;

/** The sign-in page of the municipality's staff: the made-up staff with their roles and municipalities. */
export function staffSignInPage(uid: string, lang: Lang): string {
  const title = t(lang, { da: 'Log ind som medarbejder', en: 'Sign in as staff' });
  const list = Object.values(MADE_UP_STAFF).map((s) => ({
    id: s.sub,
    name: s.name,
    about: `${capital(s.groups.map((g) => t(lang, ROLE[g as StaffRole] ?? { da: g, en: g })).join(', '))} · ${s.municipality
      .split(',')
      .map(capital)
      .join(lang === 'en' ? ' and ' : ' og ')}`,
  }));
  const body = html`<h1>${title}</h1>
<p class="font-lead">${t(lang, {
    da: 'Den lokale login-tjeneste spiller kommunens log-in. Alle her er opdigtede. Vælg, hvem du vil logge ind som.',
    en: "The local sign-in service plays the municipality's sign-in. Everyone here is made up. Choose whom to sign in as.",
  })}</p>
${people(actionOf(uid, 'login', lang), list)}
${cancel(uid, lang)}`;
  return providerPage(lang, title, body, switchOf(uid, lang));
}

/** The MitID stand-in: the made-up test citizens, and any valid CPR number for a made-up citizen. */
export function citizenSignInPage(uid: string, lang: Lang, cprError?: string): string {
  const title = t(lang, { da: 'Log ind med MitID (test)', en: 'Sign in with MitID (test)' });
  const list = MADE_UP_CITIZENS.map((c) => ({
    id: c.sub,
    name: c.name,
    about: `${t(lang, { da: 'CPR-nummer', en: 'CPR number' })} ${cprShown(c.cpr)}`,
  }));
  const body = html`<h1>${title}</h1>
<p class="font-lead">${t(lang, {
    da: 'Den lokale login-tjeneste spiller MitID. Alle her er opdigtede. Vælg en testborger, eller skriv et CPR-nummer.',
    en: 'The local sign-in service plays MitID. Everyone here is made up. Choose a test citizen, or type a CPR number.',
  })}</p>
${cprError ? html`<div class="alert alert-error" role="alert"><div class="alert-body"><p class="alert-text">${cprError}</p></div></div>` : ''}
${people(actionOf(uid, 'login', lang), list)}
<h2>${t(lang, { da: 'Eller skriv et CPR-nummer', en: 'Or type a CPR number' })}</h2>
<form method="post" action="${actionOf(uid, 'login', lang)}">
<div class="form-group${cprError ? ' form-error' : ''}"><label class="form-label" for="cpr">${t(lang, { da: 'CPR-nummer', en: 'CPR number' })}</label>
<span class="form-hint" id="cpr-hint">${t(lang, {
    da: '10 cifre, fx 0101804321. Du logges ind som en opdigtet borger med det nummer.',
    en: '10 digits, e.g. 0101804321. You sign in as a made-up citizen with that number.',
  })}</span>
<input class="form-input input-width-s" id="cpr" name="cpr" inputmode="numeric" autocomplete="off" maxlength="11" aria-describedby="cpr-hint"${cprError ? html` aria-invalid="true"` : ''}></div>
<button type="submit" class="button button-primary">${t(lang, { da: 'Log ind', en: 'Sign in' })}</button>
</form>
${cancel(uid, lang)}`;
  return providerPage(lang, title, body, switchOf(uid, lang));
}

const switchOf = (uid: string, lang: Lang) =>
  `/interaction/${encodeURIComponent(uid)}${lang === 'en' ? '' : '?lang=en'}`;

/** Going back without signing in: the service hears "access_denied". */
const cancel = (uid: string, lang: Lang) => html`<form method="post" action="${actionOf(uid, 'abort', lang)}">
<button type="submit" class="button button-tertiary">${t(lang, { da: 'Annuller og gå tilbage', en: 'Cancel and go back' })}</button>
</form>`;

/** A message from the provider in both languages: an expired sign-in, a request it cannot serve. */
export function providerMessagePage(title: Text, text: Text, detail?: string): string {
  return providerPage(
    'da',
    title.da,
    html`<h1>${title.da}</h1>
<p>${text.da}</p>
${detail ? html`<p><code>${detail}</code></p>` : ''}
<section lang="en" aria-labelledby="en-heading"><h2 id="en-heading">${title.en}</h2><p>${text.en}</p></section>`,
  );
}

/** The id of the sign-out page's button, which its script presses. */
export const LOGOUT_BUTTON = 'logout-yes';

/** The script that confirms sign-out at once: the person already chose "Log ud" in the application. */
export const LOGOUT_SCRIPT = `document.getElementById('${LOGOUT_BUTTON}').click();`;

/** The provider's sign-out page: its form (oidc-provider's own markup, with its token) and the button that ends the session. */
export function logoutPage(form: string): string {
  const body = html`<h1>Log ud af den lokale login-tjeneste</h1>
<p lang="en">Sign out of the local sign-in service.</p>
${new Html(form)}
<button type="submit" form="op.logoutForm" name="logout" value="yes" id="${LOGOUT_BUTTON}" class="button button-primary">Log ud <span lang="en">(sign out)</span></button>`;
  return providerPage('da', 'Log ud', body).replace('</body>', `<script>${LOGOUT_SCRIPT}</script>\n</body>`);
}
