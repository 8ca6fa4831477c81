import { Aws, Duration, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config/env';
import type { DeploymentConfig } from '../config';
import type { DataTableSet } from './data-tables';
import type { Mail } from './mail';
import { acknowledgeWildcardResources } from './nag';
import { NodeFunction } from './node-function';

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
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the payout-run function and its schedule.',
    });
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
        }),
      )
      .useTable(tables.payoutLedger, ENV.payoutLedgerTable, 'read-write')
      .useTable(tables.applications, ENV.applicationsTable, 'read')
      .useBucket(props.financeBucket, ENV.financeBucket, 'read-write');

    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'Lets EventBridge Scheduler invoke payout-run and dead-letter what it cannot deliver',
    });
    acknowledgeWildcardResources(
      schedulerRole,
      [`${this.function.function.functionArn}:*`],
      'The scheduler target grants invoke on payout-run and its versions and aliases (`:*`); nothing else.',
    );
    new Schedule(this, 'EveryWeekdayMorning', {
      description:
        'Payout runs, Monday to Friday 06:00 Copenhagen; the handler applies the cadence and banking days',
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: '6',
        weekDay: 'MON-FRI',
        timeZone: TimeZone.of('Europe/Copenhagen'),
      }),
      target: new LambdaInvoke(this.function.function, {
        role: schedulerRole,
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
      }),
    });
  }
}
