import type { Metrics } from '../../app/ports';

type MetricName = Parameters<Metrics['count']>[0];

/** Counts kept in the process (the local stand-in for CloudWatch), each count also reported to `onCount`. */
export class InProcessMetrics implements Metrics {
  readonly counts = new Map<MetricName, number>();

  constructor(private readonly onCount: (name: MetricName, value: number) => void = () => {}) {}

  count(name: MetricName, value = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + value);
    this.onCount(name, value);
  }
}
