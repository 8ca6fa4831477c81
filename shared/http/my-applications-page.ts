import type { Application } from '../app/application';
import type { Deps } from '../app/deps';
import type { Session } from '../app/identity';
import { listMyApplications } from '../app/use-cases/list-my-applications';
import { readMyLetter } from '../app/use-cases/read-my-letter';
import { type SentLetter, viewMyApplication } from '../app/use-cases/view-my-application';
import { dayOf, type Html, html, page } from './html';
import { type HttpRequest, type HttpResponse, htmlResponse, pdfResponse } from './http';
import { inLang, type Lang, langOf, otherLanguage, pick } from './i18n';
import { statusLabels } from './labels';
import { benefitOf, facts, openQuestion } from './my-application-facts';
import { requireCitizen } from './session';
import { notFoundPage } from './status-page';

// "Mine ansøgninger": the signed-in family's applications (those under its CPR number), each with
// status, timeline, letters and the question it has to answer. Another family's application is
// answered exactly like one that does not exist.

type T = (da: string, en: string) => string;

const signedInPage = (lang: Lang, session: Session, title: string, path: string, body: Html) =>
  htmlResponse(
    200,
    page(title, body, {
      lang,
      switchTo: otherLanguage(path, lang),
      user: { name: session.identity.name, csrf: session.csrf },
    }),
  );

/** The box that sends the family to answer: the question's link is theirs, since the case is. */
function questionBox(application: Application, lang: Lang, t: T): Html {
  const open = openQuestion(application);
  if (!open) return html``;
  const question = open.receipts ? undefined : application.review?.reason;
  return html`<div class="alert alert-warning" id="open-question"><div class="alert-body">
<h2 class="alert-heading h3">${open.receipts ? t('Vi mangler kvitteringer fra dig', 'We need receipts from you') : t('Sagsbehandleren har et spørgsmål', 'The caseworker has a question')}</h2>
${question ? html`<blockquote class="alert-text"><p>${question}</p></blockquote>` : ''}
<p class="alert-text"><a class="button button-primary" href="${inLang(`/answers/${open.linkId}`, lang)}">${open.receipts ? t('Send kvitteringer', 'Send receipts') : t('Svar på spørgsmålet', 'Answer the question')}</a></p>
</div></div>`;
}

/** GET /mine-ansoegninger: the signed-in family's applications, newest first. */
export async function myApplicationsPage(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const signedIn = await requireCitizen(deps, req);
  if ('response' in signedIn) return signedIn.response;
  const { session, citizen } = signedIn;
  const lang = langOf(req);
  const t: T = (da, en) => pick(lang, { da, en });
  const applications = await listMyApplications(deps, citizen);
  const title = t('Mine ansøgninger', 'My applications');
  const body = html`<h1>${title}</h1>
<p>${t(
    'Her er de ansøgninger, der er sendt i dit navn, med det nyeste først.',
    'These are the applications sent in your name, the newest first.',
  )}</p>
${
  applications.length === 0
    ? html`<p id="no-applications">${t('Du har ingen ansøgninger endnu.', 'You have no applications yet.')}</p>`
    : html`<ul class="nobullet-list my-applications">
${applications.map(
  (a) => html`<li class="my-application" data-id="${a.id}">
<h2 class="h3"><a href="${inLang(`/mine-ansoegninger/${a.id}`, lang)}">${benefitOf(deps, a, lang)}</a></h2>
${facts(a, lang)}
${openQuestion(a) ? html`<p class="open-question-note"><strong>${t('Kommunen venter på dit svar.', 'The municipality is waiting for your answer.')}</strong> <a href="${inLang(`/mine-ansoegninger/${a.id}`, lang)}">${t('Se ansøgningen', 'See the application')}<span class="sr-only"> ${benefitOf(deps, a, lang)}</span></a></p>` : ''}
</li>`,
)}
</ul>`
}
<p><a class="button button-secondary" href="${inLang('/', lang)}">${t('Søg om et tilskud', 'Apply for a payment')}</a></p>`;
  return signedInPage(lang, session, title, '/mine-ansoegninger', body);
}

/** GET /mine-ansoegninger/{id}: one of the family's applications; any other id is a plain 404. */
export async function myApplicationPage(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireCitizen(deps, req);
  if ('response' in signedIn) return signedIn.response;
  const { session, citizen } = signedIn;
  const lang = langOf(req);
  const mine = await viewMyApplication(deps, citizen, id);
  if (!mine) return notFoundPage(lang);
  const { application, letters } = mine;
  const t: T = (da, en) => pick(lang, { da, en });
  const title = benefitOf(deps, application, lang);
  const body = html`<p><a class="back-link" href="${inLang('/mine-ansoegninger', lang)}">${t('Mine ansøgninger', 'My applications')}</a></p>
<h1>${title}</h1>
${facts(application, lang)}
${questionBox(application, lang, t)}
<h2>${t('Forløb', 'Timeline')}</h2>
<ol class="timeline" id="timeline">
${application.timeline.map(
  (entry) =>
    html`<li data-status="${entry.status}"><time datetime="${entry.at}">${dayOf(lang, entry.at)}</time> ${timelineText(entry, lang)}</li>`,
)}
</ol>
<h2>${t('Breve', 'Letters')}</h2>
${
  letters.length === 0
    ? html`<p id="no-letters">${t('Du har ikke fået breve om ansøgningen endnu.', 'You have had no letters about the application yet.')}</p>`
    : letters.map(
        (l, i) => html`<article class="letter" aria-labelledby="letter-${i}">
<h3 id="letter-${i}">${letterTitle(l, lang)}</h3>
<p class="form-hint"><time datetime="${l.at}">${dayOf(lang, l.at)}</time></p>
${l.documentId ? html`<p><a href="/mine-ansoegninger/${application.id}/breve/${l.documentId}">${t('Hent brevet som PDF', 'Get the letter as PDF')}</a></p>` : ''}
${letterText(l.text, lang).map((p) => html`<p>${p}</p>`)}
</article>`,
      )
}`;
  return signedInPage(lang, session, title, `/mine-ansoegninger/${application.id}`, body);
}

/** Timeline notes a family reads in words of their own (others show the status). */
const notes: Record<string, { da: string; en: string }> = {
  answered: { da: 'Dit svar er modtaget', en: 'Your answer was received' },
  escalated: { da: 'Sendt videre til teamleder', en: 'Passed on to the team lead' },
  'payout-returned': { da: 'Banken sendte udbetalingen retur', en: 'The bank returned the payout' },
  'payout-corrected': {
    da: 'Udbetalingen er rettet og sendt igen',
    en: 'The payout was corrected and sent again',
  },
};

const timelineText = (entry: Application['timeline'][number], lang: Lang) =>
  pick(lang, (entry.note ? notes[entry.note] : undefined) ?? statusLabels[entry.status]);

/** English headings for the letters, whose subject lines are Danish. */
const englishSubjects: Record<string, string> = {
  rejection: 'Decision on your application',
  partial: 'Decision on your application',
  documents: 'Decision on your application',
  'no-answer': 'Decision on your application',
  approval: 'Your application is granted',
  paid: 'The money has been paid',
};

const letterTitle = (l: SentLetter, lang: Lang) =>
  lang === 'en' ? (englishSubjects[l.kind] ?? l.subject) : l.subject;

/** The letter's paragraphs in the page's language: letters are Danish, then "— English —", then English. */
function letterText(text: string, lang: Lang): string[] {
  const [da = text, en] = text.split(/\n*— English —\n*/);
  return ((lang === 'en' && en) || da).split(/\n{2,}/).filter((p) => p.trim() !== '');
}

/** GET /mine-ansoegninger/{id}/breve/{letterId}: the family's own decision letter as PDF; others get 404. */
export async function myLetter(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const signedIn = await requireCitizen(deps, req);
  if ('response' in signedIn) return signedIn.response;
  const letter = await readMyLetter(deps, signedIn.citizen, id, req.path.split('/').pop() ?? '');
  return letter ? pdfResponse(letter.filename, letter.pdf) : notFoundPage(langOf(req));
}
