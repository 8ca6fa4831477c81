import type { Status } from '../application';
import type { Deps } from '../deps';
import type { LinkPurpose } from '../ports';
import { caseRef, createLink, load, save } from './common';

const texts: Record<LinkPurpose, { status: Status; subject: string; da: string; en: string }> = {
  review: {
    status: 'in-review',
    subject: 'Ny ansøgning til behandling',
    da: 'En ansøgning venter på din afgørelse. Åbn sagen her:',
    en: 'An application is waiting for your decision. Open the case here:',
  },
  escalation: {
    status: 'in-review',
    subject: 'Ansøgning over fristen: til afgørelse hos teamleder',
    da: 'Sagsbehandlerens frist er overskredet, og sagen er sendt videre til dig. Åbn sagen her:',
    en: "The caseworker's deadline has passed and the case has been passed on to you. Open the case here:",
  },
  'second-approval': {
    status: 'awaiting-second-approval',
    subject: 'Ansøgning til godkendelse (fire øjne)',
    da: 'En bevilling over beløbsgrænsen skal godkendes af en anden medarbejder. Åbn sagen her:',
    en: 'A grant above the limit needs a second approver. Open the case here:',
  },
  information: {
    status: 'information-requested',
    subject: 'Vi mangler oplysninger til din ansøgning',
    da: 'Sagsbehandleren har brug for flere oplysninger. Svar her:',
    en: 'The caseworker needs more information. Answer here:',
  },
  receipts: {
    status: 'awaiting-receipts',
    subject: 'Vi mangler kvitteringer til din ansøgning',
    da: 'Der mangler kvitteringer til din ansøgning. Upload dem her:',
    en: 'Receipts are missing from your application. Upload them here:',
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
  const text = texts[purpose];
  const question = purpose === 'information' ? application.review?.reason : undefined;
  // Usually the status is already right (the rules step set in-review): no write then.
  if (application.status !== text.status || purpose === 'escalation') {
    await save(deps, application, {
      status: text.status,
      ...(purpose === 'escalation' ? { note: 'escalated' } : {}),
    });
  }
  const body = [text.da, ...(question ? [`Spørgsmål: ${question}`] : []), url, '', text.en, url];
  await deps.mailer.send({
    to: recipient,
    subject: `${text.subject} (sag ${caseRef(applicationId)})`,
    text: body.join('\n'),
    html: `<p>${text.da}</p>${question ? `<p>${question.replace(/[<>&]/g, '')}</p>` : ''}<p><a href="${url}">${url}</a></p><hr><p lang="en">${text.en}</p>`,
  });
}
