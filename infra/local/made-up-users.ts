// The made-up people of the local system: the local OpenID provider signs them in, and
// POST /local/session gives the cookie their sign-in would give. Nobody here is real; the CPR
// numbers are valid in form (a real birth date) and belong to no one we know of.

/** The claims the local provider issues for a member of staff, as Cognito would after federation. */
export type MadeUpStaff = {
  sub: string;
  name: string;
  email: string;
  groups: string[];
  /** Comma-separated, as a Cognito custom attribute holds it. */
  municipality: string;
};

/** The claims the local provider issues for a citizen, as a MitID broker would. */
export type MadeUpCitizen = { sub: string; name: string; cpr: string };

/**
 * Staff by user name. The names of spec §4 (`caseworker`, `team-lead`, `second-approver`,
 * `finance`, `admin`) work for both demo municipalities, so a demo or a check sees whatever it
 * submitted; `…@randers` and `…@rudersdal` work for one municipality each.
 */
export const MADE_UP_STAFF: Record<string, MadeUpStaff> = {
  caseworker: {
    sub: 'staff-caseworker',
    name: 'Mette Sørensen',
    email: 'sagsbehandler@kommune.local',
    groups: ['caseworker'],
    municipality: 'randers,rudersdal',
  },
  'caseworker-2': {
    sub: 'staff-caseworker-2',
    name: 'Jonas Holm',
    email: 'jonas.holm@kommune.local',
    groups: ['caseworker'],
    municipality: 'randers,rudersdal',
  },
  'team-lead': {
    sub: 'staff-team-lead',
    name: 'Lone Kjær',
    email: 'teamleder@kommune.local',
    groups: ['team-lead', 'caseworker'],
    municipality: 'randers,rudersdal',
  },
  'second-approver': {
    sub: 'staff-second-approver',
    name: 'Per Nielsen',
    email: 'godkender@kommune.local',
    groups: ['second-approver'],
    municipality: 'randers,rudersdal',
  },
  finance: {
    sub: 'staff-finance',
    name: 'Hanne Madsen',
    email: 'oekonomi@kommune.local',
    groups: ['finance'],
    municipality: 'randers,rudersdal',
  },
  'finance-2': {
    sub: 'staff-finance-2',
    name: 'Ole Bach',
    email: 'ole.bach@kommune.local',
    groups: ['finance'],
    municipality: 'randers,rudersdal',
  },
  admin: {
    sub: 'staff-admin',
    name: 'Sofie Lund',
    email: 'it@kommune.local',
    groups: ['admin'],
    municipality: 'randers,rudersdal',
  },
  'caseworker@randers': {
    sub: 'staff-caseworker-randers',
    name: 'Anders Bak',
    email: 'anders.bak@randers.local',
    groups: ['caseworker'],
    municipality: 'randers',
  },
  'caseworker@rudersdal': {
    sub: 'staff-caseworker-rudersdal',
    name: 'Birgitte Friis',
    email: 'birgitte.friis@rudersdal.local',
    groups: ['caseworker'],
    municipality: 'rudersdal',
  },
};

/** Test citizens the local MitID stand-in offers on its sign-in page. */
export const MADE_UP_CITIZENS: MadeUpCitizen[] = [
  { sub: 'citizen-0101804321', name: 'Karen Jensen', cpr: '0101804321' },
  { sub: 'citizen-1502756789', name: 'Thomas Poulsen', cpr: '1502756789' },
  { sub: 'citizen-2408901234', name: 'Amira Hassan', cpr: '2408901234' },
];

/** A citizen by CPR (`family:CPR` in POST /local/session): a test citizen, or a made-up one for any valid number. */
export function citizenByCpr(cpr: string): MadeUpCitizen {
  return MADE_UP_CITIZENS.find((c) => c.cpr === cpr) ?? { sub: `citizen-${cpr}`, name: 'Testborger', cpr };
}
