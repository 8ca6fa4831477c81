import * as z from 'zod';
import type { CitizenSignInConfig, DeploymentConfig, StaffIdentityProvider } from './config';

const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// URL' });
const attributes = z
  .object({ email: z.string(), name: z.string(), givenName: z.string(), familyName: z.string() })
  .partial()
  .strict()
  .optional();
// Cognito's provider names; the app may pass one as `identity_provider` to skip the choice.
const providerName = z
  .string()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, 'must be 3–32 letters, digits, ".", "_" or "-"');
const secretName = z.string().regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'must be a Secrets Manager secret name');

const IdentityProviders = z.array(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('saml'), name: providerName, metadataUrl: httpsUrl, attributes }).strict(),
    z
      .object({
        kind: z.literal('oidc'),
        name: providerName,
        issuer: httpsUrl,
        clientId: z.string().min(1),
        clientSecretName: secretName,
        attributes,
      })
      .strict(),
  ]),
);
const CitizenSignIn = z
  .object({
    issuer: httpsUrl,
    clientId: z.string().min(1),
    clientSecretName: secretName,
    scopes: z
      .string()
      .regex(/(^|\s)openid(\s|$)/, 'must include openid')
      .optional(),
  })
  .strict();

/** Context values are strings on the command line (`-c name='[…]'`) and objects in cdk.json. */
const fromJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * The deployment with the sign-in settings given as CDK context, which win over `infra/config.ts`:
 * `staffIdentityProviders` (a JSON array of SAML or OIDC providers) and `citizenSignIn` (the MitID
 * broker). A value that does not parse stops the synthesis, naming the context key and the problem.
 */
export function withSignInContext(
  config: DeploymentConfig,
  context: { staffIdentityProviders?: unknown; citizenSignIn?: unknown },
): DeploymentConfig {
  let next = config;
  if (context.staffIdentityProviders !== undefined) {
    const identityProviders: StaffIdentityProvider[] = parse(
      'staffIdentityProviders',
      IdentityProviders,
      context.staffIdentityProviders,
    );
    next = { ...next, staffSignIn: { ...next.staffSignIn, identityProviders } };
  }
  if (context.citizenSignIn !== undefined) {
    const citizenSignIn: CitizenSignInConfig = parse('citizenSignIn', CitizenSignIn, context.citizenSignIn);
    next = { ...next, citizenSignIn };
  }
  const names = next.staffSignIn.identityProviders.map((p) => p.name);
  if (new Set(names).size !== names.length) throw new Error('staffIdentityProviders: names must differ');
  return next;
}

function parse<T>(key: string, schema: z.ZodType<T>, value: unknown): T {
  let json: unknown;
  try {
    json = fromJson(value);
  } catch (error) {
    throw new Error(`context ${key} is not JSON`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'} ${i.message}`);
    throw new Error(`context ${key}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
