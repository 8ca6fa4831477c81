import { describe, expect, it } from 'vitest';
import { bucketRetention, config, type DeploymentConfig, type RetentionConfig } from '../../infra/config';

const keep: RetentionConfig = {
  receiptsRetentionDays: 1826,
  financeRetentionDays: 1826,
  financeLockMode: 'GOVERNANCE',
  deleteAutomatically: false,
};

/** The deployed configuration with each municipality's retention replaced. */
function withRetention(
  randers: Partial<RetentionConfig>,
  rudersdal: Partial<RetentionConfig> = {},
): DeploymentConfig {
  return { ...config, retention: { randers: { ...keep, ...randers }, rudersdal: { ...keep, ...rudersdal } } };
}

describe('bucketRetention', () => {
  it('locks a shared bucket for the longest retention any municipality configured', () => {
    const deployment = withRetention({ receiptsRetentionDays: 730 }, { receiptsRetentionDays: 3653 });

    expect(bucketRetention(deployment, 'receipts')).toEqual({ days: 3653, mode: 'GOVERNANCE' });
  });

  it('uses COMPLIANCE for payout files once one municipality asks for it', () => {
    const deployment = withRetention({ financeLockMode: 'COMPLIANCE' });

    expect(bucketRetention(deployment, 'finance').mode).toBe('COMPLIANCE');
  });

  it('never expires objects while one municipality keeps deletion manual', () => {
    const deployment = withRetention({ deleteAutomatically: true }, { deleteAutomatically: false });

    expect(bucketRetention(deployment, 'receipts').expireAfterDays).toBeUndefined();
  });

  it('expires objects after the retention when every municipality configured automatic deletion', () => {
    const deployment = withRetention({ deleteAutomatically: true }, { deleteAutomatically: true });

    expect(bucketRetention(deployment, 'finance')).toEqual({
      days: 1826,
      mode: 'GOVERNANCE',
      expireAfterDays: 1826,
    });
  });

  it('refuses to keep payout files shorter than the five years of the bookkeeping act', () => {
    const deployment = withRetention({ financeRetentionDays: 1825 });

    expect(() => bucketRetention(deployment, 'finance')).toThrow(/randers\.financeRetentionDays is 1825/);
  });

  it('keeps deletion manual for Randers and Rudersdal as deployed', () => {
    expect(Object.values(config.retention).map((r) => r.deleteAutomatically)).toEqual([false, false]);
  });
});
