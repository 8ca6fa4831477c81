import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FoundationStack } from './stacks/foundation-stack';

/** The CDK app: synthesizes offline, without an AWS account; cdk-nag's AwsSolutions checks apply to every stack. */
const app = new App();
new FoundationStack(app, 'Supplements-Foundation', {
  description: 'Supplementary payments to families: shared configuration (rules catalogue version).',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
