import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { supplementsStacks } from './stacks';

const stacks = supplementsStacks();
const stateful = Template.fromStack(stacks.stateful).toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;
const application = Template.fromStack(stacks.application).toJSON().Resources as Record<
  string,
  { Type: string; Properties: Record<string, unknown> }
>;

type Rule = {
  Id: string;
  Prefix?: string;
  Status: string;
  ExpirationInDays?: number;
  NoncurrentVersionExpiration?: { NoncurrentDays: number };
};

describe('receipts uploaded but never submitted', () => {
  it('expire from the staging prefix of the receipts bucket within a day', () => {
    const bucket = stateful.ReceiptsBucket as { Properties: Record<string, unknown> };
    const rules = (bucket.Properties.LifecycleConfiguration as { Rules: Rule[] }).Rules.filter(
      (r) => r.Prefix === 'uploads/',
    );
    expect(rules).toEqual([
      expect.objectContaining({
        Status: 'Enabled',
        ExpirationInDays: 1,
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
      }),
    ]);
  });

  it('may be given their short staging retention by the function that signs uploads, and only in staging', () => {
    const statements = Object.values(application)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap(
        (p) =>
          (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] })
            .Statement,
      )
      .filter((s) => [s.Action].flat().includes('s3:PutObjectRetention'));
    expect(statements).toHaveLength(1);
    expect(JSON.stringify(statements[0]?.Resource)).toContain('/uploads/*');
  });
});
