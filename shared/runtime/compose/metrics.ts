import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import type { Metrics } from '../../app/ports';

/** Counts as CloudWatch metrics through Powertools (embedded metric format), flushed after each count. */
class CloudWatchMetrics implements Metrics {
  private readonly metrics = new PowertoolsMetrics({ namespace: 'Supplements', serviceName: 'supplements' });
  count(name: Parameters<Metrics['count']>[0], value = 1): void {
    this.metrics.addMetric(name, MetricUnit.Count, value);
    this.metrics.publishStoredMetrics();
  }
}

/** The system's custom metrics. */
export const metrics = (): Metrics => new CloudWatchMetrics();
