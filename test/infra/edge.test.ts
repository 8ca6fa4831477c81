import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { LOG_KEY_PARAMETER } from '../../infra/stacks/stateful-stack';
import { supplementsStacks } from './stacks';

const stacks = supplementsStacks();
const template = Template.fromStack(stacks.application);
type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = Object.values(template.toJSON().Resources as Record<string, Resource>);
const ofType = (type: string) => resources.filter((r) => r.Type === type);

describe('the API at the edge', () => {
  it('throttles the routes anyone may call harder than the stage, each on its own', () => {
    const [stage] = ofType('AWS::ApiGatewayV2::Stage');
    const routes = stage?.Properties.RouteSettings as Record<
      string,
      { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
    >;
    for (const route of [
      'POST /api/applications',
      'POST /api/uploads',
      'GET /api/applications/{id}',
      'POST /decisions/{opaqueId}',
      'POST /answers/{opaqueId}',
      'POST /api/rules/evaluate',
    ]) {
      const limit = config.routeThrottles[route];
      expect(routes[route], route).toEqual({
        ThrottlingRateLimit: limit?.rateLimit,
        ThrottlingBurstLimit: limit?.burstLimit,
      });
      expect(routes[route]?.ThrottlingRateLimit, route).toBeLessThan(config.apiThrottle.rateLimit);
    }
  });

  it('encrypts every log group with the customer-managed key', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThan(10);
    for (const group of groups)
      expect(group.Properties.KmsKeyId).toBe(`{{resolve:ssm:${LOG_KEY_PARAMETER}}}`);
    const parameter = Object.values(
      Template.fromStack(stacks.stateful).toJSON().Resources as Record<string, Resource>,
    ).find((r) => r.Type === 'AWS::SSM::Parameter') as Resource;
    expect(parameter.Properties).toMatchObject({
      Name: LOG_KEY_PARAMETER,
      Value: { 'Fn::GetAtt': ['DataKey', 'Arn'] },
    });
  });

  it('lets CloudWatch Logs use the key only for this account’s log groups', () => {
    const key = Object.values(
      Template.fromStack(stacks.stateful).toJSON().Resources as Record<string, Resource>,
    ).find((r) => r.Type === 'AWS::KMS::Key');
    const statements = (
      (key as Resource).Properties.KeyPolicy as {
        Statement: { Effect: string; Action: unknown; Principal?: unknown; Condition?: unknown }[];
      }
    ).Statement;
    const logs = statements.filter((s) => JSON.stringify(s.Principal ?? '').includes('logs.'));
    expect(logs).toHaveLength(1);
    expect(JSON.stringify(logs[0]?.Condition)).toContain('kms:EncryptionContext:aws:logs:arn');
  });

  it('refuses grants on every key to anything but AWS services (Control Tower CT.KMS.PR.3)', () => {
    const keys = [stacks.stateful, stacks.application].flatMap((stack) =>
      Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, Resource>).filter(
        (r) => r.Type === 'AWS::KMS::Key',
      ),
    );
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const statements = (key.Properties.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'kms:CreateGrant',
          Resource: '*',
          Condition: {
            BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' },
          },
        }),
      );
    }
  });

  it('puts AWS WAF with managed rule groups and a rate limit per IP in front of the API, through CloudFront', () => {
    const edge = Template.fromStack(stacks.edge);
    const acl = Object.values(edge.toJSON().Resources as Record<string, Resource>).find(
      (r) => r.Type === 'AWS::WAFv2::WebACL',
    ) as Resource;
    expect(acl.Properties.Scope).toBe('CLOUDFRONT');
    const rules = acl.Properties.Rules as { Name: string; Statement: Record<string, unknown> }[];
    expect(rules.map((r) => r.Name)).toEqual(
      expect.arrayContaining([
        'RatePerIp',
        'AWSManagedRulesCommonRuleSet',
        'AWSManagedRulesKnownBadInputsRuleSet',
        'AWSManagedRulesAmazonIpReputationList',
      ]),
    );
    expect(rules.find((r) => r.Name === 'RatePerIp')?.Statement).toEqual({
      RateBasedStatement: { Limit: config.edge.requestsPerIpPer5Minutes, AggregateKeyType: 'IP' },
    });
    const [distribution] = ofType('AWS::CloudFront::Distribution');
    const cfg = distribution?.Properties.DistributionConfig as Record<string, unknown>;
    expect(cfg.WebACLId).toBeDefined();
    expect(JSON.stringify(cfg.Origins)).toContain('x-origin-verify');
  });

  it('tells the API functions the value CloudFront sends, so they refuse requests that did not come through it', () => {
    for (const service of ['http-api', 'finance-api']) {
      const fn = ofType('AWS::Lambda::Function').find(
        (r) =>
          (r.Properties.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables
            .POWERTOOLS_SERVICE_NAME === service,
      );
      const variables = ((fn as Resource).Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
      expect(JSON.stringify(variables.ORIGIN_VERIFY), service).toContain('resolve:secretsmanager');
    }
  });
});
