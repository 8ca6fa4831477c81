import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges cdk-nag's AwsSolutions-IAM5 finding for each wildcard resource under `scope`
 * (a role, say), under the id cdk-nag reports. That id spells the resource as the template does:
 * a cross-stack ARN becomes the export CDK generates, which exists only once references are
 * resolved. So the acknowledgement is recorded when the tree is validated, after that step and
 * before cdk-nag runs on the synthesized templates.
 */
export function acknowledgeWildcardResources(scope: IConstruct, resources: string[], reason: string): void {
  scope.node.addValidation({
    validate: () => {
      const stack = Stack.of(scope);
      for (const resource of resources) {
        const id = `AwsSolutions-IAM5[Resource::${flatten(stack.resolve(resource))}]`;
        Validations.of(scope).acknowledge({ id, reason });
      }
      return [];
    },
  });
}

/** A resolved CloudFormation value as cdk-nag writes it in a finding (its `flattenCfnReference`). */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const node = (value ?? {}) as Record<string, unknown>;
  const join = node['Fn::Join'] as [string, unknown[]] | undefined;
  if (join) return join[1].map(flatten).join(join[0]);
  if ('Fn::Sub' in node) return flatten(node['Fn::Sub']);
  const getAtt = node['Fn::GetAtt'] as [unknown, unknown] | undefined;
  if (getAtt) return `<${flatten(getAtt[0])}.${flatten(getAtt[1])}>`;
  if ('Fn::ImportValue' in node) return flatten(node['Fn::ImportValue']);
  if ('Ref' in node) return `<${flatten(node.Ref)}>`;
  return JSON.stringify(value);
}
