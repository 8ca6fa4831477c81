import type { Session } from '../app/identity';
import type { SignInKind } from '../app/ports';
import type { SignInRefusal } from '../app/use-cases/start-sign-in';
import { html, page } from './html';
import { type HttpResponse, htmlResponse } from './http';
import { inLang, type Lang, otherLanguage, pick } from './i18n';
import { outcomeOf, type SignOutRefused } from './outcomes';

/** `?som=` on /log-ind: who signs in. */
export const SOM: Record<SignInKind, string> = { staff: 'medarbejder', citizen: 'borger' };

type Text = { da: string; en: string };

const CHOICES: Record<SignInKind, { button: Text; hint: Text }> = {
  staff: {
    button: { da: 'Log ind som medarbejder', en: 'Sign in as staff' },
    hint: {
      da: 'For kommunens medarbejdere: log ind med din arbejdskonto.',
      en: "For the municipality's staff: sign in with your work account.",
    },
  },
  citizen: {
    button: { da: 'Log ind med MitID', en: 'Sign in with MitID' },
    hint: {
      da: 'For familier: se jeres ansøgninger og svar på spørgsmål.',
      en: 'For families: see your applications and answer questions.',
    },
  },
};

/**
 * GET /log-ind: the two ways in, each a link that starts the sign-in at its provider; the ways
 * the deployment has no provider for are left out. Whoever is signed in is named, with sign-out.
 */
export function signInChoicePage(
  lang: Lang,
  offered: SignInKind[],
  til: string | undefined,
  session: Session | undefined,
): HttpResponse {
  const t = (text: Text) => pick(lang, text);
  const title = t({ da: 'Log ind', en: 'Sign in' });
  const start = (kind: SignInKind) => inLang('/log-ind', lang, { som: SOM[kind], ...(til ? { til } : {}) });
  const body = html`<h1>${title}</h1>
${
  session
    ? html`<div class="alert alert-info" role="status"><div class="alert-body"><p class="alert-text">${t({ da: 'Du er logget ind som', en: 'You are signed in as' })} ${session.identity.name}.</p></div></div>`
    : ''
}
<ul class="nobullet-list sign-in-choices">
${offered.map(
  (
    kind,
  ) => html`<li id="sign-in-${SOM[kind]}"><a class="button button-primary" href="${start(kind)}">${t(CHOICES[kind].button)}</a>
<p>${t(CHOICES[kind].hint)}</p></li>`,
)}
</ul>`;
  return htmlResponse(
    200,
    page(title, body, {
      lang,
      switchTo: otherLanguage('/log-ind', lang, til ? { til } : {}),
      ...(session ? { user: { name: session.identity.name, csrf: session.csrf } } : {}),
    }),
  );
}

/** Why a sign-in or sign-out stops. */
export type Refusal = SignInRefusal['code'] | SignOutRefused['code'];

/** A refusal page in Danish with the English below, and the way to start again. */
export function refusalPage(reason: Refusal, headers: { cookies?: string[] } = {}): HttpResponse {
  const { status, title, words: text } = outcomeOf({ ok: false, code: reason });
  const body = html`<h1>${title.da}</h1>
<p>${text.da}</p>
<section lang="en" aria-labelledby="en-heading">
<h2 id="en-heading">${title.en}</h2>
<p>${text.en}</p>
</section>
<p><a class="button button-secondary" href="/log-ind">Log ind igen <span lang="en">(sign in again)</span></a></p>`;
  return { ...htmlResponse(status, page(title.da, body)), ...headers };
}

/**
 * After POST /log-ud: signed out here; the browser goes on to the provider's sign-out at once. A
 * page, not a redirect: the form's page allows posting only to this site (CSP form-action
 * 'self'), and browsers apply that to every redirect that follows the post.
 */
export function signedOutPage(next: string, cookies: string[]): HttpResponse {
  const body = html`<h1>Du er logget ud</h1>
<p><a href="${next}">Fortsæt til login-tjenestens log-ud</a></p>
<p lang="en">You are signed out. <a href="${next}">Continue to the sign-in service's sign-out</a></p>`;
  const response = htmlResponse(
    200,
    page('Du er logget ud', body).replace('<head>', `<head>\n${refresh(next)}`),
  );
  return { ...response, cookies };
}

/** Goes on to `next` at once (no delay, so nothing is timed for the reader: WCAG 2.2.1). */
const refresh = (next: string) => html`<meta http-equiv="refresh" content="0; url=${next}">`.value;
