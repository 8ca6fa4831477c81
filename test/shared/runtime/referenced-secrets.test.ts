import { describe, expect, it } from 'vitest';
import { settingsFromEnv, withReferencedSecrets } from '../../../shared/runtime/aws-deps';

// On AWS the functions are told where the OpenID client secrets are (Secrets Manager ARNs), never
// the secrets: they are read once at start. A fake store stands in for Secrets Manager.

const valid = {
  PUBLIC_BASE_URL: 'https://tilskud.kommune.dk',
  CASEWORKER_EMAIL: 'sagsbehandler@kommune.dk',
  TEAM_LEAD_EMAIL: 'teamleder@kommune.dk',
  SECOND_APPROVER_EMAIL: 'godkender@kommune.dk',
  FOUR_EYES_ABOVE_ORE: '1000000',
  REVIEW_REMINDER_WORKING_DAYS: '3',
};
const STAFF_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:web-AbCdEf';
const BROKER = 'supplements/mitid-broker';
const staff = {
  STAFF_OIDC_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_AbC123',
  STAFF_OIDC_CLIENT_ID: 'abc123',
  STAFF_OIDC_CLIENT_SECRET_ARN: STAFF_ARN,
  STAFF_ACCESS_TOKEN_COOKIE: 'true',
};
const citizen = {
  CITIZEN_OIDC_ISSUER: 'https://broker.example/op',
  CITIZEN_OIDC_CLIENT_ID: 'kommune',
  CITIZEN_OIDC_CLIENT_SECRET_ARN: BROKER,
};

/** A secret store holding these values; it records which ids were read. */
function store(values: Record<string, string>) {
  const read: string[] = [];
  return {
    read,
    get: async (id: string) => {
      read.push(id);
      return values[id];
    },
  };
}

describe('client secrets named by reference', () => {
  it('reads each referenced secret once and gives it to the sign-in settings', async () => {
    const secrets = store({ [STAFF_ARN]: 'web-secret\n', [BROKER]: 'broker-secret' });

    const env = await withReferencedSecrets({ ...valid, ...staff, ...citizen }, secrets.get);
    const signIn = settingsFromEnv(env).signIn;

    expect(secrets.read).toEqual([STAFF_ARN, BROKER]);
    expect(signIn?.staff?.clientSecret).toBe('web-secret');
    expect(signIn?.citizen?.clientSecret).toBe('broker-secret');
    expect(signIn?.staffAccessTokenCookie).toBe(true);
  });

  it('reads nothing where no secret is referenced', async () => {
    const secrets = store({});

    const env = await withReferencedSecrets(valid, secrets.get);

    expect(secrets.read).toEqual([]);
    expect(settingsFromEnv(env).signIn).toBeUndefined();
  });

  it('stops the start when a secret is given both ways or its reference reads as empty', async () => {
    const both = { ...valid, ...staff, STAFF_OIDC_CLIENT_SECRET: 'typed' };
    await expect(withReferencedSecrets(both, store({ [STAFF_ARN]: 'x' }).get)).rejects.toThrow(
      'give STAFF_OIDC_CLIENT_SECRET or STAFF_OIDC_CLIENT_SECRET_ARN, not both',
    );
    await expect(
      withReferencedSecrets({ ...valid, ...citizen }, store({ [BROKER]: ' ' }).get),
    ).rejects.toThrow('the secret CITIZEN_OIDC_CLIENT_SECRET_ARN names is empty');
  });
});
