import type { App, Environment } from 'aws-cdk-lib';
import type { DeploymentConfig } from '../config';
import { ApplicationStack } from './application-stack';
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
  const application = new ApplicationStack(app, 'Supplements-Application', {
    env,
    config,
    tables: stateful.tables,
    receiptsBucket: stateful.receiptsBucket,
    financeBucket: stateful.financeBucket,
    logKey: stateful.key,
    description:
      'Supplementary payments to families: functions, workflow, HTTP API, mail, schedules, alarms.',
  });
  return { stateful, application };
}
