import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYOUT_SETTINGS } from '../../shared/runtime/payout-parts';
import { supplementsStacks } from './stacks';

const template = Template.fromStack(supplementsStacks().application);
type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = Object.entries(template.toJSON().Resources as Record<string, Resource>);
const ofType = (type: string) => resources.filter(([, r]) => r.Type === type);

const functionOf = (service: string) =>
  ofType('AWS::Lambda::Function').find(
    ([, r]) =>
      (r.Properties.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables
        .POWERTOOLS_SERVICE_NAME === service,
  );

function policyOf(service: string): string {
  const fn = functionOf(service);
  if (!fn) throw new Error(`no function ${service}`);
  const role = (fn[1].Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return JSON.stringify(
    ofType('AWS::IAM::Policy')
      .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role))
      .map(([, p]) => p.Properties.PolicyDocument),
  );
}

/** The function id each route's integration calls. */
function routeTargets(): Record<string, string> {
  const integrations = Object.fromEntries(
    ofType('AWS::ApiGatewayV2::Integration').map(([id, r]) => [
      id,
      JSON.stringify(r.Properties.IntegrationUri).match(/"([A-Za-z0-9]+Function[A-Za-z0-9]+)"/)?.[1] ?? '',
    ]),
  );
  return Object.fromEntries(
    ofType('AWS::ApiGatewayV2::Route').map(([, r]) => {
      const target =
        JSON.stringify(r.Properties.Target).match(/integrations\/","?\{?"?Ref"?:"([^"]+)"/)?.[1] ?? '';
      return [r.Properties.RouteKey as string, integrations[target] ?? ''];
    }),
  );
}

describe('finance apart', () => {
  it('gives the internet-facing function no access to the finance bucket or the payout ledger', () => {
    const policy = policyOf('http-api');
    expect(policy).not.toMatch(/FinanceBucket/);
    expect(policy).not.toMatch(/PayoutLedgerTable/);
  });

  it('serves the finance routes from their own function', () => {
    const finance = functionOf('finance-api');
    const web = functionOf('http-api');
    expect(finance).toBeDefined();
    const targets = routeTargets();
    for (const route of [
      'GET /finance',
      'GET /api/payout-batches',
      'POST /api/payout-batches/{batchId}/reconciliation',
      'POST /api/payout-batches/{batchId}/status-report',
      'GET /payouts/{applicationId}/correction',
      'GET /finance/batches/{batchId}',
      'POST /finance/batches/{batchId}/release',
      'POST /finance/batches/{batchId}/confirm',
      'POST /payouts/{applicationId}/correction',
      'POST /sager/{applicationId}/udbetaling',
    ]) {
      expect(targets[route], route).toBe(finance?.[0]);
    }
    expect(targets['POST /api/applications']).toBe(web?.[0]);
    // The worklist and the case pages are the internet-facing function's, but for the correction.
    expect(targets['GET /sager/{proxy+}']).toBe(web?.[0]);
    expect(targets['POST /sager/{proxy+}']).toBe(web?.[0]);
  });

  it('lets the finance function read finance files and settle the ledger', () => {
    const policy = policyOf('finance-api');
    expect(policy).toMatch(/FinanceBucket/);
    expect(policy).toMatch(/PayoutLedgerTable/);
  });

  it('makes file links when finance asks for them, valid for minutes', () => {
    expect(DEFAULT_PAYOUT_SETTINGS.linkValidSeconds).toBeLessThanOrEqual(15 * 60);
  });
});
