import { App } from 'aws-cdk-lib';
import { type DeploymentConfig, config as deployed } from '../../infra/config';
import { addSupplementsStacks } from '../../infra/stacks/supplements';

/**
 * The app's two stacks as `infra/app.ts` builds them, with asset bundling skipped: the templates
 * are what the tests read, and `npm run synth` bundles every function for real.
 */
export function supplementsStacks(config: DeploymentConfig = deployed) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  return { app, ...addSupplementsStacks(app, config) };
}
