import type { Session } from '../app/identity';
import type { SignInKind } from '../app/ports';
import { html, page } from './html';
import { type HttpResponse, htmlResponse } from './http';
import { inLang, type Lang, otherLanguage, pick } from './i18n';

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

/** Why a sign-in stops: each said in plain words, never with the provider's claims or error text. */
export const REFUSALS = {
  'not-set-up': {
    status: 503,
    title: { da: 'Log-in er ikke sat op', en: 'Sign-in is not set up' },
    text: {
      da: 'Denne installation har endnu ingen login-tjeneste til denne slags log-in. Kontakt kommunen.',
      en: 'This installation has no sign-in service for this kind of sign-in yet. Contact the municipality.',
    },
  },
  unreachable: {
    status: 503,
    title: { da: 'Log-in virker ikke lige nu', en: 'Sign-in is not working right now' },
    text: {
      da: 'Login-tjenesten svarer ikke. Prøv igen om lidt.',
      en: 'The sign-in service does not answer. Try again in a little while.',
    },
  },
  expired: {
    status: 400,
    title: { da: 'Log-in blev ikke gennemført', en: 'Sign-in was not completed' },
    text: {
      da: 'Log-in tog for lang tid, blev startet i en anden browser eller to gange. Start forfra.',
      en: 'Signing in took too long, or was started in another browser or twice. Start again.',
    },
  },
  cancelled: {
    status: 400,
    title: { da: 'Log-in blev afbrudt', en: 'Sign-in was cancelled' },
    text: {
      da: 'Du afbrød log-in, eller login-tjenesten afviste det. Du kan starte forfra.',
      en: 'You cancelled signing in, or the sign-in service refused it. You can start again.',
    },
  },
  failed: {
    status: 502,
    title: { da: 'Log-in mislykkedes', en: 'Sign-in failed' },
    text: {
      da: 'Svaret fra login-tjenesten kunne ikke godkendes. Start forfra; kontakt kommunen, hvis det sker igen.',
      en: 'The answer from the sign-in service could not be accepted. Start again; contact the municipality if it happens again.',
    },
  },
  'no-role': {
    status: 403,
    title: { da: 'Du har ikke adgang til systemet', en: 'You do not have access to the system' },
    text: {
      da: 'Din bruger er ikke med i nogen af systemets grupper (sagsbehandler, teamleder, anden godkender, økonomi, administrator). Kontakt kommunens it-afdeling.',
      en: "Your user is in none of the system's groups (caseworker, team lead, second approver, finance, admin). Contact the municipality's IT department.",
    },
  },
  'no-municipality': {
    status: 403,
    title: { da: 'Din bruger er ikke knyttet til en kommune', en: 'Your user belongs to no municipality' },
    text: {
      da: 'Login-tjenesten oplyste ikke, hvilken kommune du arbejder for. Kontakt kommunens it-afdeling.',
      en: "The sign-in service did not say which municipality you work for. Contact the municipality's IT department.",
    },
  },
  'no-cpr': {
    status: 403,
    title: { da: 'MitID gav ikke dit CPR-nummer', en: 'MitID did not give your CPR number' },
    text: {
      da: 'Vi skal bruge dit CPR-nummer for at vise dine ansøgninger. Prøv igen, eller kontakt kommunen.',
      en: 'We need your CPR number to show your applications. Try again, or contact the municipality.',
    },
  },
  'no-subject': {
    status: 403,
    title: { da: 'Log-in mislykkedes', en: 'Sign-in failed' },
    text: {
      da: 'Login-tjenesten sendte ikke, hvem du er. Start forfra; kontakt kommunen, hvis det sker igen.',
      en: 'The sign-in service did not say who you are. Start again; contact the municipality if it happens again.',
    },
  },
  'sign-out-refused': {
    status: 403,
    title: { da: 'Du blev ikke logget ud', en: 'You were not signed out' },
    text: {
      da: 'Log-ud kom ikke fra en af systemets sider. Gå til siden igen og tryk "Log ud".',
      en: 'The sign-out did not come from one of the system\'s pages. Open the page again and press "Sign out".',
    },
  },
} satisfies Record<string, { status: number; title: Text; text: Text }>;

export type Refusal = keyof typeof REFUSALS;

/** A refusal page in Danish with the English below, and the way to start again. */
export function refusalPage(reason: Refusal, headers: { cookies?: string[] } = {}): HttpResponse {
  const { status, title, text } = REFUSALS[reason];
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
