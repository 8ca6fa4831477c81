import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';

/** The edge stack's inputs. */
export type EdgeStackProps = StackProps & { config: DeploymentConfig };

/** AWS managed rule groups every request to the system passes, by name. */
const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesCommonRuleSet',
];

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/**
 * The web ACL in front of the system (CloudFront scope, so it lives in us-east-1): AWS's managed
 * rule groups, a rate limit per client IP, and a limit on the length of the path and query. HTTP
 * APIs take no WAF themselves; the CloudFront distribution of the application stack uses this one.
 */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const { edge } = props.config;
    const managed: CfnWebACL.RuleProperty[] = MANAGED_RULE_GROUPS.map((name, index) => ({
      name,
      priority: 10 + index,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          // Claims can pass the common rule set's 8 KB body limit (200 expenses); the handler bounds
          // bodies itself (1 MB, depth, string and array limits), so that rule only counts.
          ...(name === 'AWSManagedRulesCommonRuleSet'
            ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] }
            : {}),
        },
      },
      visibilityConfig: visibility(name),
    }));
    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      description: 'Supplements: managed rule groups, a rate limit per IP, path and query length limits',
      visibilityConfig: visibility('SupplementsWebAcl'),
      rules: [
        {
          name: 'RatePerIp',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit: edge.requestsPerIpPer5Minutes, aggregateKeyType: 'IP' },
          },
          visibilityConfig: visibility('RatePerIp'),
        },
        {
          name: 'PathAndQueryLength',
          priority: 2,
          action: { block: {} },
          statement: {
            orStatement: {
              statements: [
                { fieldToMatch: { uriPath: {} }, maxBytes: edge.maxPathBytes },
                { fieldToMatch: { queryString: {} }, maxBytes: edge.maxPathBytes },
              ].map(({ fieldToMatch, maxBytes }) => ({
                sizeConstraintStatement: {
                  fieldToMatch,
                  comparisonOperator: 'GT',
                  size: maxBytes,
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              })),
            },
          },
          visibilityConfig: visibility('PathAndQueryLength'),
        },
        ...managed,
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
