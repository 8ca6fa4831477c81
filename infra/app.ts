import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { config } from './config';
import { addSupplementsStacks } from './stacks/supplements';

/** The CDK app: synthesizes offline, without an AWS account; cdk-nag's AwsSolutions checks apply to every stack. */
const app = new App();
addSupplementsStacks(app, config);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
