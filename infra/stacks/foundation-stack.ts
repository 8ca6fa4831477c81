import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { loadCatalogue } from '../../shared/rules/catalogue';

/** The first stack: it proves the app synthesizes and records which rules catalogue it was built with. */
export class FoundationStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const catalogue = loadCatalogue();
    new CfnOutput(this, 'BenefitCount', {
      value: String(catalogue.benefits.length),
      description: 'Benefits in the rules catalogue (Randers and Rudersdal)',
    });
  }
}
