import { html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse } from './http';
import { type Lang, langOf, otherLanguage, pick } from './i18n';

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
 * URL fragment, which the browser never sends, and the script sends it as a Bearer token.
 */
export function statusPage(kind: 'receipt' | 'status') {
  return async (_deps: unknown, req: HttpRequest, id: string): Promise<HttpResponse> => {
    const lang = langOf(req);
    const t = (da: string, en: string) => pick(lang, { da, en });
    const title =
      kind === 'receipt'
        ? t('Tak for din ansøgning', 'Thank you for your application')
        : t('Din ansøgning', 'Your application');
    const body = html`<h1>${title}</h1>
${
  kind === 'receipt'
    ? html`<div class="alert alert-success"><div class="alert-body">
<p class="alert-heading">${t('Ansøgningen er modtaget', 'The application is received')}</p>
<p class="alert-text">${t(
        'Gem linket herunder. Det er din eneste adgang til at følge ansøgningen, og det må ikke deles med andre.',
        'Keep the link below. It is your only way to follow the application; do not share it.',
      )}</p>
<p class="alert-text"><a id="status-link" href="#">${t('Linket til din ansøgning', 'The link to your application')}</a></p>
</div></div>`
    : ''
}
<div id="status" data-id="${id}" data-lang="${lang}" aria-live="polite">
<p>${t('Henter status …', 'Fetching the status …')}</p>
</div>`;
    const path = kind === 'receipt' ? `/kvittering/${id}` : `/status/${id}`;
    return htmlResponse(
      200,
      page(title, body, { lang, switchTo: otherLanguage(path, lang), scripts: ['/assets/app/status.js'] }),
    );
  };
}
