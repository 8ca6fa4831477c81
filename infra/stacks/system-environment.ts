import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { ENV, type EnvName } from '../../shared/config/env';
import type { DeploymentConfig } from '../config';
import type { DataTableSet } from '../constructs/data-tables';
import { checkedPayers } from '../payers-config';

/** What the environment is built from. */
export type SystemEnvironmentProps = {
  config: DeploymentConfig;
  tables: DataTableSet;
  receiptsBucket: IBucket;
  stateMachineArn: string;
};

/**
 * The variables every function is given. Each function reads at start (`readConfig`) the names
 * of the ports it composes (shared/runtime/compose/); every function is told every name, which is
 * simpler than a list per function and grants nothing: what a function may do is granted per function.
 */
export function systemEnvironment(props: SystemEnvironmentProps): Record<string, string> {
  const { config, tables } = props;
  const environment: Partial<Record<EnvName, string>> = {
    [ENV.applicationsTable]: tables.applications.tableName,
    [ENV.decisionsTable]: tables.decisions.tableName,
    [ENV.decisionLinksTable]: tables.decisionLinks.tableName,
    [ENV.payoutLedgerTable]: tables.payoutLedger.tableName,
    [ENV.idempotencyTable]: tables.idempotency.tableName,
    [ENV.receiptsBucket]: props.receiptsBucket.bucketName,
    [ENV.stateMachineArn]: props.stateMachineArn,
    [ENV.mailFrom]: config.mailFrom,
    [ENV.publicBaseUrl]: config.publicOrigin,
    [ENV.caseworkerEmail]: config.contacts.caseworker,
    [ENV.teamLeadEmail]: config.contacts.teamLead,
    [ENV.secondApproverEmail]: config.contacts.secondApprover,
    [ENV.financeEmail]: config.contacts.finance,
    [ENV.payoutPayers]: JSON.stringify(checkedPayers(config)),
    [ENV.fourEyesAboveOre]: String(config.fourEyesAboveOre),
    [ENV.reviewReminderWorkingDays]: String(config.reviewReminderWorkingDays),
  };
  return environment as Record<string, string>;
}
