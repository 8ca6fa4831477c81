import { runInNewContext } from 'node:vm';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { supplementsStacks } from './stacks';

const template = Template.fromStack(supplementsStacks().application).toJSON();
type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = Object.entries(template.Resources as Record<string, Resource>);
const ofType = (type: string) => resources.filter(([, r]) => r.Type === type);

/** The staff prefixes as the issue names them, written here so the infra's own list cannot hide one. */
const STAFF = /^(\/sager|\/finance|\/api\/payout-batches|\/payouts)(\/|$)/;
type Route = {
  key: string;
  path: string;
  AuthorizationType?: string;
  AuthorizerId?: unknown;
  AuthorizationScopes?: string[];
};
const routes: Route[] = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => {
  const key = r.Properties.RouteKey as string;
  return { key, path: key.split(' ')[1] ?? '', ...r.Properties };
});
const staffRoutes = routes.filter((r) => STAFF.test(r.path));
const authorizers = ofType('AWS::ApiGatewayV2::Authorizer');
const [webClient] = ofType('AWS::Cognito::UserPoolClient').filter(
  ([, r]) => r.Properties.ClientName === 'supplements-web',
);

describe('the staff routes', () => {
  it('has one JWT authorizer: the user pool as issuer, the web app’s client among the audience', () => {
    expect(authorizers).toHaveLength(1);
    const [, authorizer] = authorizers[0] as [string, Resource];
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    const jwt = authorizer.Properties.JwtConfiguration as { Issuer: unknown; Audience: unknown[] };
    expect(JSON.stringify(jwt.Issuer)).toMatch(/StaffUserPool.*ProviderURL/);
    expect(jwt.Audience).toContainEqual({ Ref: webClient?.[0] });
  });

  it('puts the JWT authorizer on every route under /sager, /finance, /api/payout-batches and /payouts', () => {
    const [authorizerId] = authorizers[0] as [string, Resource];
    // Derived from the template: whatever staff route is added later is held to the same rule.
    expect(staffRoutes.length).toBeGreaterThanOrEqual(12);
    for (const route of staffRoutes) {
      expect({ route: route.key, type: route.AuthorizationType, by: route.AuthorizerId }).toEqual({
        route: route.key,
        type: 'JWT',
        by: { Ref: authorizerId },
      });
    }
    expect(staffRoutes.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        'GET /sager',
        'POST /sager',
        'GET /sager/{proxy+}',
        'POST /sager/{proxy+}',
        'POST /sager/{applicationId}/udbetaling',
        'GET /finance',
        'GET /api/payout-batches',
        'POST /api/payout-batches/{batchId}/status-report',
        'POST /api/payout-batches/{batchId}/reconciliation',
      ]),
    );
  });

  it('takes a person’s token on every staff route and the bank’s only for the status report', () => {
    for (const route of staffRoutes) {
      const scopes = route.AuthorizationScopes ?? [];
      expect([route.key, scopes]).toEqual([route.key, expect.arrayContaining(['openid'])]);
      const bank = route.key === 'POST /api/payout-batches/{batchId}/status-report';
      expect([route.key, scopes.includes('finance/status-report')]).toEqual([route.key, bank]);
    }
  });

  it('leaves the public routes without an authorizer, and no route anywhere takes IAM', () => {
    const open = routes.filter((r) => !STAFF.test(r.path));
    for (const route of open) {
      expect([route.key, route.AuthorizationType, route.AuthorizerId]).toEqual([
        route.key,
        'NONE',
        undefined,
      ]);
    }
    expect(open.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        'GET /',
        'POST /api/applications',
        'POST /api/uploads',
        'GET /decisions/{opaqueId}',
        'POST /answers/{opaqueId}',
        'GET /log-ind',
        'GET /auth/callback',
        'POST /log-ud',
        'GET /api/session',
        'GET /mine-ansoegninger',
        'GET /mine-ansoegninger/{proxy+}',
      ]),
    );
  });
});

type Behaviour = {
  PathPattern?: string;
  CachePolicyId: string;
  OriginRequestPolicyId: string;
  FunctionAssociations?: { EventType: string; FunctionARN: unknown }[];
};
const [, distribution] = ofType('AWS::CloudFront::Distribution')[0] as [string, Resource];
const distributionConfig = distribution.Properties.DistributionConfig as {
  DefaultCacheBehavior: Behaviour;
  CacheBehaviors: Behaviour[];
};
const [functionId, edgeFunction] = ofType('AWS::CloudFront::Function')[0] as [string, Resource];
/** CloudFront's path pattern match: `*` is any run of characters, the rest literal. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

describe('the staff paths at the edge', () => {
  it('runs the staff-token function on viewer request for a behaviour covering every staff route', () => {
    expect((edgeFunction.Properties.FunctionConfig as { Runtime: string }).Runtime).toBe('cloudfront-js-2.0');
    const staffBehaviours = distributionConfig.CacheBehaviors.filter((b) =>
      b.FunctionAssociations?.some(
        (f) =>
          f.EventType === 'viewer-request' &&
          JSON.stringify(f.FunctionARN) === JSON.stringify({ 'Fn::GetAtt': [functionId, 'FunctionARN'] }),
      ),
    );
    for (const route of staffRoutes) {
      const path = route.path.replace(/\{[^}]+\}/g, 'x');
      const first = distributionConfig.CacheBehaviors.find((b) => matches(b.PathPattern ?? '', path));
      expect([route.key, first && staffBehaviours.includes(first)]).toEqual([route.key, true]);
    }
    // Public paths stay on the default behaviour, which runs no function.
    expect(distributionConfig.DefaultCacheBehavior.FunctionAssociations).toBeUndefined();
    for (const path of ['/', '/log-ind', '/mine-ansoegninger', '/decisions/x', '/api/applications']) {
      expect([
        path,
        distributionConfig.CacheBehaviors.some((b) => matches(b.PathPattern ?? '', path)),
      ]).toEqual([path, false]);
    }
  });

  it('caches nothing on any behaviour, so no cookie or Authorization header is ever part of a cache', () => {
    const cachingDisabled = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
    const allViewerExceptHost = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
    for (const behaviour of [distributionConfig.DefaultCacheBehavior, ...distributionConfig.CacheBehaviors]) {
      expect(behaviour).toMatchObject({
        CachePolicyId: cachingDisabled,
        OriginRequestPolicyId: allViewerExceptHost,
      });
    }
  });
});

/** The deployed function's code, run as CloudFront would run it on one viewer request. */
type EdgeRequest = {
  method: string;
  uri: string;
  querystring: Record<string, { value: string }>;
  headers: Record<string, { value: string }>;
  cookies: Record<string, { value: string }>;
};
const handler = runInNewContext(`${edgeFunction.Properties.FunctionCode as string}\nhandler;`, {
  encodeURIComponent,
}) as (event: {
  request: EdgeRequest;
}) => EdgeRequest | { statusCode: number; headers: Record<string, { value: string }> };
const request = (over: Partial<EdgeRequest>): EdgeRequest => ({
  method: 'GET',
  uri: '/sager',
  querystring: {},
  headers: {},
  cookies: {},
  ...over,
});
const TOKEN = 'eyJraWQiOiJrIn0.eyJzdWIiOiJzIn0.c2lnbmF0dXJl';

describe('the staff-token function', () => {
  it('turns the access-token cookie into a bearer Authorization header', () => {
    const out = handler({ request: request({ cookies: { '__Host-staff-at': { value: TOKEN } } }) });
    expect(out).toMatchObject({ uri: '/sager', headers: { authorization: { value: `Bearer ${TOKEN}` } } });
  });

  it('sends a page request without the cookie to the staff sign-in, and back to the page afterwards', () => {
    const out = handler({ request: request({ uri: '/sager/abc', querystring: { lang: { value: 'en' } } }) });
    expect(out).toEqual({
      statusCode: 302,
      statusDescription: 'Found',
      headers: {
        location: { value: '/log-ind?som=medarbejder&til=%2Fsager%2Fabc%3Flang%3Den' },
        'cache-control': { value: 'no-store' },
      },
    });
  });

  it('treats a cookie that is no JWT as no cookie, and a form post without one goes to sign-in alone', () => {
    const bad = handler({ request: request({ cookies: { '__Host-staff-at': { value: 'x y' } } }) });
    expect(bad).toMatchObject({ statusCode: 302 });
    const posted = handler({ request: request({ method: 'POST', uri: '/finance/batches/b/release' }) });
    expect(posted).toMatchObject({
      statusCode: 302,
      headers: { location: { value: '/log-ind?som=medarbejder' } },
    });
  });

  it('lets API calls through untouched for the authorizer to judge: the bank brings its own header', () => {
    const bank = request({
      method: 'POST',
      uri: '/api/payout-batches/b/status-report',
      headers: { authorization: { value: `Bearer ${TOKEN}` } },
    });
    expect(handler({ request: bank })).toEqual(bank);
    const bare = request({ uri: '/api/payout-batches' });
    expect(handler({ request: bare })).toEqual(bare);
  });
});
