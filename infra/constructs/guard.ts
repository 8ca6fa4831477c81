import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** The name the cfn-guard plugin reports under; its rules are acknowledged as `<name>::<rule>`. */
export const CFN_GUARD = 'cdk-validator-cfnguard';

/**
 * The Control Tower proactive controls (cfn-guard rules) acknowledged at synthesis, each with the
 * control's id for the README and the reason it does not apply.
 */
export const GUARD_RULES = {
  lambdaInVpc: { rule: 'lambda_inside_vpc_check', control: 'CT.LAMBDA.PR.3' },
  lambdaPermission: { rule: 'lambda_function_public_access_prohibited_check', control: 'CT.LAMBDA.PR.2' },
  routeAuthorization: {
    rule: 'api_gw_v2_authorization_type_configured_check',
    control: 'CT.APIGATEWAY.PR.5',
  },
  bucketKms: { rule: 's3_bucket_default_encryption_kms_check', control: 'CT.S3.PR.10' },
  bucketLogging: { rule: 's3_bucket_logging_enabled_check', control: 'CT.S3.PR.2' },
  bucketObjectLock: { rule: 's3_bucket_object_lock_enabled_check', control: 'CT.S3.PR.9' },
  bucketEvents: { rule: 's3_event_notifications_enabled_check', control: 'CT.S3.PR.4' },
  queueDeadLetters: { rule: 'sqs_dlq_check', control: 'CT.SQS.PR.1' },
  cloudFrontRootObject: {
    rule: 'cloudfront_default_root_object_configured_check',
    control: 'CT.CLOUDFRONT.PR.1',
  },
  cloudFrontFailover: { rule: 'cloudfront_origin_failover_enabled_check', control: 'CT.CLOUDFRONT.PR.4' },
  cloudFrontLogging: { rule: 'cloudfront_access_logs_enabled_check', control: 'CT.CLOUDFRONT.PR.5' },
  cloudFrontCertificate: { rule: 'cloudfront_custom_ssl_certificate_check', control: 'CT.CLOUDFRONT.PR.6' },
  cloudFrontSni: { rule: 'cloudfront_sni_enabled_check', control: 'CT.CLOUDFRONT.PR.7' },
  cloudFrontTls: { rule: 'cloudfront_security_policy_check', control: 'CT.CLOUDFRONT.PR.9' },
} as const;

export type GuardRule = keyof typeof GUARD_RULES;

/**
 * Acknowledges a Control Tower proactive control for `scope` and everything under it, with the
 * reason, the same way cdk-nag's findings are acknowledged (CDK's validation acknowledgements).
 */
export function acknowledgeGuard(scope: IConstruct, rule: GuardRule, reason: string): void {
  Validations.of(scope).acknowledge({ id: `${CFN_GUARD}::${GUARD_RULES[rule].rule}`, reason });
}

/** The reason no function runs in a VPC: it reaches only AWS APIs, over TLS, under IAM. */
export const NO_VPC_REASON =
  'The function talks only to AWS APIs (DynamoDB, S3, SES, Step Functions, KMS) over TLS under its own IAM role, and holds no network-reachable resource; a VPC would add NAT or endpoints and no control.';

/**
 * Acknowledges CT.LAMBDA.PR.3 for the functions CDK itself adds to `stack` at synthesis (the
 * providers of its `Custom::` resources, such as the cross-region export reader and writer). They
 * exist only once references are resolved, so the acknowledgement is recorded when the tree is
 * validated, like cdk-nag's wildcard acknowledgements.
 */
export function acknowledgeCdkProviders(stack: IConstruct): void {
  stack.node.addValidation({
    validate: () => {
      for (const child of stack.node.children) {
        if (child.node.id.startsWith('Custom::')) {
          acknowledgeGuard(
            child,
            'lambdaInVpc',
            `A provider function of aws-cdk-lib (${child.node.id}): it runs only during deployment and calls only AWS APIs.`,
          );
        }
      }
      return [];
    },
  });
}
