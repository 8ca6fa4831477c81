import type { Deps } from '../deps';
import type { Identity } from '../identity';
import { citizenFromClaims, staffFromClaims } from '../identity-claims';
import type { SignInChecks, SignInKind } from '../ports';
import type { SignInRefusal } from './start-sign-in';

/** A finished sign-in: who it is, and (staff) the provider's access token with how long it lives. */
export type SignedIn = { ok: true; identity: Identity; accessToken?: string; expiresInSeconds?: number };

/**
 * GET /auth/callback: redeems the provider's answer (its query parameters) against the checks of
 * the pending sign-in, and makes the ID token's claims an identity we serve, or says why not.
 */
export async function finishSignIn(
  deps: Pick<Deps, 'identityProviders' | 'settings'>,
  kind: SignInKind,
  params: Record<string, string>,
  checks: SignInChecks,
): Promise<SignedIn | SignInRefusal> {
  const providers = deps.identityProviders;
  const claimNames = deps.settings.signIn?.claimNames;
  if (params.error) return { ok: false, code: 'cancelled' };
  if (!providers || !claimNames || !providers.offers(kind)) return { ok: false, code: 'not-set-up' };
  const finished = await providers.finish(kind, params, checks);
  if (!finished.ok) {
    const code = { unreachable: 'unreachable', refused: 'cancelled', invalid: 'failed' } as const;
    return { ok: false, code: code[finished.reason] };
  }
  const identity =
    kind === 'staff'
      ? staffFromClaims(finished.claims, claimNames)
      : citizenFromClaims(finished.claims, claimNames);
  if ('refused' in identity) return { ok: false, code: identity.refused };
  return {
    ok: true,
    identity,
    ...(finished.accessToken !== undefined ? { accessToken: finished.accessToken } : {}),
    ...(finished.expiresInSeconds !== undefined ? { expiresInSeconds: finished.expiresInSeconds } : {}),
  };
}
