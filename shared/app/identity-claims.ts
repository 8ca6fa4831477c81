import { checkCpr } from '../domain/cpr';
import {
  type CitizenIdentity,
  MUNICIPALITIES,
  type Municipality,
  STAFF_ROLES,
  type StaffIdentity,
  type StaffRole,
} from './identity';

/** Which claims carry what: Cognito's names on AWS, the local provider's names here; set per deployment. */
export type ClaimNames = {
  /** Staff groups: `cognito:groups` (Cognito) or `groups` (Entra ID, the local provider). */
  groups: string[];
  /** The municipality (or municipalities, comma- or space-separated) a member of staff works for. */
  municipality: string[];
  /** The citizen's CPR number as the MitID broker names it. */
  cpr: string[];
};

export const DEFAULT_CLAIM_NAMES: ClaimNames = {
  groups: ['cognito:groups', 'groups'],
  municipality: ['custom:municipality', 'municipality'],
  cpr: ['cpr', 'dk:cpr', 'cprNumberIdentifier'],
};

type Claims = Record<string, unknown>;

const first = (claims: Claims, names: string[]) =>
  names.map((name) => claims[name]).find((value) => value !== undefined);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? value.split(/[,\s]+/).filter(Boolean)
      : [];

/** Why a set of claims is no identity we serve: said on the sign-in page, never with the claims. */
export type ClaimsRefusal = { refused: 'no-subject' | 'no-role' | 'no-municipality' | 'no-cpr' };

/** A member of staff from the ID token's claims; refused without a subject, a known role or a municipality. */
export function staffFromClaims(claims: Claims, names = DEFAULT_CLAIM_NAMES): StaffIdentity | ClaimsRefusal {
  const sub = text(claims.sub);
  if (!sub) return { refused: 'no-subject' };
  const roles = list(first(claims, names.groups)).filter((g): g is StaffRole =>
    (STAFF_ROLES as readonly string[]).includes(g),
  );
  if (roles.length === 0) return { refused: 'no-role' };
  const municipalities = list(first(claims, names.municipality))
    .map((m) => m.toLowerCase())
    .filter((m): m is Municipality => (MUNICIPALITIES as readonly string[]).includes(m));
  if (municipalities.length === 0) return { refused: 'no-municipality' };
  const email = text(claims.email);
  const name =
    text(claims.name) || [text(claims.given_name), text(claims.family_name)].join(' ').trim() || email;
  const cpr = checkCpr(text(first(claims, names.cpr)));
  return {
    kind: 'staff',
    sub,
    name: name || sub,
    email,
    roles,
    municipalities,
    ...(cpr.valid ? { cpr: cpr.cpr } : {}),
  };
}

/** A citizen from the MitID broker's claims: a subject and a valid CPR number, canonical from here on. */
export function citizenFromClaims(
  claims: Claims,
  names = DEFAULT_CLAIM_NAMES,
): CitizenIdentity | ClaimsRefusal {
  const sub = text(claims.sub);
  if (!sub) return { refused: 'no-subject' };
  const cpr = checkCpr(text(first(claims, names.cpr)));
  if (!cpr.valid) return { refused: 'no-cpr' };
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].join(' ').trim();
  return { kind: 'citizen', sub, name, cpr: cpr.cpr };
}
