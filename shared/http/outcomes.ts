import type { WaitEnd } from '../app/ports';
import type { AnswerProblem } from '../app/use-cases/answer-request';
import type { NotAwaitingCorrection } from '../app/use-cases/correct-returned-payout';
import type { CorrectionProblem } from '../app/use-cases/correction-form';
import type { SignedInDecisionRefusal } from '../app/use-cases/decide-signed-in';
import type { Audience } from '../app/use-cases/open-link';
import type { CorrectionRefusal } from '../app/use-cases/payout-correction';
import type { ReconcileRefusal } from '../app/use-cases/payout-reconcile';
import type { ReleaseRefusal } from '../app/use-cases/payout-release';
import type { StatusReportRefusal } from '../app/use-cases/payout-status-report';
import type { NoReceipt } from '../app/use-cases/read-decision-receipt';
import { RECEIPT_ID_WORDS } from '../app/use-cases/receipt-ids';
import type { SignInRefusal } from '../app/use-cases/start-sign-in';
import type { Submitted } from '../app/use-cases/submit-application';
import { formatDkkEnglish, formatKroner } from '../domain/money';

// The one table from the use cases' refusal codes to what HTTP answers: the status, and the plain
// Danish and English words people read (never the code itself).

type Words = { da: string; en: string };

/** A sign-out whose anti-forgery field does not match: refused at the edge, nothing changed. */
export type SignOutRefused = { ok: false; code: 'sign-out-refused' };

/** Every refusal the pages' routes can get from their use cases (or, for sign-out, from the edge). */
export type Refusal =
  | SignedInDecisionRefusal
  | AnswerProblem
  | NoReceipt
  | SignInRefusal
  | SignOutRefused
  | Extract<Submitted, { ok: false }>
  | ReleaseRefusal
  | ReconcileRefusal
  | StatusReportRefusal
  | CorrectionRefusal
  | CorrectionProblem
  | NotAwaitingCorrection;

/** A refusal's code. */
export type RefusalCode = Refusal['code'];

/** What HTTP makes of one code. */
export type OutcomeEntry<R> = (
  | {
      status: UsualStatus;
      /** The page's heading, when it is not the status's usual one. */
      title?: Words;
    }
  | { status: 403 | 422 | 502 | 503; title: Words }
) & {
  words: (refusal: R) => Words;
};

/** The statuses with a usual heading. */
type UsualStatus = 400 | 404 | 409 | 410;

const same = (words: Words) => () => words;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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

const typeAmount: Words = {
  da: 'Skriv beløbet i kroner, fx 1.500,00.',
  en: 'Write the amount in kroner, e.g. 1500.00.',
};
const notRecorded: Words = { da: 'Afgørelsen er ikke registreret', en: 'The decision is not recorded' };
const notReleased: Words = { da: 'Frigivelsen er ikke registreret', en: 'The release is not recorded' };

/** The table: a code without an entry does not compile. */
export const OUTCOMES: { [C in RefusalCode]: OutcomeEntry<Extract<Refusal, { code: C }>> } = {
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
  'own-application': {
    status: 409,
    title: notRecorded,
    words: same({
      da: 'Du kan ikke træffe afgørelse i en sag, hvor du selv er ansøger. Bed en kollega om at tage sagen.',
      en: 'You cannot decide a case in which you are the applicant. Ask a colleague to take the case.',
    }),
  },
  'own-case': {
    status: 409,
    title: notRecorded,
    words: same({
      da: 'Du kan ikke godkende din egen afgørelse. En anden skal give den anden godkendelse.',
      en: 'You cannot approve your own decision. Someone else must give the second approval.',
    }),
  },
  action: {
    status: 400,
    words: same({
      da: 'Vælg godkend, afslå eller bed om oplysninger.',
      en: 'Choose approve, reject or request information.',
    }),
  },
  reason: { status: 400, words: same({ da: 'Skriv en begrundelse.', en: 'Give a reason.' }) },
  'nothing-payable': {
    status: 400,
    words: same({
      da: 'Reglerne giver ikke noget beløb til udbetaling (0,00 kr.), så ansøgningen kan ikke godkendes. Afslå den, eller bed om oplysninger.',
      en: 'The rules allow nothing to be paid (DKK 0.00), so the application cannot be approved. Reject it or request information.',
    }),
  },
  amount: { status: 400, words: same(typeAmount) },
  'amount-zero': {
    status: 400,
    words: ({ grantedOre }) => ({
      da: `Et beløb på ${formatKroner(grantedOre)} kan ikke bevilges. Brug afslå i stedet.`,
      en: `An amount of ${formatDkkEnglish(grantedOre)} cannot be granted. Use reject instead.`,
    }),
  },
  'amount-above-payable': {
    status: 400,
    words: ({ grantedOre, payableOre }) => ({
      da: `Beløbet ${formatKroner(grantedOre)} er større end det, reglerne tillader: højst ${formatKroner(payableOre)}`,
      en: `The amount ${formatDkkEnglish(grantedOre)} exceeds what the rules allow: at most ${formatDkkEnglish(payableOre)}.`,
    }),
  },
  'partial-reason': {
    status: 400,
    words: ({ grantedOre, payableOre }) => ({
      da: `En delvis bevilling skal begrundes (forvaltningslovens § 22): skriv, hvorfor der bevilges ${formatKroner(grantedOre)} og ikke ${formatKroner(payableOre)}`,
      en: `A partial approval must state its reasons (Public Administration Act § 22): write why ${formatDkkEnglish(grantedOre)} is granted rather than ${formatDkkEnglish(payableOre)}.`,
    }),
  },
  'amount-required': {
    status: 400,
    words: same({
      da: 'Reglerne kan ikke beregne beløbet her; skriv det beløb, der bevilges, fx 1500.00.',
      en: 'The rules cannot compute the amount here; write the amount granted, e.g. 1500.00.',
    }),
  },
  'amount-reason': {
    status: 400,
    words: same({
      da: 'Skriv, hvordan beløbet er fastsat (fx sats og antal døgn).',
      en: 'Write how the amount was set (e.g. rate and number of nights).',
    }),
  },
  'not-found': { status: 404, words: same({ da: 'Sagen findes ikke.', en: 'The case does not exist.' }) },
  'not-waiting': {
    status: 409,
    title: notRecorded,
    words: same({
      da: 'Sagen venter ikke på en afgørelse, som du kan træffe. Der er ikke registreret noget.',
      en: 'The case is not waiting for a decision you can make. Nothing has been recorded.',
    }),
  },
  answer: {
    status: 400,
    words: same({
      da: 'Skriv et svar eller vedhæft kvitteringer.',
      en: 'Write an answer or attach receipts.',
    }),
  },
  receipts: {
    status: 400,
    // Each receipt by its number as the family sees the list, from 1.
    words: ({ problems }) => ({
      da: capital(problems.map((p) => `kvittering ${p.index + 1} ${RECEIPT_ID_WORDS[p.code].da}`).join('; ')),
      en: capital(problems.map((p) => `receipt ${p.index + 1} ${RECEIPT_ID_WORDS[p.code].en}`).join('; ')),
    }),
  },
  'too-many-receipts': {
    status: 400,
    words: ({ max }) => ({
      da: `Et svar kan have højst ${max} kvitteringer.`,
      en: `An answer can have at most ${max} receipts.`,
    }),
  },
  'unattachable-receipts': {
    status: 400,
    words: same({
      da: 'En kvittering kunne ikke knyttes til svaret; upload den igen.',
      en: 'A receipt could not be attached to the answer; upload it again.',
    }),
  },
  'no-receipt': { status: 404, words: same({ da: 'Siden findes ikke.', en: 'Page not found.' }) },
  // The application API (POST /api/applications): the field errors say what is wrong with each field.
  invalid: {
    status: 400,
    words: same({
      da: 'Ansøgningen har felter, der mangler eller er ugyldige.',
      en: 'The application has fields that are missing or invalid.',
    }),
  },
  'key-reused': {
    status: 422,
    title: { da: 'Ansøgningen er ikke modtaget', en: 'The application was not received' },
    // Said of the Idempotency-Key header, as its field error.
    words: same({
      da: 'er allerede brugt til en anden ansøgning; send med en ny nøgle',
      en: 'was already used for a different application; send it with a new key',
    }),
  },
  // Sign-in and sign-out: said in plain words, never with the provider's claims or error text.
  'not-set-up': {
    status: 503,
    title: { da: 'Log-in er ikke sat op', en: 'Sign-in is not set up' },
    words: same({
      da: 'Denne installation har endnu ingen login-tjeneste til denne slags log-in. Kontakt kommunen.',
      en: 'This installation has no sign-in service for this kind of sign-in yet. Contact the municipality.',
    }),
  },
  unreachable: {
    status: 503,
    title: { da: 'Log-in virker ikke lige nu', en: 'Sign-in is not working right now' },
    words: same({
      da: 'Login-tjenesten svarer ikke. Prøv igen om lidt.',
      en: 'The sign-in service does not answer. Try again in a little while.',
    }),
  },
  expired: {
    status: 400,
    title: { da: 'Log-in blev ikke gennemført', en: 'Sign-in was not completed' },
    words: same({
      da: 'Log-in tog for lang tid, blev startet i en anden browser eller to gange. Start forfra.',
      en: 'Signing in took too long, or was started in another browser or twice. Start again.',
    }),
  },
  cancelled: {
    status: 400,
    title: { da: 'Log-in blev afbrudt', en: 'Sign-in was cancelled' },
    words: same({
      da: 'Du afbrød log-in, eller login-tjenesten afviste det. Du kan starte forfra.',
      en: 'You cancelled signing in, or the sign-in service refused it. You can start again.',
    }),
  },
  failed: {
    status: 502,
    title: { da: 'Log-in mislykkedes', en: 'Sign-in failed' },
    words: same({
      da: 'Svaret fra login-tjenesten kunne ikke godkendes. Start forfra; kontakt kommunen, hvis det sker igen.',
      en: 'The answer from the sign-in service could not be accepted. Start again; contact the municipality if it happens again.',
    }),
  },
  'no-role': {
    status: 403,
    title: { da: 'Du har ikke adgang til systemet', en: 'You do not have access to the system' },
    words: same({
      da: 'Din bruger er ikke med i nogen af systemets grupper (sagsbehandler, teamleder, anden godkender, økonomi, administrator). Kontakt kommunens it-afdeling.',
      en: "Your user is in none of the system's groups (caseworker, team lead, second approver, finance, admin). Contact the municipality's IT department.",
    }),
  },
  'no-municipality': {
    status: 403,
    title: { da: 'Din bruger er ikke knyttet til en kommune', en: 'Your user belongs to no municipality' },
    words: same({
      da: 'Login-tjenesten oplyste ikke, hvilken kommune du arbejder for. Kontakt kommunens it-afdeling.',
      en: "The sign-in service did not say which municipality you work for. Contact the municipality's IT department.",
    }),
  },
  'no-cpr': {
    status: 403,
    title: { da: 'MitID gav ikke dit CPR-nummer', en: 'MitID did not give your CPR number' },
    words: same({
      da: 'Vi skal bruge dit CPR-nummer for at vise dine ansøgninger. Prøv igen, eller kontakt kommunen.',
      en: 'We need your CPR number to show your applications. Try again, or contact the municipality.',
    }),
  },
  'no-subject': {
    status: 403,
    title: { da: 'Log-in mislykkedes', en: 'Sign-in failed' },
    words: same({
      da: 'Login-tjenesten sendte ikke, hvem du er. Start forfra; kontakt kommunen, hvis det sker igen.',
      en: 'The sign-in service did not say who you are. Start again; contact the municipality if it happens again.',
    }),
  },
  'sign-out-refused': {
    status: 403,
    title: { da: 'Du blev ikke logget ud', en: 'You were not signed out' },
    words: same({
      da: 'Log-ud kom ikke fra en af systemets sider. Gå til siden igen og tryk "Log ud".',
      en: 'The sign-out did not come from one of the system\'s pages. Open the page again and press "Sign out".',
    }),
  },
  // The payout batches: the finance console's four eyes (its page answers 400 with the words in a
  // box), and the bank's answer through the API (the status; the problems are its field errors).
  'batch-not-found': {
    status: 404,
    title: { da: 'Kørslen findes ikke', en: 'The batch does not exist' },
    words: same({ da: 'Kørslen findes ikke.', en: 'The batch does not exist.' }),
  },
  'batch-not-ready': {
    status: 409,
    title: { da: 'Kørslen er ikke klar', en: 'The batch is not ready' },
    words: same({ da: 'Kørslens filer er ikke klar.', en: 'The batch files are not ready.' }),
  },
  'no-name': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Du skal være logget ind.', en: 'You must be signed in.' }),
  },
  'already-released': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Kørslen er allerede frigivet.', en: 'The batch is released already.' }),
  },
  'not-released': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Kørslen skal frigives først.', en: 'The batch must be released first.' }),
  },
  'same-person': {
    status: 400,
    title: notReleased,
    words: same({
      da: 'En anden end den, der frigav kørslen, skal godkende den.',
      en: 'Someone other than the person who released the batch must confirm it.',
    }),
  },
  'already-confirmed': {
    status: 400,
    title: notReleased,
    words: same({ da: 'Kørslen er allerede godkendt.', en: 'The batch is confirmed already.' }),
  },
  'report-invalid': {
    status: 400,
    words: same({
      da: 'Statusrapporten fra banken kan ikke læses.',
      en: "The bank's status report cannot be read.",
    }),
  },
  'report-mismatch': {
    status: 400,
    words: same({
      da: 'Statusrapporten fra banken passer ikke til kørslen.',
      en: "The bank's status report does not match the batch.",
    }),
  },
  // The caseworker's correction of a payout the bank returned (the link from the e-mail).
  'link-invalid': {
    status: 404,
    title: { da: 'Linket virker ikke', en: 'The link does not work' },
    words: same({
      da: 'Linket til rettelsen er ikke gyldigt. Brug linket i den nyeste e-mail om den afviste udbetaling.',
      en: 'The correction link is not valid. Use the link in the latest e-mail about the rejected payout.',
    }),
  },
  'already-corrected': {
    status: 409,
    title: { da: 'Udbetalingen er allerede rettet', en: 'The payout is already corrected' },
    words: same({ da: 'Den kommer med i næste betalingskørsel.', en: 'It goes into the next payout run.' }),
  },
  'amount-above-granted': {
    status: 400,
    words: same({ da: 'Beløbet er større end det bevilgede.', en: 'The amount is more than was granted.' }),
  },
  // What the correction forms (the link's and the case page's) sent: the form comes again.
  'amount-unreadable': { status: 400, words: same(typeAmount) },
  'by-missing': {
    status: 400,
    words: same({ da: 'Skriv dit navn eller din e-mail.', en: 'Write your name or e-mail.' }),
  },
  'note-missing': {
    status: 400,
    words: same({ da: 'Skriv, hvad der er rettet.', en: 'Write what was corrected.' }),
  },
  // The case page's correction when the payout waits for none.
  'not-awaiting-correction': {
    status: 409,
    title: { da: 'Udbetalingen er ikke rettet', en: 'The payout is not corrected' },
    words: same({
      da: 'Udbetalingen venter ikke på en rettelse: den er allerede rettet, eller banken har ikke sendt den retur.',
      en: 'The payout is not awaiting a correction: it is corrected already, or the bank has not returned it.',
    }),
  },
};

/** The usual heading of a refusal's page, by its status. */
const TITLES: Record<UsualStatus, Words> = {
  400: { da: 'Formularen kan ikke sendes', en: 'The form cannot be sent' },
  404: { da: 'Siden findes ikke', en: 'Page not found' },
  409: { da: 'Linket er brugt', en: 'The link has been used' },
  410: { da: 'Linket virker ikke længere', en: 'The link no longer works' },
};

/** What HTTP answers for a refusal: its status, the heading and the words. */
export function outcomeOf(refusal: Refusal): {
  status: OutcomeEntry<Refusal>['status'];
  title: Words;
  words: Words;
} {
  const entry = OUTCOMES[refusal.code] as OutcomeEntry<Refusal>;
  return {
    status: entry.status,
    title: entry.title ?? TITLES[entry.status as UsualStatus],
    words: entry.words(refusal),
  };
}
