import { caseRef } from '../../domain/case-ref';
import { addDays, instantDay } from '../../domain/dates';
import type { Application, Status } from '../application';
import type { Deps } from '../deps';
import { danishDay, englishDay, linkMail, refusedReceipts } from '../letters';
import type { DecisionLink, LinkPurpose } from '../ports';
import { WAIT_DAYS } from '../waits';
import { load, save } from './application-record';
import { createLink, linkUrl } from './create-link';

type Texts = {
  status: Status;
  subject: string;
  /** What the e-mail is about, then the sentence that leads to the link, in each language. */
  da: string;
  daLink: string;
  en: string;
  enLink: string;
  /** The note the status's timeline entry gets (why the family is asked again). */
  note?: string;
};

/** The review e-mail when the family has answered the caseworker's question. */
const answered: Texts = {
  status: 'in-review',
  subject: 'Familien har svaret: ansøgning til behandling',
  da: 'Familien har svaret på din forespørgsel, og ansøgningen venter igen på din afgørelse.',
  daLink: 'Åbn sagen her:',
  en: 'The family has answered your request, and the application is waiting for your decision again.',
  enLink: 'Open the case here:',
};

/** "Svar senest 14. december 2026 …": the day the family's answer is due, in Copenhagen. */
function answerBy(deps: Pick<Deps, 'env'>, days: number): { da: string; en: string } {
  const due = addDays(instantDay(deps.env.now().toISOString()), days);
  return {
    da: `Svar senest ${danishDay(due)}. Hører vi ikke fra dig, afgør vi ansøgningen ud fra de oplysninger, vi har.`,
    en: `Please answer by ${englishDay(due)}. If we do not hear from you, we will decide the application on the information we have.`,
  };
}

/** The review e-mail when the team lead let the escalation run out: the case is back with the caseworker. */
const returned: Texts = {
  status: 'in-review',
  subject: 'Sagen er tilbage hos dig: ansøgning til behandling',
  da: 'Teamlederen traf ikke afgørelse inden for fristen, så ansøgningen venter igen på din afgørelse.',
  daLink: 'Åbn sagen her:',
  en: 'The team lead did not decide within the time limit, so the application is waiting for your decision again.',
  enLink: 'Open the case here:',
};

/** The family's e-mail when the document check refused a receipt: which one and why follow, in words. */
const receiptRefused: Texts = {
  status: 'awaiting-receipts',
  subject: 'Send en ny kvittering til din ansøgning',
  da: 'Vi har gennemgået dokumentationen til din ansøgning, og der er en kvittering, vi ikke kan bruge. Send en ny i stedet, så behandler vi ansøgningen færdig.',
  daLink: 'Upload den nye kvittering her:',
  en: 'We have gone through the documentation for your application, and there is a receipt we cannot use. Please send a new one instead, and we will finish processing your application.',
  enLink: 'Upload the new receipt here:',
  note: 'receipt-refused',
};

/** The review e-mail when the family has sent new receipts for those the document check refused. */
const receiptsReplaced: Texts = {
  status: 'in-review',
  subject: 'Familien har sendt nye kvitteringer: ansøgning til behandling',
  da: 'Dokumentkontrollen fandt en kvittering, der manglede eller ikke kunne bruges, og familien har sendt nye. Ansøgningen venter igen på din afgørelse.',
  daLink: 'Åbn sagen her:',
  en: 'The document check found a receipt missing or unusable, and the family has sent new ones. The application is waiting for your decision again.',
  enLink: 'Open the case here:',
};

/** The second approver's e-mail when the first request ran out: a reminder with a new link. */
const secondReminder: Texts = {
  status: 'awaiting-second-approval',
  subject: 'Påmindelse: ansøgning til godkendelse (fire øjne)',
  da: 'En bevilling over beløbsgrænsen venter stadig på godkendelse af en anden medarbejder. Det tidligere link virker ikke længere.',
  daLink: 'Åbn sagen her:',
  en: 'A grant above the limit is still waiting for a second approver. The earlier link no longer works.',
  enLink: 'Open the case here:',
};

const texts: Record<LinkPurpose, Texts> = {
  review: {
    status: 'in-review',
    subject: 'Ny ansøgning til behandling',
    da: 'En ansøgning venter på din afgørelse.',
    daLink: 'Åbn sagen her:',
    en: 'An application is waiting for your decision.',
    enLink: 'Open the case here:',
  },
  escalation: {
    status: 'in-review',
    subject: 'Ansøgning over fristen: til afgørelse hos teamleder',
    da: 'Sagsbehandlerens frist er overskredet, og sagen er sendt videre til dig.',
    daLink: 'Åbn sagen her:',
    en: "The caseworker's deadline has passed and the case has been passed on to you.",
    enLink: 'Open the case here:',
  },
  'second-approval': {
    status: 'awaiting-second-approval',
    subject: 'Ansøgning til godkendelse (fire øjne)',
    da: 'En bevilling over beløbsgrænsen skal godkendes af en anden medarbejder.',
    daLink: 'Åbn sagen her:',
    en: 'A grant above the limit needs a second approver.',
    enLink: 'Open the case here:',
  },
  information: {
    status: 'information-requested',
    subject: 'Vi mangler oplysninger til din ansøgning',
    da: 'Sagsbehandleren har brug for flere oplysninger.',
    daLink: 'Svar her:',
    en: 'The caseworker needs more information.',
    enLink: 'Answer here:',
  },
  receipts: {
    status: 'awaiting-receipts',
    subject: 'Vi mangler dokumentation til din ansøgning',
    da: 'Der mangler kvitteringer eller anden dokumentation (fx en lægeerklæring) til din ansøgning.',
    daLink: 'Upload dem her:',
    en: 'Receipts or other documentation (e.g. a medical statement) are missing from your application.',
    enLink: 'Upload them here:',
  },
};

/**
 * A step that waits for a person: stores the task token behind an opaque link, records the open
 * wait on the application, moves the status and e-mails the link. The e-mail carries the link's id
 * only; never the token, never personal data. The same task asked again (a retried step, a
 * restarted engine) finds its link and sends no second e-mail; a new wait ends the one before it,
 * whose link then says how it ended.
 */
export async function requestAction(
  deps: Pick<Deps, 'applications' | 'links' | 'mailer' | 'env' | 'settings'>,
  applicationId: string,
  purpose: LinkPurpose,
  taskToken: string,
): Promise<void> {
  let application = await load(deps, applicationId);
  const previous = application.wait;
  if (previous) {
    const link = await deps.links.get(previous.linkId);
    if (link && previous.purpose === purpose && link.taskToken === taskToken) {
      if (!link.mailedAt) await mailLink(deps, application, link, textsFor(application, purpose, undefined));
      return;
    }
    // The wait before this one ended without an answer through its link: it timed out.
    const endedBy = purpose === 'escalation' ? 'escalated' : 'timed-out';
    await deps.links.revoke(previous.linkId, deps.env.now().toISOString(), endedBy);
  }
  const recipient = {
    review: deps.settings.caseworkerEmail,
    escalation: deps.settings.teamLeadEmail,
    'second-approval': deps.settings.secondApproverEmail,
    information: application.applicant.email,
    receipts: application.applicant.email,
  }[purpose];
  const { link } = await createLink(deps, applicationId, purpose, taskToken, recipient);
  const text = textsFor(application, purpose, previous?.purpose);
  application = await save(deps, application, {
    wait: { purpose, linkId: link.id, startedAt: link.createdAt },
    ...(application.status !== text.status || purpose === 'escalation'
      ? {
          status: text.status,
          ...(purpose === 'escalation' ? { note: 'escalated' } : text.note ? { note: text.note } : {}),
        }
      : {}),
  });
  await mailLink(deps, application, link, text);
}

/** Which e-mail a wait sends: the first request, the family has answered, back from the team lead, a reminder. */
function textsFor(application: Application, purpose: LinkPurpose, previous: LinkPurpose | undefined): Texts {
  if (purpose === 'review' && previous === 'escalation') return returned;
  if (purpose === 'second-approval' && previous === 'second-approval') return secondReminder;
  if (purpose === 'review' && application.review?.action === 'request-information') return answered;
  // The document check refused a receipt (its result stays until the next check).
  if (purpose === 'receipts' && refusedReceipts(application).length > 0) return receiptRefused;
  const checked = application.documents?.ok === false;
  if (purpose === 'review' && checked && application.answers?.at(-1)?.purpose === 'receipts')
    return receiptsReplaced;
  return texts[purpose];
}

/** E-mails the link of a wait, in the words `textsFor` chose, and notes that it went out. */
async function mailLink(
  deps: Pick<Deps, 'links' | 'mailer' | 'env' | 'settings'>,
  application: Application,
  link: DecisionLink,
  text: Texts,
): Promise<void> {
  const { purpose } = link;
  const due =
    purpose === 'information' || purpose === 'receipts' ? answerBy(deps, WAIT_DAYS[purpose]) : undefined;
  const question = purpose === 'information' ? application.review?.reason : undefined;
  // Which receipts the document check refused and why, in words, when the family is asked again.
  const refused = purpose === 'receipts' ? refusedReceipts(application) : [];
  // Each language's half ends with its own sentence leading to the link, and the link.
  const da = [
    text.da,
    ...refused.map((r) => r.da),
    ...(question ? [`Spørgsmål: ${question}`] : []),
    ...(due ? [due.da] : []),
    text.daLink,
  ];
  const en = [
    text.en,
    ...refused.map((r) => r.en),
    ...(question ? [`Question: ${question}`] : []),
    ...(due ? [due.en] : []),
    text.enLink,
  ];
  await deps.mailer.send(
    linkMail(link.recipient, `${text.subject} (sag ${caseRef(application.id)})`, linkUrl(deps, link), da, en),
  );
  await deps.links.markMailed(link.id, deps.env.now().toISOString());
}
