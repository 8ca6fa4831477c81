import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { addSupplementsStacks } from '../../infra/stacks/supplements';

describe('cdk-nag AwsSolutions', () => {
  it('reports nothing that is not acknowledged with a reason', () => {
    // Arrange
    const outdir = mkdtempSync(join(tmpdir(), 'supplements-nag-'));
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
    addSupplementsStacks(app, config);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

    // Act
    app.synth();

    // Assert
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
  });
});
