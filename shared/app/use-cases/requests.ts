import { addDays, instantDay } from '../../domain/dates';
import type { Status } from '../application';
import type { Deps } from '../deps';
import { danishDay, englishDay, linkMail } from '../letters';
import type { LinkPurpose } from '../ports';
import { caseRef, createLink, load, save } from './common';

type Texts = {
  status: Status;
  subject: string;
  /** What the e-mail is about, then the sentence that leads to the link, in each language. */
  da: string;
  daLink: string;
  en: string;
  enLink: string;
};

/** Days the family has to answer before the application is decided without the answer (the workflow's timeouts). */
export const FAMILY_ANSWER_DAYS = { information: 21, receipts: 14 } as const;

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
function answerBy(deps: Deps, days: number): { da: string; en: string } {
  const due = addDays(instantDay(deps.env.now().toISOString()), days);
  return {
    da: `Svar senest ${danishDay(due)}. Hører vi ikke fra dig, afgør vi ansøgningen ud fra de oplysninger, vi har.`,
    en: `Please answer by ${englishDay(due)}. If we do not hear from you, we will decide the application on the information we have.`,
  };
}

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
 * A step that waits for a person: stores the task token behind an opaque link, moves the status
 * and e-mails the link. The e-mail carries the link's id only; never the token, never personal data.
 */
export async function requestAction(
  deps: Deps,
  applicationId: string,
  purpose: LinkPurpose,
  taskToken: string,
): Promise<void> {
  const application = await load(deps, applicationId);
  const recipient = {
    review: deps.settings.caseworkerEmail,
    escalation: deps.settings.teamLeadEmail,
    'second-approval': deps.settings.secondApproverEmail,
    information: application.applicant.email,
    receipts: application.applicant.email,
  }[purpose];
  const { url } = await createLink(deps, applicationId, purpose, taskToken, recipient);
  const hasAnswered = purpose === 'review' && application.review?.action === 'request-information';
  const text = hasAnswered ? answered : texts[purpose];
  const due =
    purpose === 'information' || purpose === 'receipts'
      ? answerBy(deps, FAMILY_ANSWER_DAYS[purpose])
      : undefined;
  const question = purpose === 'information' ? application.review?.reason : undefined;
  // Usually the status is already right (the rules step set in-review): no write then.
  if (application.status !== text.status || purpose === 'escalation') {
    await save(deps, application, {
      status: text.status,
      ...(purpose === 'escalation' ? { note: 'escalated' } : {}),
    });
  }
  // Each language's half ends with its own sentence leading to the link, and the link.
  const da = [
    text.da,
    ...(question ? [`Spørgsmål: ${question}`] : []),
    ...(due ? [due.da] : []),
    text.daLink,
  ];
  const en = [text.en, ...(question ? [`Question: ${question}`] : []), ...(due ? [due.en] : []), text.enLink];
  await deps.mailer.send(linkMail(recipient, `${text.subject} (sag ${caseRef(applicationId)})`, url, da, en));
}
