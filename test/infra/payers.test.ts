import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { withPayersContext } from '../../infra/payers-config';
import { payersFromEnv } from '../../shared/runtime/payout-parts';
import { supplementsStacks } from './stacks';

const theirs = {
  randers: { name: 'Randers Kommune, Økonomi', iban: 'DK7799990000000001', bic: 'DABADKKK' },
  rudersdal: { name: 'Rudersdal Kommune', iban: 'DK5099990000000002', bic: 'NDEADKKK' },
};

type Resource = { Type: string; Properties: Record<string, unknown> };
// Synthesized once, outside the tests' time limit, as the other stack tests do.
const template = Template.fromStack(supplementsStacks({ ...config, payers: theirs }).application);

describe("the payers' accounts in the deployment configuration", () => {
  it('reach the payout functions as PAYOUT_PAYERS, which they read back at start as configured', () => {
    const variables = (service: string) =>
      Object.values(template.toJSON().Resources as Record<string, Resource>)
        .filter((r) => r.Type === 'AWS::Lambda::Function')
        .map(
          (r) => (r.Properties.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables,
        )
        .find((v) => v?.POWERTOOLS_SERVICE_NAME === service);
    for (const service of ['payout-run', 'finance-api']) {
      const value = variables(service)?.PAYOUT_PAYERS;
      expect(typeof value, service).toBe('string');
      expect(payersFromEnv({ PAYOUT_PAYERS: value as string })).toEqual(theirs);
    }
  });

  it('take the CDK context `payers` over infra/config.ts, as JSON text or an object', () => {
    expect(withPayersContext(config, JSON.stringify(theirs)).payers).toEqual(theirs);
    expect(withPayersContext(config, theirs).payers).toEqual(theirs);
    expect(withPayersContext(config, undefined).payers).toEqual(config.payers);
  });

  it('stop the synthesis on an account that does not check, naming the key, municipality and field', () => {
    const wrongIban = { ...theirs, rudersdal: { ...theirs.rudersdal, iban: 'DK5099990000000003' } };
    expect(() => withPayersContext(config, JSON.stringify(wrongIban))).toThrow(
      /^context payers: rudersdal\.iban must be a Danish IBAN/,
    );
    expect(() => withPayersContext(config, '{"randers":')).toThrow('context payers is not JSON');
    expect(() => withPayersContext(config, { randers: theirs.randers })).toThrow(
      'context payers: no payer for rudersdal',
    );
    const wrongBic = { ...config, payers: { ...theirs, randers: { ...theirs.randers, bic: 'DABA' } } };
    expect(() => withPayersContext(wrongBic, undefined)).toThrow(/^payers: randers\.bic must be the BIC/);
    expect(() => supplementsStacks(wrongBic)).toThrow(/payers: randers\.bic/);
  });
});
