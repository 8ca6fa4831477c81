import { Duration } from 'aws-cdk-lib';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config/env';
import type { DeploymentConfig } from '../config';
import type { DataTableSet } from './data-tables';
import type { Mail } from './mail';
import { NodeFunction } from './node-function';
import { onWeekdayMornings, scheduledDeadLetterQueue } from './weekday-schedule';

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
    this.deadLetterQueue = scheduledDeadLetterQueue(this, 'review-reminders');

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

    onWeekdayMornings(this, 'EveryWorkingMorning', {
      fn: this.function.function,
      functionName: 'review-reminders',
      hour: 7,
      description: 'Review reminders, Monday to Friday 07:00 Copenhagen; the handler counts banking days',
      deadLetterQueue: this.deadLetterQueue,
    });
  }
}
