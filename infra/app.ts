import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { config } from './config';
import { withPayersContext } from './payers-config';
import { withSignInContext } from './sign-in-context';
import { addSupplementsStacks } from './stacks/supplements';

/**
 * The CDK app: synthesizes offline, without an AWS account. cdk-nag's AwsSolutions checks and AWS
 * Control Tower's proactive controls (cfn-guard) apply to every stack; what does not apply is
 * acknowledged on its construct with the reason (infra/constructs/nag.ts, infra/constructs/guard.ts).
 */
const app = new App();
const deployment = withSignInContext(withPayersContext(config, app.node.tryGetContext('payers')), {
  staffIdentityProviders: app.node.tryGetContext('staffIdentityProviders'),
  citizenSignIn: app.node.tryGetContext('citizenSignIn'),
});
addSupplementsStacks(app, deployment);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), new CfnGuardValidator());
app.synth();
