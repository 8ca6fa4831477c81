import { type Entries, same } from './refusals';

// Sign-in and sign-out: said in plain words, never with the provider's claims or error text.

/** What the sign-in's and sign-out's refusals say. */
export const SIGN_IN_OUTCOMES: Entries<
  | 'not-set-up'
  | 'unreachable'
  | 'expired'
  | 'cancelled'
  | 'failed'
  | 'no-role'
  | 'no-municipality'
  | 'no-cpr'
  | 'no-subject'
  | 'sign-out-refused'
> = {
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
};
