import { Aws, Duration, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
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

/** What the reminders read and whom they write to. */
export type ReviewRemindersProps = {
  config: DeploymentConfig;
  environment: Record<string, string>;
  tables: DataTableSet;
  mail: Mail;
};

/**
 * Every working morning at 07:00 Copenhagen time, `review-reminders` reminds caseworkers of
 * reviews that waited too long and reports how many are overdue (metric `ReviewsOverdue`).
 * Invocations that fail after their retries land in a dead-letter queue.
 */
export class ReviewReminders extends Construct {
  readonly function: NodeFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ReviewRemindersProps) {
    super(scope, id);
    const { config, tables } = props;
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the review-reminders function and its schedule.',
    });

    this.function = props.mail
      .allowSending(
        new NodeFunction(this, 'ReviewReminders', {
          name: 'review-reminders',
          description: 'Reminds caseworkers of overdue reviews and counts them',
          logRetention: config.logRetention,
          environment: props.environment,
          timeout: Duration.minutes(5),
          deadLetterQueue: this.deadLetterQueue,
        }),
      )
      .useTable(tables.applications, ENV.applicationsTable, 'read')
      .useTable(tables.decisionLinks, ENV.decisionLinksTable, 'read-write')
      .useTable(tables.decisions, ENV.decisionsTable, 'write');

    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description:
        'Lets EventBridge Scheduler invoke review-reminders and dead-letter what it cannot deliver',
    });
    acknowledgeWildcardResources(
      schedulerRole,
      [`${this.function.function.functionArn}:*`],
      'The scheduler target grants invoke on review-reminders and its versions and aliases (`:*`); nothing else.',
    );
    new Schedule(this, 'EveryWorkingMorning', {
      description: 'Review reminders, Monday to Friday 07:00 Copenhagen; the handler counts banking days',
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: '7',
        weekDay: 'MON-FRI',
        // The IANA name; CDK's constant list lacks it (tzdata links it to Berlin).
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
