import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
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
    for (const group of groups) expect(group.Properties.KmsKeyId).toBeDefined();
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

  it('refuses grants on the key to anything but AWS services', () => {
    const key = Object.values(
      Template.fromStack(stacks.stateful).toJSON().Resources as Record<string, Resource>,
    ).find((r) => r.Type === 'AWS::KMS::Key') as Resource;
    const statements = (key.Properties.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'kms:CreateGrant',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': 'false' } },
      }),
    );
  });
});
