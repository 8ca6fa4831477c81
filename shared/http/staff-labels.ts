import { DateTime } from 'luxon';
import type { Session } from '../app/identity';
import type { AccessEntry } from '../app/ports';
import { LINK_SUBJECT } from '../app/use-cases/record-decision';
import type { Deadline, WaitingFor } from '../app/use-cases/worklist';
import { ZONE } from '../domain/dates';
import { formatMoney } from '../domain/money';
import { dayOf, type Html, html, page } from './html';
import { type Lang, otherLanguage, pick } from './i18n';

// The words of the staff pages (worklist, case page, access log) that more than one of them uses.

type Bilingual = { da: string; en: string };

/** What a case waits for, as the worklist and the case page say it. */
export const waitingLabels: Record<WaitingFor, Bilingual> = {
  caseworker: { da: 'Sagsbehandleren', en: 'The caseworker' },
  'team-lead': { da: 'Teamlederen', en: 'The team lead' },
  'second-approval': { da: 'En anden godkendelse', en: 'A second approval' },
  family: { da: 'Familien', en: 'The family' },
  payout: { da: 'Udbetalingen', en: 'The payout' },
  'payout-correction': { da: 'Rettelse af udbetalingen', en: 'A correction of the payout' },
  processing: { da: 'Systemets behandling', en: 'Automatic processing' },
  nothing: { da: 'Intet, sagen er afsluttet', en: 'Nothing, the case is closed' },
};

/** What a deadline is for. */
export const deadlineLabels: Record<Deadline['kind'], Bilingual> = {
  decision: { da: 'Afgørelse senest', en: 'Decision due' },
  answer: { da: 'Familiens svar senest', en: "Family's answer due" },
  payout: { da: 'Udbetales senest', en: 'To be paid by' },
};

/** What a member of staff did, as the access log says it. */
export const accessLabels: Record<AccessEntry['what'], Bilingual> = {
  'viewed-case': { da: 'Så sagen', en: 'Viewed the case' },
  'showed-cpr': { da: 'Så barnets CPR-nummer', en: "Viewed the child's CPR number" },
  'viewed-receipt': { da: 'Så en kvittering', en: 'Viewed a receipt' },
  'viewed-letter': { da: 'Så et afgørelsesbrev', en: 'Viewed a decision letter' },
  'took-case': { da: 'Tog sagen', en: 'Took the case' },
  decided: { da: 'Traf afgørelse', en: 'Made a decision' },
  'read-access-log': { da: 'Læste adgangsloggen', en: 'Read the access log' },
  'corrected-payout': { da: 'Rettede udbetalingen', en: 'Corrected the payout' },
};

/** Who an access log line names: the person, or the e-mail a link went to. */
export function accessWho(lang: Lang, entry: AccessEntry): string {
  return entry.sub === LINK_SUBJECT
    ? `${entry.name} (${pick(lang, { da: 'via link i e-mail', en: 'through an e-mailed link' })})`
    : entry.name;
}

/** The notes of a case's timeline (events and letters), in words; codes not listed are left out. */
export const timelineNotes: Record<string, Bilingual> = {
  answered: { da: 'Familien svarede', en: 'The family answered' },
  escalated: { da: 'Sendt videre til teamlederen', en: 'Passed on to the team lead' },
  rejection: { da: 'Afslag sendt til familien', en: 'Rejection letter sent to the family' },
  documents: { da: 'Afslag på grund af dokumentationen', en: 'Rejected because of the documents' },
  'no-answer': { da: 'Afgjort uden familiens svar', en: "Decided without the family's answer" },
  partial: { da: 'Delvis bevilling sendt til familien', en: 'Partial approval sent to the family' },
  'payout-returned': { da: 'Banken sendte udbetalingen retur', en: 'The bank returned the payout' },
  'payout-corrected': { da: 'Udbetalingen blev rettet', en: 'The payout was corrected' },
};

/** An instant as people read it: "7. december 2026 kl. 14.05" or "7 December 2026 at 14:05". */
export function momentOf(lang: Lang, instant: string): string {
  const time = DateTime.fromISO(instant, { zone: ZONE });
  if (!time.isValid) return instant;
  return lang === 'da'
    ? `${dayOf(lang, instant)} kl. ${time.toFormat('HH.mm')}`
    : `${dayOf(lang, instant)} at ${time.toFormat('HH:mm')}`;
}

/** Øre as the page's language writes it: "1.500,00 kr." or "DKK 1,500.00". */
export const kr = (lang: Lang, ore: number) => formatMoney(lang, ore);

/** A signed-in staff page: the header names the person and offers sign-out; the language link keeps `query`. */
export function staffPage(
  title: string,
  body: Html,
  {
    lang,
    session,
    path,
    query = {},
  }: { lang: Lang; session: Session; path: string; query?: Record<string, string> },
): string {
  return page(title, body, {
    lang,
    switchTo: otherLanguage(path, lang, query),
    user: { name: session.identity.name, csrf: session.csrf },
  });
}

/** A message box in the DKFDS style. */
export const alertBox = (kind: 'info' | 'success' | 'warning' | 'error', text: string, id?: string) =>
  html`<div class="alert alert-${kind}"${id ? html` id="${id}"` : ''}${kind === 'error' ? html` role="alert"` : ''}><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
