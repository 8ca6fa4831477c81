import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { App, Validations } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { CFN_GUARD, GUARD_RULES } from '../../infra/constructs/guard';
import { addSupplementsStacks } from '../../infra/stacks/supplements';

type Suppressed = {
  ruleName: string;
  reason?: string;
  violatingConstructs: { constructPath: string }[];
};
type PluginReport = { pluginName: string; violations: unknown[]; suppressedViolations?: Suppressed[] };

/** Synthesizes the app with the Control Tower proactive controls, as `npm run synth` does. */
function guardReport(): PluginReport {
  const outdir = mkdtempSync(join(tmpdir(), 'supplements-guard-'));
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  addSupplementsStacks(app, config);
  Validations.of(app).addPlugins(new CfnGuardValidator());
  app.synth();
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
  const guard = (report.pluginReports as PluginReport[]).find((r) => r.pluginName === CFN_GUARD);
  return guard ?? { pluginName: CFN_GUARD, violations: [] };
}

describe('AWS Control Tower proactive controls (cfn-guard)', () => {
  const report = guardReport();

  it('reports no failure that is not acknowledged', () => {
    expect(report.violations).toEqual([]);
  });

  it('acknowledges each failure on its resource with a reason, and only the controls listed', () => {
    const suppressed = report.suppressedViolations ?? [];
    expect(suppressed.length).toBeGreaterThan(0);
    const listed = new Set<string>(Object.values(GUARD_RULES).map((r) => r.rule));
    for (const violation of suppressed) {
      expect(listed, violation.ruleName).toContain(violation.ruleName);
      expect(violation.reason?.trim().length ?? 0, violation.ruleName).toBeGreaterThan(20);
      for (const resource of violation.violatingConstructs) {
        expect(resource.constructPath, violation.ruleName).not.toBe('');
      }
    }
  });

  it('fixes rather than acknowledges log-group encryption, key grants and every S3 control but events on the locked buckets', () => {
    const fixed = [
      'cloudwatch_log_group_encrypted_check',
      'kms_create_grant_aws_service_check',
      's3_bucket_default_encryption_kms_check',
    ];
    const suppressed = report.suppressedViolations ?? [];
    for (const rule of fixed.slice(0, 2)) {
      expect(suppressed.map((v) => v.ruleName)).not.toContain(rule);
    }
    const kms = suppressed.filter((v) => v.ruleName === fixed[2]);
    for (const v of kms) {
      for (const c of v.violatingConstructs) expect(c.constructPath).toMatch(/AccessLogsBucket/);
    }
  });
});
