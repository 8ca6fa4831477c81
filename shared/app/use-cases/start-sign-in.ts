import type { Deps } from '../deps';
import type { ClaimsRefusal } from '../identity-claims';
import type { SignInChecks, SignInKind } from '../ports';

/** Why a sign-in stops; the HTTP edge words it, never with the provider's claims or error text. */
export type SignInRefusal = {
  ok: false;
  code: 'not-set-up' | 'unreachable' | 'expired' | 'cancelled' | 'failed' | ClaimsRefusal['refused'];
};

const KINDS: SignInKind[] = ['staff', 'citizen'];

/** Whether this deployment has sign-in at all: providers, and the settings to read their claims. */
export function signInSetUp(deps: Pick<Deps, 'identityProviders' | 'settings'>): boolean {
  return deps.identityProviders !== undefined && deps.settings.signIn !== undefined;
}

/** The kinds of sign-in this deployment has a provider for; none where sign-in is not set up. */
export function offeredSignIns(deps: Pick<Deps, 'identityProviders' | 'settings'>): SignInKind[] {
  const providers = deps.identityProviders;
  if (!providers || !deps.settings.signIn) return [];
  return KINDS.filter((kind) => providers.offers(kind));
}

/** GET /log-ind?som=…: where to send the browser to sign in with its provider, and the checks its return must pass. */
export async function startSignIn(
  deps: Pick<Deps, 'identityProviders' | 'settings'>,
  kind: SignInKind,
  options: { redirectUri: string; lang: 'da' | 'en' },
): Promise<{ ok: true; url: string; checks: SignInChecks } | SignInRefusal> {
  const providers = deps.identityProviders;
  if (!providers || !offeredSignIns(deps).includes(kind)) return { ok: false, code: 'not-set-up' };
  const started = await providers.start(kind, options);
  return started.ok ? started : { ok: false, code: 'unreachable' };
}
