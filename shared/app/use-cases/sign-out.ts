import type { Deps } from '../deps';
import type { SignInKind } from '../ports';

/** POST /log-ud: the provider's sign-out address, coming back to `returnTo`; none if it has none. */
export async function providerSignOutUrl(
  deps: Pick<Deps, 'identityProviders'>,
  kind: SignInKind | undefined,
  returnTo: string,
): Promise<string | undefined> {
  const providers = deps.identityProviders;
  return kind && providers?.offers(kind) ? providers.endSessionUrl(kind, returnTo) : undefined;
}
