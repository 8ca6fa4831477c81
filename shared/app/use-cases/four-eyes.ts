import type { Application, DecisionActor } from '../application';
import type { StaffIdentity } from '../identity';
import type { DecisionLink } from '../ports';

// Four eyes on identities: nobody decides their own application, and the second approval comes
// from another person than the first decision. A signed-in member of staff is compared by subject,
// CPR and e-mail; without sign-in the link's recipient (an e-mail address) is who decides.

/** Why this person may not give the decision; the HTTP edge words it. */
export type FourEyesRefusal = { ok: false; code: 'own-application' } | { ok: false; code: 'own-case' };

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The signed-in member of staff as a decision names them. */
export const deciderOf = (staff: StaffIdentity): DecisionActor => ({
  sub: staff.sub,
  name: staff.name,
  ...(staff.email ? { email: staff.email } : {}),
});

/** The e-mail of whoever made the first decision: the signed-in person's, or the link's recipient. */
function reviewerEmail(application: Application): string | undefined {
  const review = application.review;
  if (!review) return undefined;
  return review.actor ? review.actor.email : review.decidedBy;
}

/**
 * Why the decision may not be given by this person, or undefined when it may: the applicant
 * themselves (same CPR or e-mail), or the first decider giving the second approval.
 */
export function fourEyesRefusal(
  application: Application,
  link: DecisionLink,
  staff?: StaffIdentity,
): FourEyesRefusal | undefined {
  const email = staff ? staff.email : link.recipient;
  const ownApplication =
    (staff?.cpr !== undefined && staff.cpr === application.applicant.cpr) ||
    same(email, application.applicant.email);
  if (ownApplication) {
    return { ok: false, code: 'own-application' };
  }
  if (link.purpose !== 'second-approval' || !application.review) return undefined;
  const reviewer = application.review.actor;
  const sameSubject = staff !== undefined && reviewer !== undefined && reviewer.sub === staff.sub;
  if (sameSubject || same(email, reviewerEmail(application))) {
    return { ok: false, code: 'own-case' };
  }
  return undefined;
}
