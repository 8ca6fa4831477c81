import type { CitizenIdentity } from '../app/identity';
import { type Html, html } from './html';
import { inLang, type Lang } from './i18n';

// The apply form's part that depends on who is signed in: MitID's name and CPR number shown, or the
// offer to sign in.

type T = (da: string, en: string) => string;

/** "010180-****": enough of a CPR number for its holder to recognise it, not for a reader behind them. */
export const maskedCpr = (cpr: string) => `${cpr.slice(0, 6)}-****`;

/**
 * Name and CPR number as MitID gave them: shown, not fields, so the script sends neither and the
 * server takes both from the session.
 */
export function fromMitId(citizen: CitizenIdentity, t: T): Html {
  return html`<div class="form-group" id="applicant-identity">
<p class="form-label">${t('Navn og CPR-nummer fra MitID', 'Name and CPR number from MitID')}</p>
<dl class="facts">
<dt>${t('Navn', 'Name')}</dt><dd id="applicant-name-mitid">${citizen.name}</dd>
<dt>${t('CPR-nummer', 'CPR number')}</dt><dd id="applicant-cpr-mitid">${maskedCpr(citizen.cpr)}</dd>
</dl>
<p class="form-hint">${t('Hentet fra dit MitID-login. De kan ikke ændres her.', 'Taken from your MitID sign-in. They cannot be changed here.')}</p>
</div>`;
}

/** Not signed in: MitID fills in name and CPR number and keeps the application in "Mine ansøgninger"; or apply as before. */
export function signInOffer(path: string, lang: Lang, t: T): Html {
  const signIn = `/log-ind?som=borger&til=${encodeURIComponent(inLang(path, lang))}`;
  return html`<div class="alert alert-info" id="sign-in-offer"><div class="alert-body">
<p class="alert-text">${t(
    'Logger du ind med MitID, udfylder vi dit navn og CPR-nummer, og du kan følge ansøgningen under Mine ansøgninger. Du kan også søge uden at logge ind.',
    'If you sign in with MitID, we fill in your name and CPR number, and you can follow the application under My applications. You can also apply without signing in.',
  )}</p>
<p class="alert-text"><a class="button button-secondary" href="${signIn}">${t('Log ind med MitID', 'Sign in with MitID')}</a></p>
</div></div>`;
}
