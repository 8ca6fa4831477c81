import * as z from 'zod/mini';
import type { Settings } from '../app/deps';
import { ENV } from '../config/env';
import { parseCadence } from '../payouts/schedule';
import { SettingsError } from './settings-error';
import { SIGN_IN_ENV, signInFrom } from './sign-in-settings';

// The settings every function reads from its environment, apart from the AWS clients: a function
// that needs settings and no client of an adapter composes them without carrying the SDK.

export { SettingsError };

const wholeNumber = (example: string) =>
  z.pipe(
    z.string().check(z.regex(/^\d{1,12}$/, `must be a whole number, e.g. ${example}`)),
    z.transform(Number),
  );

/** The payout cadence, `banking-day` when unset. */
const cadence = z.pipe(
  z.optional(z.string()),
  z.transform((text, ctx) => {
    try {
      return parseCadence(text ?? 'banking-day');
    } catch {
      ctx.issues.push({
        code: 'custom',
        message: 'must be banking-day, weekly:MON…FRI or monthly:1…31',
        input: text,
      });
      return z.NEVER;
    }
  }),
);

/** The settings as the environment gives them, parsed once at start (zod); nothing falls back silently. */
const SettingsEnv = z.object({
  [ENV.publicBaseUrl]: z.url({ error: 'must be an absolute URL, e.g. https://tilskud.kommune.dk' }),
  [ENV.caseworkerEmail]: z.email({ error: 'must be an e-mail address' }),
  [ENV.teamLeadEmail]: z.email({ error: 'must be an e-mail address' }),
  [ENV.secondApproverEmail]: z.email({ error: 'must be an e-mail address' }),
  [ENV.fourEyesAboveOre]: wholeNumber('1000000 (øre, i.e. 10.000,00 kr.)'),
  [ENV.reviewReminderWorkingDays]: wholeNumber('3'),
  [ENV.payoutCadence]: cadence,
  ...SIGN_IN_ENV,
});

/**
 * The settings every use case reads, from the environment once. An invalid or missing value stops
 * the function (and `npm start`) with a message naming each variable: "10.000" for four eyes would
 * otherwise have become NaN and switched four eyes off.
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Settings {
  const parsed = z.safeParse(SettingsEnv, env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return env[name] === undefined || env[name] === '' ? `${name} is missing` : `${name} ${issue.message}`;
    });
    throw new SettingsError(`invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  const { signIn, problems } = signInFrom(config, config[ENV.publicBaseUrl]);
  if (problems.length > 0) {
    throw new SettingsError(
      `invalid configuration: ${problems.map((p) => `${p.name} ${p.message}`).join('; ')}`,
    );
  }
  return {
    publicBaseUrl: config[ENV.publicBaseUrl],
    caseworkerEmail: config[ENV.caseworkerEmail],
    teamLeadEmail: config[ENV.teamLeadEmail],
    secondApproverEmail: config[ENV.secondApproverEmail],
    fourEyesAboveOre: config[ENV.fourEyesAboveOre],
    reviewReminderWorkingDays: config[ENV.reviewReminderWorkingDays],
    maxReceiptBytes: 10 * 1024 * 1024,
    payoutCadence: config[ENV.payoutCadence],
    ...(signIn ? { signIn } : {}),
  };
}

/** Each variable that may name a Secrets Manager secret, and the variable the secret then fills. */
const SECRET_REFERENCES = [
  [ENV.staffOidcClientSecretArn, ENV.staffOidcClientSecret],
  [ENV.citizenOidcClientSecretArn, ENV.citizenOidcClientSecret],
] as const;

/** Reads a secret's text by ARN or name. */
export type ReadSecret = (secretId: string) => Promise<string | undefined>;

/**
 * The environment with every secret named by reference (`…_SECRET_ARN`) read in, once at start: a
 * function's configuration says where its client secrets are, never what they are. A secret given
 * both ways, or a reference that reads as empty, stops the start naming the variable.
 */
export async function withReferencedSecrets(
  env: Readonly<Record<string, string | undefined>>,
  read: ReadSecret,
): Promise<Record<string, string | undefined>> {
  const resolved: Record<string, string | undefined> = { ...env };
  for (const [reference, target] of SECRET_REFERENCES) {
    const secretId = env[reference]?.trim();
    if (!secretId) continue;
    if (env[target])
      throw new SettingsError(`invalid configuration: give ${target} or ${reference}, not both`);
    const value = (await read(secretId))?.trim();
    if (!value) throw new SettingsError(`invalid configuration: the secret ${reference} names is empty`);
    resolved[target] = value;
  }
  return resolved;
}
