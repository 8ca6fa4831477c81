import type { Deps } from '../app/deps';
import type { Benefit } from '../rules/catalogue/schema';
import {
  type FinderQuery,
  type Found,
  findBenefits,
  finderQuery,
  municipalities,
  plainName,
  themeOf,
  themes,
  whoYouAre,
} from './benefit-finder';
import { type Html, html, page } from './html';
import type { HttpRequest, HttpResponse } from './http';
import { htmlResponse } from './http';
import { inLang, type Lang, langOf, otherLanguage, pick } from './i18n';
import { sessionOf } from './session';

/**
 * Whether a family applies for the benefit with a form: it pays something and the claim has
 * something to fill in. Common rules (the § 41 threshold), parts of the foster pay (board and
 * lodging, pocket money) and own payments are in the catalogue for the rules, not applied for.
 */
export function canApplyFor(benefit: Benefit): boolean {
  return benefit.amount.kind !== 'not-payable' && benefit.needs.length > 0;
}

/** Results up to this many are shown open; more are grouped behind their themes' headings. */
const OPEN_UP_TO = 10;

type T = (da: string, en: string) => string;

/** Links to the signed-in person's own pages, or to signing in. */
async function accountLinks(deps: Deps, req: HttpRequest, lang: Lang, t: T) {
  const session = await sessionOf(deps, req);
  const links = !session
    ? [{ href: '/log-ind', text: t('Log ind', 'Sign in') }]
    : session.identity.kind === 'staff'
      ? [{ href: '/sager', text: t('Sager', 'Cases') }]
      : [{ href: '/mine-ansoegninger', text: t('Mine ansøgninger', 'My applications') }];
  const nav = html`<nav class="account-links" aria-label="${t('Din side', 'Your pages')}"><ul class="nobullet-list">${links.map(
    (l) => html`<li><a href="${inLang(l.href, lang)}">${l.text}</a></li>`,
  )}</ul></nav>`;
  return { nav, user: session ? { name: session.identity.name, csrf: session.csrf } : undefined };
}

/** The GET form: who you are, your municipality and (optionally) words to search for. */
function finderForm(asked: FinderQuery, q: string, lang: Lang, t: T): Html {
  const chosen = asked.role && asked.municipality;
  const search = html`<div class="form-group">
<label class="form-label" for="q">${t('Søg efter en ydelse', 'Search for a benefit')}</label>
<span class="form-hint" id="q-hint">${t('Fx autostol, kørsel eller briller. Du kan også lade feltet stå tomt.', 'E.g. car seat, driving or glasses. You may leave it empty.')}</span>
<input class="form-input" type="search" id="q" name="q" value="${q}" aria-describedby="q-hint" maxlength="100">
</div>`;
  const hidden = html`${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}`;
  if (chosen) {
    const role = pick(lang, whoYouAre[asked.role as keyof typeof whoYouAre].name);
    const town = municipalities.find((m) => m.id === asked.municipality)?.name;
    return html`<p class="finder-choice">${t('Du har valgt', 'You chose')}: <strong>${role}, ${town} ${t('Kommune', 'Municipality')}</strong>. <a href="${inLang('/', lang)}">${t('Vælg om', 'Change')}</a></p>
<form method="get" action="/" class="finder" role="search">${hidden}
<input type="hidden" name="rolle" value="${asked.role}"><input type="hidden" name="kommune" value="${asked.municipality}">
${search}
<button type="submit" class="button button-secondary">${t('Søg', 'Search')}</button>
</form>`;
  }
  const radio = (name: string, value: string, label: string, checked: boolean, hint?: string) =>
    html`<div class="form-group-radio"><input type="radio" class="form-radio" id="${name}-${value}" name="${name}" value="${value}"${checked ? html` checked` : ''}${hint ? html` aria-describedby="${name}-${value}-hint"` : ''}>
<label class="form-label" for="${name}-${value}">${label}</label>${hint ? html`<span class="form-hint" id="${name}-${value}-hint">${hint}</span>` : ''}</div>`;
  return html`<form method="get" action="/" class="finder">${hidden}
<fieldset class="form-group">
<legend class="form-label">${t('Hvem er du?', 'Who are you?')}</legend>
${Object.entries(whoYouAre).map(([role, words]) => radio('rolle', role, pick(lang, words.name), asked.role === role, pick(lang, words.hint)))}
</fieldset>
<fieldset class="form-group">
<legend class="form-label">${t('Din kommune', 'Your municipality')}</legend>
${municipalities.map((m) => radio('kommune', m.id, m.name, asked.municipality === m.id))}
</fieldset>
${search}
<button type="submit" class="button button-primary">${t('Vis ydelser', 'Show benefits')}</button>
</form>`;
}

/** One benefit: its plain name as the link, the legal reference beside it, what it is. */
function benefitItem(found: Found, asked: FinderQuery, lang: Lang, t: T): Html {
  const b = found.benefit;
  const town = municipalities.find((m) => m.id === b.municipality)?.name ?? '';
  const role = asked.role ? pick(lang, whoYouAre[asked.role].name).toLowerCase() : '';
  return html`<li><a class="benefit-link" href="${inLang(`/ansoeg/${b.id}`, lang)}">${plainName(b, lang)}</a>
<span class="benefit-law">${pick(lang, b.legalBasis)}${asked.municipality ? '' : ` · ${town}`}</span>
<p>${pick(lang, b.summary)}</p>${
    found.assessed
      ? html`<p class="benefit-note">${t(`Kommunen vurderer, om du som ${role} kan få den.`, `The municipality decides whether you, as a ${role}, can have it.`)}</p>`
      : ''
  }</li>`;
}

/** The benefits found, under their themes: open when few, otherwise each theme folds out. */
function results(found: Found[], asked: FinderQuery, q: string, lang: Lang, t: T): Html {
  const count = found.length;
  const heading =
    count === 0
      ? t('Vi fandt ingen ydelser', 'We found no benefits')
      : asked.role
        ? t(
            `${count} ${count === 1 ? 'ydelse passer' : 'ydelser passer'} til dig`,
            `${count} ${count === 1 ? 'benefit fits' : 'benefits fit'} you`,
          )
        : t(
            `Vi fandt ${count} ${count === 1 ? 'ydelse' : 'ydelser'}`,
            `We found ${count} ${count === 1 ? 'benefit' : 'benefits'}`,
          );
  const open = count <= OPEN_UP_TO || asked.words.length > 0;
  const byTheme = themes
    .map((theme) => ({ theme, items: found.filter((f) => themeOf(f.benefit).id === theme.id) }))
    .filter((group) => group.items.length > 0);
  return html`<section class="benefit-results" aria-labelledby="results-heading">
<h2 id="results-heading">${heading}${q ? html` <span class="results-query">${t('for', 'for')} »${q}«</span>` : ''}</h2>
${
  count === 0
    ? html`<p>${t('Prøv et andet ord, eller vælg om. Du kan altid spørge din sagsbehandler, hvad du kan søge om.', 'Try another word, or change your choice. You can always ask your caseworker what you may apply for.')}</p>`
    : byTheme.map(
        ({ theme, items }) => html`<details class="benefit-theme"${open ? html` open` : ''}>
<summary><span class="theme-name">${pick(lang, theme.name)}</span> <span class="theme-count">(${String(items.length)})</span></summary>
<ul class="nobullet-list benefit-list">${items.map((f) => benefitItem(f, asked, lang, t))}</ul>
</details>`,
      )
}
</section>`;
}

/**
 * GET /: first who you are and your municipality, then only the benefits that fit, grouped by
 * theme, with a search (`?q=`); all a plain GET form that works without JavaScript.
 */
export async function benefitsPage(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  const asked = finderQuery(req.query);
  const q = (req.query.q ?? '').slice(0, 100).trim();
  const asking = !!asked.role || !!asked.municipality || asked.words.length > 0;
  const found = asking ? findBenefits(deps.catalogue.benefits.filter(canApplyFor), asked) : [];
  const account = await accountLinks(deps, req, lang, t);
  const title = t('Søg om tilskud', 'Apply for a supplement');
  const body = html`<h1>${title}</h1>
${account.nav}
<p class="font-lead">${t(
    'Fortæl, hvem du er, og hvor du bor. Så viser vi de tilskud, du kan søge om, og du får svar fra din sagsbehandler.',
    'Tell us who you are and where you live. We then show the supplements you may apply for, and your caseworker will answer you.',
  )}</p>
${finderForm(asked, q, lang, t)}
${asking ? results(found, asked, q, lang, t) : ''}`;
  const query: Record<string, string> = {
    ...(asked.role ? { rolle: asked.role } : {}),
    ...(asked.municipality ? { kommune: asked.municipality } : {}),
    ...(q ? { q } : {}),
  };
  return htmlResponse(
    200,
    page(title, body, {
      lang,
      switchTo: otherLanguage('/', lang, query),
      ...(account.user ? { user: account.user } : {}),
    }),
  );
}
