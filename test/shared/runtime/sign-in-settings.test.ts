import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_NAMES } from '../../../shared/app/identity-claims';
import { settingsFromEnv } from '../../../shared/runtime/aws-deps';

const valid = {
  PUBLIC_BASE_URL: 'https://tilskud.kommune.dk',
  CASEWORKER_EMAIL: 'sagsbehandler@kommune.dk',
  TEAM_LEAD_EMAIL: 'teamleder@kommune.dk',
  SECOND_APPROVER_EMAIL: 'godkender@kommune.dk',
  FOUR_EYES_ABOVE_ORE: '1000000',
  REVIEW_REMINDER_WORKING_DAYS: '3',
};

const staff = {
  STAFF_OIDC_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_AbC123',
  STAFF_OIDC_CLIENT_ID: 'abc123',
  STAFF_OIDC_CLIENT_SECRET: 'secret-1',
};
const citizen = {
  CITIZEN_OIDC_ISSUER: 'https://broker.example/op',
  CITIZEN_OIDC_CLIENT_ID: 'kommune',
  CITIZEN_OIDC_CLIENT_SECRET: 'secret-2',
};

describe('the sign-in settings, read once at start', () => {
  it('has no sign-in where the deployment names no provider', () => {
    expect(settingsFromEnv(valid).signIn).toBeUndefined();
  });

  it('reads both providers with default scopes and claim names, and the edge cookie off', () => {
    expect(settingsFromEnv({ ...valid, ...staff, ...citizen }).signIn).toEqual({
      staff: {
        issuer: staff.STAFF_OIDC_ISSUER,
        clientId: 'abc123',
        clientSecret: 'secret-1',
        scopes: 'openid profile email',
      },
      citizen: {
        issuer: citizen.CITIZEN_OIDC_ISSUER,
        clientId: 'kommune',
        clientSecret: 'secret-2',
        scopes: 'openid profile ssn',
      },
      claimNames: DEFAULT_CLAIM_NAMES,
      staffAccessTokenCookie: false,
    });
  });

  it('reads scopes, claim names and the staff access-token cookie when given', () => {
    const signIn = settingsFromEnv({
      ...valid,
      ...citizen,
      CITIZEN_OIDC_SCOPES: 'openid mitid ssn',
      OIDC_CPR_CLAIMS: 'dk.cpr, cpr',
      OIDC_GROUPS_CLAIMS: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      STAFF_ACCESS_TOKEN_COOKIE: 'true',
    }).signIn;
    expect(signIn?.staff).toBeUndefined();
    expect(signIn?.citizen?.scopes).toBe('openid mitid ssn');
    expect(signIn?.claimNames.cpr).toEqual(['dk.cpr', 'cpr']);
    expect(signIn?.claimNames.groups).toEqual([
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
    ]);
    expect(signIn?.staffAccessTokenCookie).toBe(true);
  });

  it('stops on a provider given in part, naming what is missing', () => {
    expect(() => settingsFromEnv({ ...valid, STAFF_OIDC_ISSUER: staff.STAFF_OIDC_ISSUER })).toThrow(
      /STAFF_OIDC_CLIENT_ID is missing.*STAFF_OIDC_CLIENT_SECRET is missing/,
    );
  });

  it.each([
    ['STAFF_OIDC_ISSUER', 'http://idp.kommune.dk', /STAFF_OIDC_ISSUER must be the provider’s issuer URL/],
    ['STAFF_OIDC_SCOPES', 'profile email', /STAFF_OIDC_SCOPES must include openid/],
    ['STAFF_ACCESS_TOKEN_COOKIE', 'yes', /STAFF_ACCESS_TOKEN_COOKIE must be true or false/],
    ['OIDC_GROUPS_CLAIMS', ' , ', /OIDC_GROUPS_CLAIMS must be claim names/],
  ])('stops on %s=%j', (name, value, message) => {
    expect(() => settingsFromEnv({ ...valid, ...staff, [name]: value })).toThrow(message);
  });

  it('takes a plain-HTTP issuer on this machine only (the local provider)', () => {
    expect(
      settingsFromEnv({ ...valid, ...staff, STAFF_OIDC_ISSUER: 'http://127.0.0.1:4455' }).signIn?.staff
        ?.issuer,
    ).toBe('http://127.0.0.1:4455');
  });

  it('refuses the staff access-token cookie without HTTPS (a __Host- cookie needs Secure)', () => {
    expect(() =>
      settingsFromEnv({
        ...valid,
        ...staff,
        PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
        STAFF_ACCESS_TOKEN_COOKIE: 'true',
      }),
    ).toThrow(/STAFF_ACCESS_TOKEN_COOKIE needs PUBLIC_BASE_URL on https/);
  });
});
