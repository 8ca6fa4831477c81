import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { refuseGrantsButToAwsServices } from './key-policy';
import { METRICS_NAMESPACE } from './node-function';

/** What is watched, and who hears about it. */
export type MonitoringProps = {
  stateMachine: IStateMachine;
  deadLetterQueues: Record<string, IQueue>;
  alarmEmail?: string;
};

/**
 * The overdue count `review-reminders` emits each run. Powertools adds the `service` dimension;
 * shared/runtime/compose/metrics.ts names the service `supplements`, and an alarm must match it exactly.
 */
export const REVIEWS_OVERDUE = new Metric({
  namespace: METRICS_NAMESPACE,
  metricName: 'ReviewsOverdue',
  dimensionsMap: { service: 'supplements' },
  statistic: 'Maximum',
  period: Duration.days(1),
});

/**
 * The alarms an operator acts on — a failed application, overdue reviews, a failed reminder run —
 * published to one encrypted SNS topic.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // CloudWatch cannot publish to a topic under the AWS-managed SNS key, so the topic has its own.
    // The key protects only messages in flight: nothing is lost when it is deleted with the stack.
    const key = new Key(this, 'TopicKey', {
      description: 'Supplements: encrypts alarm notifications',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    refuseGrantsButToAwsServices(key);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: 'Supplements alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    this.alarm('ApplicationFailed', {
      metric: props.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
      description:
        'An application workflow failed after its retries: see the failure record and execution history.',
    });
    this.alarm('ReviewsOverdue', {
      metric: REVIEWS_OVERDUE,
      description:
        'Reviews have waited longer than the reminder limit: the team lead should redistribute cases.',
    });
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      this.alarm(`${name}DeadLetters`, {
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        description: `${name} failed after its retries: the event waits in its dead-letter queue.`,
      });
    }
  }

  /** An alarm at one or more in a period, quiet when there is no data, notifying the topic. */
  private alarm(id: string, props: { metric: Metric; description: string }): Alarm {
    const alarm = new Alarm(this, id, {
      metric: props.metric,
      alarmDescription: props.description,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}
