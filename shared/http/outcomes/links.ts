import type { WaitEnd } from '../../app/ports';
import type { Audience } from '../../app/use-cases/open-link';
import { type Entries, same, type Words } from './refusals';

// The e-mailed links: a link that does not work (unknown, used, its wait ended), a form sent
// through it that no longer matches, a decision's receipt that is not there.

const contact: Record<Audience, Words> = {
  family: {
    da: 'Har du spørgsmål, så kontakt din sagsbehandler i kommunen.',
    en: 'If you have questions, please contact your caseworker at the municipality.',
  },
  staff: {
    da: 'Har du spørgsmål til sagen, så kontakt din teamleder.',
    en: 'If you have questions about the case, please contact your team lead.',
  },
};

/** What the page of a link whose wait has ended says: what happened, and whom to contact. */
function waitEnded(audience: Audience, endedBy: WaitEnd): Words {
  const family = audience === 'family';
  const what: Record<WaitEnd, Words> = {
    'timed-out': family
      ? {
          da: 'Fristen for at svare via dette link er udløbet, og ansøgningen er afgjort ud fra de oplysninger, kommunen havde.',
          en: 'The time limit for answering through this link has passed, and the application has been decided on the information the municipality had.',
        }
      : {
          da: 'Fristen for at træffe afgørelse via dette link er udløbet, og sagen er sendt videre.',
          en: 'The time limit for deciding through this link has passed, and the case has been passed on.',
        },
    escalated: {
      da: 'Fristen for afgørelsen udløb, og sagen er sendt til teamlederen.',
      en: 'The time limit for the decision passed, and the case has been sent to the team lead.',
    },
    closed: {
      da: 'Sagen venter ikke længere på et svar via dette link. Der er ikke registreret noget.',
      en: 'The case is no longer waiting for an answer through this link. Nothing has been recorded.',
    },
    failed: {
      da: 'Sagen kunne ikke behandles videre på grund af en teknisk fejl, og linket virker derfor ikke længere.',
      en: 'The case could not be processed further because of a technical fault, so the link no longer works.',
    },
    stopped: {
      da: 'Behandlingen af sagen er stoppet, og linket virker derfor ikke længere.',
      en: 'The processing of the case has been stopped, so the link no longer works.',
    },
  };
  const said = what[endedBy];
  return { da: `${said.da} ${contact[audience].da}`, en: `${said.en} ${contact[audience].en}` };
}

/** What the links' refusals say. */
export const LINK_OUTCOMES: Entries<'unknown-link' | 'link-used' | 'wait-ended' | 'bad-form' | 'no-receipt'> =
  {
    'unknown-link': {
      status: 404,
      words: same({ da: 'Linket findes ikke.', en: 'The link does not exist.' }),
    },
    'link-used': {
      status: 409,
      words: ({ audience }) =>
        audience === 'family'
          ? { da: 'Der er allerede svaret via dette link.', en: 'This link has already been answered.' }
          : {
              da: 'Der er allerede truffet afgørelse via dette link.',
              en: 'A decision has already been made through this link.',
            },
    },
    'wait-ended': { status: 410, words: ({ audience, endedBy }) => waitEnded(audience, endedBy) },
    'bad-form': {
      status: 400,
      words: same({
        da: 'Formularen er udløbet; åbn linket igen.',
        en: 'The form has expired; open the link again.',
      }),
    },
    'no-receipt': { status: 404, words: same({ da: 'Siden findes ikke.', en: 'Page not found.' }) },
  };
