import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { checkCpr } from '../../shared/domain/cpr';
import { citizenByCpr, MADE_UP_STAFF, type MadeUpCitizen, type MadeUpStaff } from './made-up-users';

// Who the local OpenID provider signs in (the made-up people, by the account id it keeps) and the
// keys and secrets it keeps in the data directory between runs.

/** The two clients, as the deployment's settings name them on AWS. */
export const LOCAL_CLIENT_IDS = { staff: 'kommunens-medarbejdere', citizen: 'mitid-broker' } as const;

/** What the provider keeps between runs: its signing key, cookie keys and the clients' secrets. */
export type Kept = {
  signingKey: Record<string, unknown>;
  cookieKeys: string[];
  clientSecrets: { staff: string; citizen: string };
};

const secret = () => randomBytes(32).toString('base64url');

/** The keys and secrets of the data directory, made (and written, owner-only) the first time. */
export function keptSecrets(file: string): Kept {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
    if (
      kept.signingKey?.d &&
      kept.cookieKeys?.length &&
      kept.clientSecrets?.staff &&
      kept.clientSecrets?.citizen
    )
      return kept;
  } catch {
    // None yet (or unreadable): new ones below.
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
  const kept: Kept = {
    signingKey: {
      ...jwk,
      kid: createHash('sha256').update(String(jwk.n)).digest('base64url').slice(0, 16),
      alg: 'RS256',
      use: 'sig',
    },
    cookieKeys: [secret()],
    clientSecrets: { staff: secret(), citizen: secret() },
  };
  writeFileSync(file, JSON.stringify(kept), { mode: 0o600 });
  chmodSync(file, 0o600);
  return kept;
}

export type Person = ({ kind: 'staff' } & MadeUpStaff) | ({ kind: 'citizen' } & MadeUpCitizen);

/** A made-up person by the account id the provider keeps: a member of staff, or a citizen by CPR. */
export function madeUpPerson(accountId: string): Person | undefined {
  const staff = Object.values(MADE_UP_STAFF).find((s) => s.sub === accountId);
  if (staff) return { kind: 'staff', ...staff };
  const cpr = accountId.startsWith('citizen-') ? checkCpr(accountId.slice('citizen-'.length)) : undefined;
  return cpr?.valid ? { kind: 'citizen', ...citizenByCpr(cpr.cpr) } : undefined;
}

/** The claims of a person, as Cognito (staff) or a MitID broker (citizens) issues them. */
export const claimsOf = ({ kind: _kind, ...claims }: Person) => claims;
