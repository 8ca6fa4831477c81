import type { Deps } from '../app/deps';
import { ownApplication } from '../app/use-cases/own-application';
import { html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse } from './http';
import { inLang, type Lang, langOf, otherLanguage, pick } from './i18n';
import { sessionOf } from './session';

/** A 404 page in the page's language. */
export function notFoundPage(lang: Lang): HttpResponse {
  const title = pick(lang, { da: 'Siden findes ikke', en: 'Page not found' });
  return htmlResponse(
    404,
    page(
      title,
      html`<h1>${title}</h1><p><a href="${lang === 'en' ? '/?lang=en' : '/'}">${pick(lang, { da: 'Til forsiden', en: 'To the front page' })}</a></p>`,
      { lang },
    ),
  );
}

/**
 * GET /kvittering/{id} and /status/{id}: a shell the script fills. The status token travels in the
 * URL fragment, which the browser never sends, and the script sends it as a Bearer token. A family
 * signed in with MitID is told the application is also under "Mine ansøgninger".
 */
export function statusPage(kind: 'receipt' | 'status') {
  return async (deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> => {
    const lang = langOf(req);
    const t = (da: string, en: string) => pick(lang, { da, en });
    const session = await sessionOf(deps, req);
    const citizen = session?.identity.kind === 'citizen' ? session.identity : undefined;
    const theirs = citizen !== undefined && (await ownApplication(deps, citizen, id)) !== undefined;
    const title =
      kind === 'receipt'
        ? t('Tak for din ansøgning', 'Thank you for your application')
        : t('Din ansøgning', 'Your application');
    const body = html`<h1>${title}</h1>
${kind === 'receipt' ? received(lang, theirs) : ''}
<div id="status" data-id="${id}" data-lang="${lang}" aria-live="polite">
<p>${t('Henter status …', 'Fetching the status …')}</p>
</div>`;
    const path = kind === 'receipt' ? `/kvittering/${id}` : `/status/${id}`;
    return htmlResponse(
      200,
      page(title, body, {
        lang,
        switchTo: otherLanguage(path, lang),
        scripts: ['/assets/app/status.js'],
        ...(session ? { user: { name: session.identity.name, csrf: session.csrf } } : {}),
      }),
    );
  };
}

/**
 * "The application is received", and where to follow it: under "Mine ansøgninger" for a family
 * signed in with MitID; by the status link (which the receipt e-mail carries too) for everyone.
 */
function received(lang: Lang, signedIn: boolean) {
  const t = (da: string, en: string) => pick(lang, { da, en });
  // The copy button shows only where the script can copy (it unhides it); the link itself always shows.
  const link = html`<p class="alert-text"><a id="status-link" href="#">${t('Linket til din ansøgning', 'The link to your application')}</a></p>
<p class="alert-text"><button type="button" id="copy-status-link" class="button button-secondary" hidden>${t('Kopiér linket', 'Copy the link')}</button>
<span id="copy-result" role="status"></span></p>`;
  return html`<div class="alert alert-success"><div class="alert-body">
<p class="alert-heading">${t('Ansøgningen er modtaget', 'The application is received')}</p>
${
  signedIn
    ? html`<p class="alert-text">${t('Du kan følge ansøgningen under', 'You can follow the application under')} <a id="my-applications-link" href="${inLang('/mine-ansoegninger', lang)}">${t('Mine ansøgninger', 'My applications')}</a>${t(', når du er logget ind med MitID.', ' when you are signed in with MitID.')}</p>
<p class="alert-text">${t(
        'Du kan også følge den med linket herunder, som vi også har sendt dig på e-mail. Linket er personligt: del det ikke med andre.',
        'You can also follow it with the link below, which we have also sent you by e-mail. The link is personal: do not share it.',
      )}</p>`
    : html`<p class="alert-text">${t(
        'Du kan følge ansøgningen med linket herunder. Vi har også sendt det til dig på e-mail. Linket er personligt: del det ikke med andre.',
        'You can follow the application with the link below. We have also sent it to you by e-mail. The link is personal: do not share it.',
      )}</p>`
}
${link}
</div></div>`;
}
