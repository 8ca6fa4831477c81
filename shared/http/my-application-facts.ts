import type { Application, Status } from '../app/application';
import type { Deps } from '../app/deps';
import { caseRef } from '../domain/case-ref';
import { formatDkk } from '../domain/money';
import { benefitName } from './case-sections';
import { dayOf, type Html, html, money } from './html';
import { type Lang, pick } from './i18n';
import { statusLabels } from './labels';

// What a signed-in family reads about one of its applications, in "Mine ansøgninger": the same
// facts in the list and on the application's own page, in plain words.

type Bilingual = { da: string; en: string };

/** What happens next, by status: who has the application now and what the family may expect. */
const nextSteps: Record<Status, Bilingual> = {
  submitted: {
    da: 'Vi kontrollerer ansøgningen og sender den videre til en sagsbehandler.',
    en: 'We check the application and pass it on to a caseworker.',
  },
  'awaiting-receipts': {
    da: 'Vi mangler kvitteringer fra dig. Send dem, så sagsbehandleren kan afgøre ansøgningen.',
    en: 'We need receipts from you. Send them so the caseworker can decide the application.',
  },
  'in-review': {
    da: 'En sagsbehandler ser på ansøgningen. Du får besked, når den er afgjort.',
    en: 'A caseworker is looking at the application. You will hear from us when it is decided.',
  },
  'documents-check': {
    da: 'Vi kontrollerer kvitteringerne, før pengene kan udbetales.',
    en: 'We are checking the receipts before the money can be paid.',
  },
  'awaiting-second-approval': {
    da: 'Beløbet er så stort, at en medarbejder mere skal godkende det. Du får besked, når det er sket.',
    en: 'The amount is large enough that a second member of staff must approve it. You will hear from us when they have.',
  },
  approved: {
    da: 'Ansøgningen er godkendt. Vi planlægger udbetalingen til din NemKonto.',
    en: 'The application is approved. We are planning the payment to your NemKonto.',
  },
  rejected: {
    da: 'Ansøgningen er afgjort. Brevet om afgørelsen siger hvorfor, og hvordan du klager.',
    en: 'The application has been decided. The decision letter says why, and how to complain.',
  },
  'information-requested': {
    da: 'Sagsbehandleren har et spørgsmål til dig. Svar, så ansøgningen kan blive afgjort.',
    en: 'The caseworker has a question for you. Answer it so the application can be decided.',
  },
  'payout-scheduled': {
    da: 'Pengene udbetales til din NemKonto på den dato, der står her.',
    en: 'The money will be paid to your NemKonto on the date shown here.',
  },
  paid: { da: 'Pengene er udbetalt til din NemKonto.', en: 'The money has been paid to your NemKonto.' },
  failed: {
    da: 'Der skete en fejl i behandlingen. Kommunen retter den; kontakt din sagsbehandler, hvis du har spørgsmål.',
    en: 'Something went wrong in processing. The municipality is fixing it; contact your caseworker if you have questions.',
  },
};

/** The family's own question to answer, while the workflow waits for it: where to answer, and what. */
export function openQuestion(application: Application): { linkId: string; receipts: boolean } | undefined {
  const wait = application.wait;
  if (wait?.purpose !== 'information' && wait?.purpose !== 'receipts') return undefined;
  return { linkId: wait.linkId, receipts: wait.purpose === 'receipts' };
}

/** What happens next, in words; a payout the bank returned says so. */
function nextStep(application: Application): Bilingual {
  const returned = application.payout?.returned;
  if (returned && !returned.correctedAt && !application.payout?.paidAt)
    return {
      da: 'Banken kunne ikke udbetale pengene. Sagsbehandleren retter udbetalingen, og du får besked, når den er sendt igen.',
      en: 'The bank could not pay the money. The caseworker is correcting the payout, and you will hear when it is sent again.',
    };
  return nextSteps[application.status];
}

/** The amount granted, once the grant is final (a second approval may still be due before). */
function grantedOre(application: Application): number | undefined {
  if (application.payout) return application.payout.amountOre;
  if (!['approved', 'payout-scheduled', 'paid'].includes(application.status)) return undefined;
  const outcome = application.secondApproval ?? application.review;
  return outcome?.action === 'approve' ? outcome.grantedOre : undefined;
}

/** The benefit's plain name in the page's language. */
export const benefitOf = (deps: Deps, application: Application, lang: Lang) =>
  pick(lang, benefitName(deps, application));

/** The application's facts as a definition list: case, received, status, next, granted, payout. */
export function facts(application: Application, lang: Lang): Html {
  const t = (da: string, en: string) => pick(lang, { da, en });
  const granted = grantedOre(application);
  const payout = application.payout;
  const row = (term: string, value: string | Html, name: string) =>
    html`<dt>${term}</dt><dd data-fact="${name}">${value}</dd>`;
  return html`<dl class="facts">
${row(t('Sag', 'Case'), caseRef(application.id), 'case')}
${row(t('Modtaget', 'Received'), dayOf(lang, application.submittedAt), 'received')}
${row(t('Status', 'Status'), pick(lang, statusLabels[application.status]), 'status')}
${row(t('Det sker nu', 'What happens next'), pick(lang, nextStep(application)), 'next')}
${granted !== undefined ? row(t('Bevilget', 'Granted'), money(lang, formatDkk(granted)), 'granted') : ''}
${
  payout?.paidAt
    ? row(t('Udbetalt', 'Paid'), dayOf(lang, payout.paidAt), 'paid')
    : payout
      ? row(t('Udbetales', 'To be paid'), dayOf(lang, payout.dueDate), 'payout')
      : ''
}
</dl>`;
}
