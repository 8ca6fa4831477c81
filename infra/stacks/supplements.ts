import type { App, Environment } from 'aws-cdk-lib';
import type { DeploymentConfig } from '../config';
import { acknowledgeCdkProviders } from '../constructs/guard';
import { ApplicationStack } from './application-stack';
import { EdgeStack } from './edge-stack';
import { StatefulStack } from './stateful-stack';

/** The system's two stacks, the stateless one built on the stateful one's resources. */
export function addSupplementsStacks(app: App, config: DeploymentConfig) {
  const env: Environment = { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region };
  const stateful = new StatefulStack(app, 'Supplements-Stateful', {
    env,
    config,
    terminationProtection: true,
    description: 'Supplementary payments to families: key, tables, receipts and payout files (retained).',
  });
  // CloudFront's web ACL must live in us-east-1; the application stack reads its ARN across regions.
  const edge = new EdgeStack(app, 'Supplements-Edge', {
    env: { account: env.account, region: 'us-east-1' },
    config,
    crossRegionReferences: true,
    description: 'Supplementary payments to families: the AWS WAF web ACL of the CloudFront distribution.',
  });
  const application = new ApplicationStack(app, 'Supplements-Application', {
    env,
    crossRegionReferences: true,
    webAclArn: edge.webAclArn,
    config,
    tables: stateful.tables,
    receiptsBucket: stateful.receiptsBucket,
    financeBucket: stateful.financeBucket,
    staff: stateful.staff,
    description:
      'Supplementary payments to families: functions, workflow, HTTP API, mail, schedules, alarms.',
  });
  for (const stack of [stateful, edge, application]) acknowledgeCdkProviders(stack);
  return { stateful, application, edge };
}
