import { DateTime } from 'luxon';
import { caseRef } from '../domain/case-ref';
import { instantDay, ZONE } from '../domain/dates';
import { escapeHtml } from '../domain/escape-html';
import { formatDkkEnglish, formatKroner } from '../domain/money';
import type { Reason, ReasonCode } from '../rules/decision';
import { citation } from '../rules/sources/citation';
import type { Application } from './application';
import type { Bilingual, Mail } from './ports';

/** The letters the workflow sends; subjects never carry names, CPR numbers or amounts. */
export type LetterKind = 'rejection' | 'partial' | 'documents' | 'no-answer' | 'approval' | 'paid';

/** Benefits whose decisions cannot be appealed to another authority (Rudersdal P-U9: SEL § 11, stk. 6). */
const notAppealable = new Set(['rud-s11-leisure']);

/**
 * Complaint guidance (forvaltningsloven § 25): where, how and by when. Decisions under Serviceloven
 * are appealed to Ankestyrelsen through the municipality within 4 weeks (retssikkerhedsloven § 67).
 */
export function complaintGuidance(application: Application): Bilingual {
  if (notAppealable.has(application.benefit)) {
    return {
      da: 'Afgørelsen kan ikke indbringes for anden administrativ myndighed (servicelovens § 11, stk. 6). Du kan bede kommunen genoverveje den.',
      en: 'This decision cannot be appealed to another administrative authority (Social Services Act § 11(6)). You may ask the municipality to reconsider it.',
    };
  }
  return {
    da: 'Du kan klage over afgørelsen. Klagen sendes til kommunen inden 4 uger fra du har modtaget dette brev, skriftligt eller mundtligt. Kommunen genvurderer sagen, og fastholder den afgørelsen, sendes klagen videre til Ankestyrelsen (retssikkerhedslovens § 67).',
    en: 'You may complain about this decision. Send the complaint to the municipality within 4 weeks of receiving this letter, in writing or orally. The municipality reconsiders the case and, if it upholds the decision, forwards the complaint to Ankestyrelsen (the National Social Appeals Board).',
  };
}

/** Reason codes (spec §3) that explain why the rules refuse all or part of a claim. */
const refusalCodes: ReadonlySet<string> = new Set<ReasonCode>([
  'not-eligible',
  'not-covered',
  'below-threshold',
  'late-documentation',
  'prior-approval-required',
]);

/** Ends a sentence with a full stop unless it already ends with one ("1.000,00 kr." stays as it is). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?«»]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

type Texts = { da: string[]; en: string[] };

/** A rule's reason as the e-mail gives it, with its source after it. */
const reasonInMail = (r: Reason): Bilingual => ({
  da: `${r.da} (Kilde: ${citation(r.source, 'da')})`,
  en: `${r.en} (Source: ${citation(r.source, 'en')})`,
});

const ORDINALS = {
  da: ['første', 'anden', 'tredje', 'fjerde', 'femte', 'sjette', 'syvende', 'ottende', 'niende', 'tiende'],
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
};

/**
 * The receipts the document check refused, each named in words (which one, sent when) with why:
 * "Vi kan ikke bruge den anden kvittering, du sendte 10. marts 2026. Filen er ikke en PDF eller et
 * billede." The family knows its receipts by order and day, never by an upload id.
 */
export function refusedReceipts(application: Application): Bilingual[] {
  if (application.documents?.ok !== false) return [];
  const { receipts } = application;
  return application.documents.problems.flatMap((problem) => {
    const index = problem.receipt ? receipts.indexOf(problem.receipt) : -1;
    if (index < 0) return [];
    const answer = application.answers?.find((a) => a.receipts.includes(problem.receipt ?? ''));
    const day = instantDay(answer?.at ?? application.submittedAt);
    const ordinal = (lang: 'da' | 'en') =>
      ORDINALS[lang][index] ?? `${lang === 'da' ? 'nr.' : 'no.'} ${index + 1}`;
    // "kvitteringen" when there is one, "den anden kvittering" among several.
    const receipt = receipts.length === 1 ? 'kvitteringen' : `den ${ordinal('da')} kvittering`;
    const which = receipts.length === 1 ? 'receipt' : `${ordinal('en')} receipt`;
    const da = `Vi kan ikke bruge ${receipt}, du sendte ${answer ? '' : 'med ansøgningen '}${danishDay(day)}.`;
    const en = `We cannot use the ${which} you sent ${answer ? 'on' : 'with your application on'} ${englishDay(day)}.`;
    return [{ da: `${da} ${sentence(problem.da)}`, en: `${en} ${sentence(problem.en)}` }];
  });
}

/**
 * The reasons a decision letter must give (forvaltningsloven § 22), those relevant to its kind: a
 * refusal gives the rules' refusal reasons and the reason of whoever rejected, not the rules'
 * informational notes (a cap, a rate); a partial approval gives the rules' reasons for the amount
 * and the caseworker's reason for granting less; a documents letter gives what is wrong with them.
 */
export function reasons(kind: LetterKind, application: Application, say = reasonInMail): Texts {
  const rules = (application.decision?.reasons ?? []).filter(
    (r) => kind === 'partial' || refusalCodes.has(r.code),
  );
  const why: Texts = {
    da: rules.map((r) => say(r).da),
    en: rules.map((r) => say(r).en),
  };
  const add = (da: string, en: string) => {
    why.da.push(da);
    why.en.push(en);
  };
  const { review, secondApproval } = application;
  if (kind === 'rejection') {
    const rejecting = [secondApproval, review].find((d) => d?.action === 'reject');
    if (rejecting?.reason)
      add(
        `Sagsbehandlerens begrundelse: ${rejecting.reason}`,
        `The caseworker's reasons: ${rejecting.reason}`,
      );
  } else if (kind === 'partial') {
    if (review?.reason)
      add(`Sagsbehandlerens begrundelse: ${review.reason}`, `The caseworker's reasons: ${review.reason}`);
  } else if (kind === 'documents') {
    for (const problem of application.documents?.problems ?? []) add(problem.da, problem.en);
  } else if (kind === 'no-answer') {
    const refused = refusedReceipts(application);
    if (application.status === 'awaiting-receipts' && refused.length > 0) {
      add(
        'Vi bad om en ny kvittering i stedet for den, vi ikke kunne bruge.',
        'We asked for a new receipt instead of the one we could not use.',
      );
      for (const line of refused) add(line.da, line.en);
    } else if (application.status === 'awaiting-receipts')
      add('Vi bad om kvitteringer for udgifterne.', 'We asked for receipts for the expenses.');
    else if (review?.action === 'request-information' && review.reason)
      add(`Sagsbehandleren bad om: ${review.reason}`, `The caseworker asked: ${review.reason}`);
  }
  return why;
}

/** "23. november 2026" / "23 November 2026" for a calendar day. */
export const danishDay = (day: string) =>
  DateTime.fromISO(day, { zone: ZONE }).setLocale('da').toFormat('d. MMMM yyyy');
export const englishDay = (day: string) =>
  DateTime.fromISO(day, { zone: ZONE }).setLocale('en-GB').toFormat('d MMMM yyyy');

/** What a letter of the kind decides, in one or two sentences per language, with its e-mail subject. */
export function opening(kind: LetterKind, application: Application): Bilingual & { subject: string } {
  // Decided applications carry the benefit's name; without it the letter says "a benefit", never its id.
  const benefit = application.decision?.benefit.name ?? { da: 'en ydelse', en: 'A benefit' };
  const granted = application.review?.grantedOre ?? 0;
  return {
    rejection: {
      subject: 'Afgørelse om din ansøgning',
      da: `Vi har behandlet din ansøgning om ${benefit.da}, og vi kan desværre ikke imødekomme den.`,
      en: `We have processed your application for ${benefit.en.toLowerCase()} and unfortunately cannot grant it.`,
    },
    partial: {
      subject: 'Afgørelse om din ansøgning',
      da: `${sentence(`Vi har behandlet din ansøgning om ${benefit.da} og bevilger ${formatKroner(granted)}`)} Resten kan vi ikke imødekomme.`,
      en: `${sentence(`We have processed your application for ${benefit.en.toLowerCase()} and grant ${formatDkkEnglish(granted)}`)} We cannot grant the rest.`,
    },
    documents: {
      subject: 'Afgørelse om din ansøgning',
      da: `Vi kan ikke udbetale ${benefit.da}, fordi dokumentationen ikke er i orden.`,
      en: `We cannot pay ${benefit.en.toLowerCase()} because the documentation is not in order.`,
    },
    'no-answer': {
      subject: 'Afgørelse om din ansøgning',
      da: `Vi har ikke modtaget de oplysninger, vi bad om, og har derfor afgjort din ansøgning om ${benefit.da} på det foreliggende grundlag: den kan ikke imødekommes.`,
      en: `We did not receive the information we asked for, so we have decided your application for ${benefit.en.toLowerCase()} on the information we have: it cannot be granted.`,
    },
    approval: {
      subject: 'Din ansøgning er bevilget',
      da: `${sentence(`Vi har behandlet din ansøgning om ${benefit.da} og bevilger ${formatKroner(granted)}`)} Pengene udbetales til din NemKonto${application.payout?.dueDate ? ` omkring ${danishDay(application.payout.dueDate)}` : ''}.`,
      en: `${sentence(`We have processed your application for ${benefit.en.toLowerCase()} and grant ${formatDkkEnglish(granted)}`)} The money will be paid to your NemKonto${application.payout?.dueDate ? ` around ${englishDay(application.payout.dueDate)}` : ''}.`,
    },
    paid: {
      subject: 'Pengene er udbetalt',
      da: `${formatKroner(application.payout?.amountOre ?? granted)} for ${benefit.da} er udbetalt til din NemKonto.`,
      en: `${formatDkkEnglish(application.payout?.amountOre ?? granted)} for ${benefit.en.toLowerCase()} has been paid to your NemKonto.`,
    },
  }[kind];
}

/** Whether a letter of the kind decides against the family in whole or part: reasons and complaint guidance. */
export const isDecisionLetter = (kind: LetterKind) => kind !== 'paid' && kind !== 'approval';

/** A decision letter in Danish, with an English version below. */
export function letter(kind: LetterKind, application: Application): Mail {
  const ref = caseRef(application.id);
  const legal = application.decision?.legalBasis ?? { da: '', en: '' };
  const why = reasons(kind, application);
  const guidance = complaintGuidance(application);
  const head = opening(kind, application);
  // A full grant needs no reasons or complaint guidance (forvaltningsloven §§ 22, 25: only where it
  // does not fully grant the application); it says what is paid and when.
  const decisionLetter = isDecisionLetter(kind);
  const da = [
    `Sag ${ref}`,
    head.da,
    ...(decisionLetter
      ? [
          ...(why.da.length > 0 ? ['Begrundelse:', ...why.da] : []),
          `Retsgrundlag: ${legal.da}`,
          'Klagevejledning:',
          guidance.da,
        ]
      : []),
  ];
  const en = [
    `Case ${ref}`,
    head.en,
    ...(decisionLetter
      ? [
          ...(why.en.length > 0 ? ['Reasons:', ...why.en] : []),
          `Legal basis: ${legal.en}`,
          'How to complain:',
          guidance.en,
        ]
      : []),
  ];
  return {
    to: application.applicant.email,
    subject: `${head.subject} (sag ${ref})`,
    text: [...da, '', '— English —', ...en].join('\n\n'),
    html: `<div lang="da">${da.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div><hr><div lang="en">${en.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`,
  };
}

/**
 * An e-mail that leads to one link: Danish paragraphs then the link, English below, each half
 * ending with the link (text and HTML alike).
 */
export function linkMail(to: string, subject: string, url: string, da: string[], en: string[]): Mail {
  const half = (lang: string, paragraphs: string[]) =>
    `<div lang="${lang}">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p></div>`;
  return {
    to,
    subject,
    text: [...da, url, '', '— English —', '', ...en, url].join('\n'),
    html: `${half('da', da)}<hr>${half('en', en)}`,
  };
}
