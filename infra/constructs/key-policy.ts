import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';

/**
 * The key may be granted only to AWS services acting for the system (DynamoDB, S3, CloudWatch Logs,
 * SNS), never to a principal directly: Control Tower's CT.KMS.PR.3 statement, with `BoolIfExists`
 * so a request without the keys is refused too.
 */
export function refuseGrantsButToAwsServices(key: Key): void {
  key.addToResourcePolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: {
        BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' },
      },
    }),
  );
}
