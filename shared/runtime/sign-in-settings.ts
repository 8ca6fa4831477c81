import * as z from 'zod/mini';
import type { OidcClientSettings, SignInSettings } from '../app/deps';
import { DEFAULT_CLAIM_NAMES } from '../app/identity-claims';
import { ENV } from '../config/env';

// The sign-in part of the settings: which OpenID Connect providers a deployment uses. Both are
// optional (a deployment without them says so on /log-ind); a provider given in part stops the start.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A variable's text, trimmed; unset or blank is `undefined`. */
const optional = z.pipe(
  z.optional(z.string()),
  z.transform((text: string | undefined) => text?.trim() || undefined),
);

function isIssuer(text: string | undefined): boolean {
  if (text === undefined) return true;
  const url = URL.parse(text);
  return (
    url !== null && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
  );
}

/** An issuer: HTTPS, or plain HTTP on this machine only (the local provider). */
const issuer = optional.check(
  z.refine(isIssuer, {
    error:
      'must be the provider’s issuer URL, https://… (e.g. https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_AbC123)',
  }),
);

/** Claim names, comma-separated; each printable, without spaces. */
const claimNames = z.pipe(
  optional,
  z.transform((text: string | undefined, ctx) => {
    if (text === undefined) return undefined;
    const names = text
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (names.length === 0 || names.some((name) => !/^[\x21-\x7e]{1,200}$/.test(name))) {
      ctx.issues.push({
        code: 'custom',
        message: 'must be claim names separated by commas, e.g. cognito:groups,groups',
        input: text,
      });
      return z.NEVER;
    }
    return names;
  }),
);

/** The sign-in variables, each optional on its own; `signInFrom` checks that a provider is given whole. */
export const SIGN_IN_ENV = {
  [ENV.staffOidcIssuer]: issuer,
  [ENV.staffOidcClientId]: optional,
  [ENV.staffOidcClientSecret]: optional,
  [ENV.staffOidcScopes]: optional,
  [ENV.citizenOidcIssuer]: issuer,
  [ENV.citizenOidcClientId]: optional,
  [ENV.citizenOidcClientSecret]: optional,
  [ENV.citizenOidcScopes]: optional,
  [ENV.oidcGroupsClaims]: claimNames,
  [ENV.oidcMunicipalityClaims]: claimNames,
  [ENV.oidcCprClaims]: claimNames,
  [ENV.staffAccessTokenCookie]: z.pipe(
    z.optional(z.enum(['true', 'false'], { error: 'must be true or false' })),
    z.transform((flag) => flag === 'true'),
  ),
};

type Parsed = { [K in keyof typeof SIGN_IN_ENV]: z.output<(typeof SIGN_IN_ENV)[K]> };

/** A problem with one variable, as `settingsFromEnv` reports it. */
export type SettingProblem = { name: string; message: string };

const DEFAULT_SCOPES = { staff: 'openid profile email', citizen: 'openid profile ssn' } as const;

/** One provider from its three variables: all of them, or none (then no provider). */
function client(
  parsed: Parsed,
  kind: 'staff' | 'citizen',
  problems: SettingProblem[],
): OidcClientSettings | undefined {
  const names =
    kind === 'staff'
      ? ([
          ENV.staffOidcIssuer,
          ENV.staffOidcClientId,
          ENV.staffOidcClientSecret,
          ENV.staffOidcScopes,
        ] as const)
      : ([
          ENV.citizenOidcIssuer,
          ENV.citizenOidcClientId,
          ENV.citizenOidcClientSecret,
          ENV.citizenOidcScopes,
        ] as const);
  const [issuerUrl, clientId, clientSecret, scopes] = names.map((name) => parsed[name]);
  const given = [issuerUrl, clientId, clientSecret];
  if (given.every((value) => value === undefined)) return undefined;
  if (given.some((value) => value === undefined)) {
    for (const [i, value] of given.entries()) {
      if (value === undefined)
        problems.push({ name: names[i] ?? '', message: `is missing (the ${kind} provider needs all three)` });
    }
    return undefined;
  }
  const scope = scopes ?? DEFAULT_SCOPES[kind];
  if (!scope.split(/\s+/).includes('openid')) {
    problems.push({ name: names[3], message: 'must include openid' });
    return undefined;
  }
  return {
    issuer: issuerUrl ?? '',
    clientId: clientId ?? '',
    clientSecret: clientSecret ?? '',
    scopes: scope,
  };
}

/** The sign-in settings from the parsed variables, or the problems that stop the start. */
export function signInFrom(
  parsed: Parsed,
  publicBaseUrl: string,
): { signIn: SignInSettings | undefined; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const staff = client(parsed, 'staff', problems);
  const citizen = client(parsed, 'citizen', problems);
  const staffAccessTokenCookie = parsed[ENV.staffAccessTokenCookie];
  // `__Host-` cookies exist only with Secure, over HTTPS.
  if (staffAccessTokenCookie && !publicBaseUrl.startsWith('https://'))
    problems.push({ name: ENV.staffAccessTokenCookie, message: 'needs PUBLIC_BASE_URL on https://' });
  if (!staff && !citizen) return { signIn: undefined, problems };
  return {
    signIn: {
      ...(staff ? { staff } : {}),
      ...(citizen ? { citizen } : {}),
      claimNames: {
        groups: parsed[ENV.oidcGroupsClaims] ?? DEFAULT_CLAIM_NAMES.groups,
        municipality: parsed[ENV.oidcMunicipalityClaims] ?? DEFAULT_CLAIM_NAMES.municipality,
        cpr: parsed[ENV.oidcCprClaims] ?? DEFAULT_CLAIM_NAMES.cpr,
      },
      staffAccessTokenCookie,
    },
    problems,
  };
}
