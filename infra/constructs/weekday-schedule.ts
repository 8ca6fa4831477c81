import { Aws, Duration, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledgeGuard } from './guard';
import { acknowledgeWildcardResources } from './nag';

/** The dead-letter queue (id `DeadLetterQueue`) of a scheduled function and its schedule. */
export function scheduledDeadLetterQueue(scope: Construct, functionName: string): Queue {
  const queue = new Queue(scope, 'DeadLetterQueue', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself the dead-letter queue of the ${functionName} function and its schedule.`,
  });
  acknowledgeGuard(
    queue,
    'queueDeadLetters',
    `This queue is itself the dead-letter queue of the ${functionName} schedule; nothing consumes it, so nothing can fail on it to need a dead-letter queue of its own. An alarm watches it.`,
  );
  return queue;
}

/**
 * EventBridge Scheduler invoking `fn` Monday to Friday at `hour`:00 Copenhagen time, through a role
 * (id `SchedulerRole`) that may invoke only that function, dead-lettering what it cannot deliver.
 */
export function onWeekdayMornings(
  scope: Construct,
  id: string,
  props: { fn: IFunction; functionName: string; hour: number; description: string; deadLetterQueue: Queue },
): Schedule {
  const role = new Role(scope, 'SchedulerRole', {
    assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
    }),
    description: `Lets EventBridge Scheduler invoke ${props.functionName} and dead-letter what it cannot deliver`,
  });
  acknowledgeWildcardResources(
    role,
    [`${props.fn.functionArn}:*`],
    `The scheduler target grants invoke on ${props.functionName} and its versions and aliases (\`:*\`); nothing else.`,
  );
  return new Schedule(scope, id, {
    description: props.description,
    schedule: ScheduleExpression.cron({
      minute: '0',
      hour: String(props.hour),
      weekDay: 'MON-FRI',
      // The IANA name; CDK's constant list lacks it (tzdata links it to Berlin).
      timeZone: TimeZone.of('Europe/Copenhagen'),
    }),
    target: new LambdaInvoke(props.fn, {
      role,
      deadLetterQueue: props.deadLetterQueue,
      retryAttempts: 3,
      maxEventAge: Duration.hours(6),
    }),
  });
}
