import { Duration } from 'aws-cdk-lib';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config/env';
import type { DeploymentConfig } from '../config';
import type { DataTableSet } from './data-tables';
import type { Mail } from './mail';
import { NodeFunction } from './node-function';
import { onWeekdayMornings, scheduledDeadLetterQueue } from './weekday-schedule';

/** What the payout runs read and write. */
export type PayoutRunsProps = {
  config: DeploymentConfig;
  environment: Record<string, string>;
  tables: DataTableSet;
  financeBucket: IBucket;
  mail: Mail;
};

/**
 * Every weekday at 06:00 Copenhagen time, `payout-run` runs the day's payout batch when the day is a
 * run day of the cadence and a banking day (the handler decides; holidays need the calendar).
 * Retries resume the same batch: its id is the scheduled time.
 */
export class PayoutRuns extends Construct {
  readonly function: NodeFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: PayoutRunsProps) {
    super(scope, id);
    const { config, tables } = props;
    this.deadLetterQueue = scheduledDeadLetterQueue(this, 'payout-run');
    this.function = props.mail
      .allowSending(
        new NodeFunction(this, 'PayoutRun', {
          name: 'payout-run',
          description: 'Collects due payouts into a batch and writes the finance files',
          logRetention: config.logRetention,
          environment: props.environment,
          timeout: Duration.minutes(15),
          memorySize: 1024,
          deadLetterQueue: this.deadLetterQueue,
          // Every pain.001 is validated against its XSD before release: libxml2 as WebAssembly, which
          // runs its worker and .wasm from files beside it, and the schema itself.
          externalModules: ['xmllint-wasm'],
          copyIntoBundle: [
            { from: 'node_modules/xmllint-wasm', to: 'node_modules/xmllint-wasm' },
            { from: 'docs/sources/iso20022/pain.001.001.03.xsd', to: 'iso20022/pain.001.001.03.xsd' },
          ],
        }),
      )
      .useTable(tables.payoutLedger, ENV.payoutLedgerTable, 'read-write')
      .useTable(tables.applications, ENV.applicationsTable, 'read')
      .useBucket(props.financeBucket, ENV.financeBucket, 'read-write');

    onWeekdayMornings(this, 'EveryWeekdayMorning', {
      fn: this.function.function,
      functionName: 'payout-run',
      hour: 6,
      description:
        'Payout runs, Monday to Friday 06:00 Copenhagen; the handler applies the cadence and banking days',
      deadLetterQueue: this.deadLetterQueue,
    });
  }
}
