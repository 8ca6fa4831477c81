import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { withSignInContext } from '../../infra/sign-in-context';
import { ENV } from '../../shared/config/env';
import { supplementsStacks } from './stacks';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
const resourcesOf = (stack: Parameters<typeof Template.fromStack>[0]) =>
  Object.entries(Template.fromStack(stack).toJSON().Resources as Record<string, Resource>);

const stacks = supplementsStacks();
const stateful = resourcesOf(stacks.stateful);
const application = resourcesOf(stacks.application);
const ofType = (resources: [string, Resource][], type: string) =>
  resources.filter(([, r]) => r.Type === type);
const pool = Object.fromEntries(stateful).StaffUserPool as Resource;
const client = (name: string) =>
  ofType(application, 'AWS::Cognito::UserPoolClient').find(([, r]) => r.Properties.ClientName === name) as [
    string,
    Resource,
  ];
/** The environment variables of the function with this Powertools service name. */
function functionEnv(resources: [string, Resource][], service: string): Record<string, unknown> {
  const variablesOf = (r: Resource) =>
    (r.Properties.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables;
  const fn = ofType(resources, 'AWS::Lambda::Function').find(
    ([, r]) => variablesOf(r)?.POWERTOOLS_SERVICE_NAME === service,
  );
  if (!fn) throw new Error(`no function ${service}`);
  return variablesOf(fn[1]) ?? {};
}

describe('the staff user pool', () => {
  it('lets no one sign up: staff are created by an administrator or come through their municipality', () => {
    expect(pool.Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });

  it('requires MFA with an authenticator app, a strong password and threat protection', () => {
    expect(pool.Properties).toMatchObject({
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    const policy = (pool.Properties.Policies as { PasswordPolicy: Record<string, unknown> }).PasswordPolicy;
    expect(policy).toMatchObject({
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(policy.MinimumLength).toBeGreaterThanOrEqual(14);
  });

  it('keeps the pool: deletion protection, retained, a fixed logical id', () => {
    expect(pool).toMatchObject({ DeletionPolicy: 'Retain', Properties: { DeletionProtection: 'ACTIVE' } });
  });

  it('has a group for each of the five staff roles, each retained', () => {
    const groups = ofType(stateful, 'AWS::Cognito::UserPoolGroup');
    expect(groups.map(([, g]) => g.Properties.GroupName).sort()).toEqual(
      ['admin', 'caseworker', 'finance', 'second-approver', 'team-lead'].sort(),
    );
    for (const [, group] of groups) {
      expect(group).toMatchObject({
        DeletionPolicy: 'Retain',
        Properties: { UserPoolId: { Ref: 'StaffUserPool' } },
      });
    }
  });

  it('holds the municipality as a custom string attribute that administrators set and no app client writes', () => {
    expect(pool.Properties.Schema).toContainEqual(
      expect.objectContaining({ Name: 'municipality', AttributeDataType: 'String', Mutable: true }),
    );
    for (const [, c] of ofType(application, 'AWS::Cognito::UserPoolClient')) {
      expect(c.Properties.WriteAttributes ?? []).not.toContain('custom:municipality');
    }
    expect(client('supplements-web')[1].Properties.ReadAttributes).toContain('custom:municipality');
    // A client without WriteAttributes could write every attribute: the web client lists its own.
    expect(client('supplements-web')[1].Properties.WriteAttributes).toEqual(
      expect.arrayContaining(['email', 'name']),
    );
  });

  it('signs in through managed login on the pool’s own domain, branded for the web client', () => {
    const [, domain] = ofType(stateful, 'AWS::Cognito::UserPoolDomain')[0] as [string, Resource];
    expect(domain.Properties).toMatchObject({
      Domain: config.staffSignIn.domainPrefix,
      ManagedLoginVersion: 2,
    });
    const [, branding] = ofType(application, 'AWS::Cognito::ManagedLoginBranding')[0] as [string, Resource];
    expect(branding.Properties.ClientId).toEqual({ Ref: client('supplements-web')[0] });
  });
});

describe('the app clients', () => {
  it('gives the web app the code flow with a secret, openid email profile, and the app’s own addresses', () => {
    expect(client('supplements-web')[1].Properties).toMatchObject({
      GenerateSecret: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [`${config.publicOrigin}/auth/callback`],
      LogoutURLs: [`${config.publicOrigin}/`],
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 600,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      SupportedIdentityProviders: ['COGNITO'],
    });
  });

  it('gives the bank’s integration client credentials for the status-report scope only', () => {
    expect(client('supplements-bank-status-report')[1].Properties).toMatchObject({
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['finance/status-report'],
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const [, server] = ofType(stateful, 'AWS::Cognito::UserPoolResourceServer')[0] as [string, Resource];
    expect(server.Properties).toMatchObject({
      Identifier: 'finance',
      Scopes: [{ ScopeName: 'status-report' }],
    });
  });

  it('keeps the web client’s secret in Secrets Manager, copied from Cognito, and names it to http-api only', () => {
    const [secretId, secret] = ofType(application, 'AWS::SecretsManager::Secret').find(([, s]) =>
      JSON.stringify(s.Properties.SecretString ?? '').includes('ClientSecret'),
    ) as [string, Resource];
    expect(secret.Properties.SecretString).toEqual({
      'Fn::GetAtt': [client('supplements-web')[0], 'ClientSecret'],
    });
    const web = functionEnv(application, 'http-api');
    expect(web[ENV.staffOidcClientSecretArn]).toEqual({ Ref: secretId });
    expect(web[ENV.staffOidcClientSecret]).toBeUndefined();
    expect(web[ENV.staffOidcClientId]).toEqual({ Ref: client('supplements-web')[0] });
    expect(JSON.stringify(web[ENV.staffOidcIssuer])).toMatch(/StaffUserPool.*ProviderURL/);
    expect(web[ENV.staffAccessTokenCookie]).toBe('true');
    // finance-api signs nobody in; a provider given in part would stop it at start.
    const finance = functionEnv(application, 'finance-api');
    for (const name of [ENV.staffOidcIssuer, ENV.staffOidcClientId, ENV.staffOidcClientSecretArn]) {
      expect([name, finance[name]]).toEqual([name, undefined]);
    }
    // The secret itself (the client's ClientSecret attribute) is in no function's environment.
    for (const [, fn] of ofType(application, 'AWS::Lambda::Function')) {
      expect(JSON.stringify(fn.Properties.Environment ?? {})).not.toContain('"ClientSecret"');
    }
  });

  it('lets both page-serving functions read and write the sessions table', () => {
    for (const service of ['http-api', 'finance-api']) {
      expect([service, functionEnv(application, service)[ENV.sessionsTable]]).toEqual([
        service,
        expect.objectContaining({ 'Fn::ImportValue': expect.stringMatching(/SessionsTable/) }),
      ]);
    }
    expect(functionEnv(application, 'payout-run')[ENV.sessionsTable]).toBeUndefined();
  });

  it('has no federated provider without configuration: Cognito’s own users only', () => {
    expect(ofType(stateful, 'AWS::Cognito::UserPoolIdentityProvider')).toEqual([]);
  });
});

describe('a municipality’s identity providers', () => {
  const deployment = withSignInContext(config, {
    staffIdentityProviders: JSON.stringify([
      {
        kind: 'saml',
        name: 'Randers-Entra',
        metadataUrl: 'https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml',
      },
      {
        kind: 'oidc',
        name: 'Rudersdal-Idp',
        issuer: 'https://idp.rudersdal.example/realms/staff',
        clientId: 'supplements',
        clientSecretName: 'supplements/rudersdal-idp',
      },
    ]),
    citizenSignIn: {
      issuer: 'https://broker.example.dk',
      clientId: 'tilskud',
      clientSecretName: 'supplements/mitid-broker',
      scopes: 'openid profile ssn',
    },
  });
  const federated = supplementsStacks(deployment);
  const providers = ofType(resourcesOf(federated.stateful), 'AWS::Cognito::UserPoolIdentityProvider');
  const app = resourcesOf(federated.application);

  it('federates SAML by metadata URL and OIDC by issuer, mapping e-mail and name, the OIDC secret by reference', () => {
    const byName = Object.fromEntries(providers.map(([, p]) => [p.Properties.ProviderName, p.Properties]));
    expect(byName['Randers-Entra']).toMatchObject({
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: expect.stringContaining('federationmetadata') },
      AttributeMapping: {
        email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        name: 'http://schemas.microsoft.com/identity/claims/displayname',
      },
    });
    expect(byName['Rudersdal-Idp']).toMatchObject({
      ProviderType: 'OIDC',
      ProviderDetails: {
        oidc_issuer: 'https://idp.rudersdal.example/realms/staff',
        client_id: 'supplements',
      },
      AttributeMapping: { email: 'email', name: 'name' },
    });
    expect(byName['Rudersdal-Idp']?.ProviderDetails).toMatchObject({
      client_secret: '{{resolve:secretsmanager:supplements/rudersdal-idp:SecretString:::}}',
    });
  });

  it('offers them on the web client beside Cognito’s own users', () => {
    const [, web] = ofType(app, 'AWS::Cognito::UserPoolClient').find(
      ([, c]) => c.Properties.ClientName === 'supplements-web',
    ) as [string, Resource];
    expect(web.Properties.SupportedIdentityProviders).toEqual(['COGNITO', 'Randers-Entra', 'Rudersdal-Idp']);
  });

  it('tells http-api where the MitID broker is and lets it read the broker’s secret by name', () => {
    const web = functionEnv(app, 'http-api');
    expect(web[ENV.citizenOidcIssuer]).toBe('https://broker.example.dk');
    expect(web[ENV.citizenOidcClientId]).toBe('tilskud');
    expect(web[ENV.citizenOidcScopes]).toBe('openid profile ssn');
    expect(JSON.stringify(web[ENV.citizenOidcClientSecretArn])).toContain('secret:supplements/mitid-broker');
    expect(functionEnv(app, 'finance-api')[ENV.citizenOidcClientSecretArn]).toBeUndefined();
  });

  it('refuses context that does not parse, naming the key', () => {
    expect(() => withSignInContext(config, { staffIdentityProviders: '[{"kind":"saml"' })).toThrow(
      /staffIdentityProviders is not JSON/,
    );
    expect(() =>
      withSignInContext(config, {
        staffIdentityProviders: [{ kind: 'saml', name: 'X-Entra', metadataUrl: 'http://insecure.example' }],
      }),
    ).toThrow(/metadataUrl must be an https:\/\/ URL/);
    const twice = { kind: 'saml', name: 'Same', metadataUrl: 'https://a.example/m.xml' };
    expect(() => withSignInContext(config, { staffIdentityProviders: [twice, twice] })).toThrow(
      /names must differ/,
    );
  });
});
