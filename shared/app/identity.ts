import type { Application } from './application';

// Who is signed in. Staff come from the municipality's identity provider (Cognito federated to
// Entra ID on AWS, the local OpenID provider on this machine), families from MitID through a broker.
// Both arrive as OpenID Connect claims; `identityFromClaims` is the one place they are read.

/** The groups staff are in (Cognito groups on AWS, a `groups` claim locally). */
export const STAFF_ROLES = ['caseworker', 'team-lead', 'second-approver', 'finance', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const MUNICIPALITIES = ['randers', 'rudersdal'] as const;
export type Municipality = (typeof MUNICIPALITIES)[number];

/** A member of staff: their roles and the municipalities whose cases they work on. */
export type StaffIdentity = {
  kind: 'staff';
  /** The identity provider's subject: stable, never shown. */
  sub: string;
  name: string;
  email: string;
  roles: StaffRole[];
  municipalities: Municipality[];
  /** Set when the provider knows it (some do): a staff member never decides an application of their own. */
  cpr?: string;
};

/** A citizen signed in with MitID: name and CPR as the broker issues them. */
export type CitizenIdentity = { kind: 'citizen'; sub: string; name: string; cpr: string };

export type Identity = StaffIdentity | CitizenIdentity;

/** A signed-in session, kept server-side; the browser holds only its random id (hashed here). */
export type Session = {
  /** SHA-256 (hex) of the cookie's value. */
  id: string;
  identity: Identity;
  /** The anti-forgery value the signed-in pages' forms carry. */
  csrf: string;
  createdAt: string;
  expiresAt: string;
};

/** Staff sessions last a working day; a family's an hour (it signs in again through MitID). */
export const SESSION_HOURS = { staff: 10, citizen: 1 } as const;

export const hasRole = (identity: Identity | undefined, ...roles: StaffRole[]): identity is StaffIdentity =>
  identity?.kind === 'staff' && roles.some((role) => identity.roles.includes(role));

/** Staff see the cases of their own municipalities only. */
export const worksOn = (identity: StaffIdentity, application: Pick<Application, 'municipality'>) =>
  identity.municipalities.includes(application.municipality);

/** A family sees its own applications only: the applicant's CPR is the signed-in citizen's. */
export const ownsApplication = (identity: CitizenIdentity, application: Pick<Application, 'applicant'>) =>
  application.applicant.cpr === identity.cpr;

/** Who is named on a decision, in the journal and in the access log. */
export type Actor = { sub: string; name: string };
export const actorOf = (identity: Identity): Actor => ({ sub: identity.sub, name: identity.name });
