import { Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import {
  AccountRecovery,
  type CfnUserPool,
  type CfnUserPoolGroup,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OidcAttributeRequestMethod,
  ProviderAttribute,
  ResourceServerScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolDomain,
  UserPoolIdentityProviderOidc,
  UserPoolIdentityProviderSaml,
  UserPoolIdentityProviderSamlMetadata,
  type UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_ROLES, type StaffRole } from '../../shared/app/identity';
import type { StaffAttributeNames, StaffIdentityProvider, StaffSignInConfig } from '../config';

/** Fixed logical ids: replacing the user pool would lose every user, group membership and MFA device. */
export const STAFF_POOL_LOGICAL_ID = 'StaffUserPool';
export const groupLogicalId = (role: StaffRole) =>
  `StaffGroup${role.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;

/** The resource server machine callers get tokens for, and its one scope: the bank's status report. */
export const FINANCE_RESOURCE_SERVER = 'finance';
export const STATUS_REPORT_SCOPE = `${FINANCE_RESOURCE_SERVER}/status-report`;

const GROUP_DESCRIPTIONS: Record<StaffRole, string> = {
  caseworker: 'Caseworkers: the worklist and the cases of their municipality',
  'team-lead': 'Team leads: escalated cases and the access log',
  'second-approver': 'Second approvers: the four eyes on large grants',
  finance: 'Finance: payout batches, their release and the bank reconciliation',
  admin: 'Administrators: the access log and every page',
};

/** Entra ID's SAML claim URIs, the usual municipal provider; a provider's config may name others. */
const ENTRA_SAML: StaffAttributeNames = {
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  name: 'http://schemas.microsoft.com/identity/claims/displayname',
  givenName: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
  familyName: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
};
const OIDC_CLAIMS: StaffAttributeNames = {
  email: 'email',
  name: 'name',
  givenName: 'given_name',
  familyName: 'family_name',
};

/**
 * Who staff are: the Cognito user pool (no self sign-up, MFA, threat protection, deletion
 * protection), a group per staff role, the `municipality` attribute, the managed login domain, the
 * municipalities' identity providers and the finance resource server. It lives with the data
 * because it is data: users, memberships and MFA devices. The app clients that ask it for tokens
 * live with the functions (infra/constructs/staff-clients.ts).
 */
export class StaffDirectory extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly financeServer: UserPoolResourceServer;
  /** The Cognito names of the federated providers, for the web client's list. */
  readonly providerNames: string[];

  constructor(scope: Construct, id: string, props: { signIn: StaffSignInConfig }) {
    super(scope, id);
    this.userPool = new UserPool(this, STAFF_POOL_LOGICAL_ID, {
      userPoolName: 'supplements-staff',
      // Staff are created by an administrator or arrive through their municipality's provider.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // Mutable: a federated sign-in rewrites mapped attributes each time.
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
        givenName: { required: false, mutable: true },
        familyName: { required: false, mutable: true },
      },
      // One or more municipalities, comma-separated (shared/app/identity-claims.ts). Administrators
      // set it (AdminUpdateUserAttributes); no app client may write it, so no user can change theirs.
      customAttributes: { municipality: new StringAttribute({ minLen: 1, maxLen: 256, mutable: true }) },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 12,
      },
      // Required, authenticator apps only: the pool's own users are few (administrators, staff of a
      // municipality without a provider) and see case files with CPR numbers; SMS would need an SNS
      // role and is the weaker factor. Federated users meet their own provider's MFA instead.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userVerification: {
        emailSubject: 'Bekræft din e-mail / Confirm your e-mail',
        emailBody: 'Din kode er {####}. / Your code is {####}.',
      },
      userInvitation: {
        emailSubject: 'Din adgang til tilskudssystemet / Your access to the supplements system',
        emailBody:
          'Du er oprettet som medarbejder. Brugernavn: {username}. Midlertidig adgangskode: {####} (gælder i 3 dage). Ved første login vælger du en ny adgangskode og opsætter en godkender-app.<br><br>You have been added as staff. User name: {username}. Temporary password: {####} (valid for 3 days). At your first sign-in you choose a new password and set up an authenticator app.',
      },
      // Plus: threat protection blocks sign-ins with compromised credentials and risky sign-ins.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (this.userPool.node.defaultChild as CfnUserPool).overrideLogicalId(STAFF_POOL_LOGICAL_ID);

    for (const [precedence, role] of STAFF_ROLES.entries()) {
      const group = this.userPool.addGroup(groupLogicalId(role), {
        groupName: role,
        description: GROUP_DESCRIPTIONS[role],
        precedence,
      });
      group.applyRemovalPolicy(RemovalPolicy.RETAIN);
      (group.node.defaultChild as CfnUserPoolGroup).overrideLogicalId(groupLogicalId(role));
    }

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.signIn.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.financeServer = this.userPool.addResourceServer('Finance', {
      identifier: FINANCE_RESOURCE_SERVER,
      userPoolResourceServerName: 'Finance integrations',
      scopes: [
        new ResourceServerScope({
          scopeName: 'status-report',
          scopeDescription: "Post the bank's pain.002 status report for a payout batch",
        }),
      ],
    });
    this.providerNames = props.signIn.identityProviders.map((provider) => {
      this.federate(provider);
      return provider.name;
    });
  }

  /** Adds one municipality's provider with the attribute mapping for e-mail and name. */
  private federate(provider: StaffIdentityProvider): void {
    const names = { ...(provider.kind === 'saml' ? ENTRA_SAML : OIDC_CLAIMS), ...provider.attributes };
    const attributeMapping = {
      email: ProviderAttribute.other(names.email),
      fullname: ProviderAttribute.other(names.name),
      givenName: ProviderAttribute.other(names.givenName),
      familyName: ProviderAttribute.other(names.familyName),
    };
    if (provider.kind === 'saml') {
      new UserPoolIdentityProviderSaml(this, `Idp${provider.name}`, {
        userPool: this.userPool,
        name: provider.name,
        metadata: UserPoolIdentityProviderSamlMetadata.url(provider.metadataUrl),
        attributeMapping,
      });
      return;
    }
    new UserPoolIdentityProviderOidc(this, `Idp${provider.name}`, {
      userPool: this.userPool,
      name: provider.name,
      issuerUrl: provider.issuer,
      clientId: provider.clientId,
      // A dynamic reference, resolved by CloudFormation at deployment: the template holds no secret.
      clientSecret: SecretValue.secretsManager(provider.clientSecretName).unsafeUnwrap(),
      scopes: ['openid', 'email', 'profile'],
      attributeRequestMethod: OidcAttributeRequestMethod.GET,
      attributeMapping,
    });
  }
}
