import * as client from 'openid-client';
import type { OidcClientSettings, SignInSettings } from '../../app/deps';
import type { IdentityProviders, SignInChecks, SignInFailure, SignInKind } from '../../app/ports';

/** What went wrong with a provider, for the operator's log: the step and the error's name and code, no claims. */
export type ProviderFault = { kind: SignInKind; step: 'discovery' | 'token'; error: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Seconds a provider gets to answer discovery or the token request. */
const TIMEOUT_SECONDS = 10;

/** The failure an error of openid-client (or of the network under it) amounts to. */
function failureOf(error: unknown): SignInFailure['reason'] {
  if (error instanceof TypeError || (error as Error)?.name === 'TimeoutError') return 'unreachable';
  if (error instanceof client.ResponseBodyError) return error.status >= 500 ? 'unreachable' : 'refused';
  if (error instanceof client.AuthorizationResponseError) return 'refused';
  return 'invalid';
}

const describe = (error: unknown) => {
  const e = error as { name?: string; code?: string; error?: string };
  return [e?.name ?? 'unknown', e?.code, e?.error].filter(Boolean).join(' ');
};

/**
 * The OpenID Connect providers through openid-client: Cognito and the MitID broker on AWS, the
 * local provider on this machine, by the same code. Discovery is done once per provider and kept
 * (a failed one is tried again on the next sign-in).
 *
 * Time: openid-client checks the ID token's iat and exp against the machine's clock (Date.now
 * inside the library), which is the clock the provider stamps them with: Cognito's and the
 * broker's on AWS, the machine's here, where the local provider runs in the same process. The
 * application's clock (`deps.env.now`, moved by LOCAL_NOW and POST /local/clock) is deliberately
 * not handed to it: with the local clock days ahead, every fresh ID token would look expired.
 * Everything the application itself times (the pending sign-in, the session) uses `deps.env.now`.
 */
export class OpenIdProviders implements IdentityProviders {
  private readonly configs = new Map<SignInKind, Promise<client.Configuration>>();

  constructor(
    private readonly settings: Pick<SignInSettings, 'staff' | 'citizen'>,
    private readonly onFault: (fault: ProviderFault) => void = () => undefined,
  ) {}

  offers(kind: SignInKind): boolean {
    return this.settings[kind] !== undefined;
  }

  async start(kind: SignInKind, options: { redirectUri: string; lang: 'da' | 'en' }) {
    const found = await this.configuration(kind);
    if (!found.ok) return found;
    const registration = this.settings[kind] as OidcClientSettings;
    const verifier = client.randomPKCECodeVerifier();
    const checks: SignInChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      redirectUri: options.redirectUri,
    };
    const url = client.buildAuthorizationUrl(found.config, {
      redirect_uri: options.redirectUri,
      scope: registration.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
      ui_locales: options.lang === 'en' ? 'en da' : 'da en',
    });
    return { ok: true as const, url: url.href, checks };
  }

  async finish(kind: SignInKind, params: Record<string, string>, checks: SignInChecks) {
    const found = await this.configuration(kind);
    if (!found.ok) return found;
    const callback = new URL(checks.redirectUri);
    callback.search = new URLSearchParams(params).toString();
    try {
      const tokens = await client.authorizationCodeGrant(found.config, callback, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return { ok: false as const, reason: 'invalid' as const };
      return {
        ok: true as const,
        claims: { ...claims },
        ...(tokens.access_token ? { accessToken: tokens.access_token } : {}),
        ...(typeof tokens.expires_in === 'number' ? { expiresInSeconds: tokens.expires_in } : {}),
      };
    } catch (error) {
      this.onFault({ kind, step: 'token', error: describe(error) });
      return { ok: false as const, reason: failureOf(error) };
    }
  }

  async endSessionUrl(kind: SignInKind, returnTo: string): Promise<string | undefined> {
    const found = await this.configuration(kind);
    if (!found.ok || !found.config.serverMetadata().end_session_endpoint) return undefined;
    const registration = this.settings[kind] as OidcClientSettings;
    return client.buildEndSessionUrl(found.config, {
      client_id: registration.clientId,
      post_logout_redirect_uri: returnTo,
    }).href;
  }

  /** The provider's discovered configuration, fetched once; a failure is not kept. */
  private async configuration(
    kind: SignInKind,
  ): Promise<{ ok: true; config: client.Configuration } | SignInFailure> {
    const registration = this.settings[kind];
    if (!registration) return { ok: false, reason: 'invalid' };
    let pending = this.configs.get(kind);
    if (!pending) {
      const issuer = new URL(registration.issuer);
      // Plain HTTP only for a provider on this machine (the local one); settings refuse it elsewhere.
      const local = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      pending = client.discovery(
        issuer,
        registration.clientId,
        { client_secret: registration.clientSecret },
        client.ClientSecretBasic(registration.clientSecret),
        { timeout: TIMEOUT_SECONDS, ...(local ? { execute: [client.allowInsecureRequests] } : {}) },
      );
      this.configs.set(kind, pending);
    }
    try {
      const config = await pending;
      config.timeout = TIMEOUT_SECONDS;
      return { ok: true, config };
    } catch (error) {
      if (this.configs.get(kind) === pending) this.configs.delete(kind);
      this.onFault({ kind, step: 'discovery', error: describe(error) });
      return { ok: false, reason: 'unreachable' };
    }
  }
}
