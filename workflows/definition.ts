import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { type CfnStateMachine, DefinitionBody, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import {
  ApplicationWorkflow,
  defaultTimeouts,
  type WorkflowFunctions,
  type WorkflowTimeouts,
} from './application-workflow';

/** The handler names of the workflow's steps, as the local runtime and the deployed functions know them. */
export const workflowHandlers = {
  evaluateClaim: 'evaluate-claim',
  requestReceipts: 'request-receipts',
  requestReview: 'request-review',
  checkDocuments: 'check-documents',
  requestSecondApproval: 'request-second-approval',
  sendDecisionLetter: 'send-decision-letter',
  requestInformation: 'request-information',
  recordResponse: 'record-response',
  schedulePayout: 'schedule-payout',
  checkPayout: 'check-payout',
  notifyPaid: 'notify-paid',
  recordFailure: 'record-failure',
} as const satisfies Record<keyof WorkflowFunctions, string>;

export type HandlerName = (typeof workflowHandlers)[keyof typeof workflowHandlers];

const LOCAL_ENV = { account: '000000000000', region: 'eu-north-1' };

/**
 * The Amazon States Language definition the CDK app deploys, synthesized by the same construct
 * with functions named after their handlers (`arn:…:function:evaluate-claim`), for the local
 * runtime and the workflow tests.
 */
export function synthesizeDefinition(timeouts: WorkflowTimeouts = defaultTimeouts): Record<string, unknown> {
  const app = new App();
  const stack = new Stack(app, 'WorkflowDefinition', { env: LOCAL_ENV });
  const fns = Object.fromEntries(
    Object.entries(workflowHandlers).map(([key, name]) => [
      key,
      LambdaFunction.fromFunctionName(stack, key, name),
    ]),
  ) as unknown as WorkflowFunctions;
  const workflow = new ApplicationWorkflow(stack, 'Workflow', fns, timeouts);
  const machine = new StateMachine(stack, 'StateMachine', {
    definitionBody: DefinitionBody.fromChainable(workflow.definition),
  });
  // Resolving the one property the template would hold skips synthesizing the whole app (ms, not seconds).
  const cfn = machine.node.defaultChild as CfnStateMachine;
  const body = resolve(stack.resolve(cfn.definitionString));
  return JSON.parse(body) as Record<string, unknown>;
}

const pseudo: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': LOCAL_ENV.region,
  'AWS::AccountId': LOCAL_ENV.account,
  'AWS::URLSuffix': 'amazonaws.com',
};

/** Resolves the few intrinsic functions a synthesized definition string uses (Fn::Join over pseudo parameters). */
function resolve(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as { 'Fn::Join'?: [string, unknown[]]; Ref?: string };
  if (node?.['Fn::Join']) {
    const [separator, parts] = node['Fn::Join'];
    return parts.map(resolve).join(separator);
  }
  if (node?.Ref && pseudo[node.Ref] !== undefined) return pseudo[node.Ref] ?? '';
  throw new Error(`cannot resolve ${JSON.stringify(value).slice(0, 200)} in the workflow definition`);
}

/** The handler a Task state's resource or FunctionName names. */
export function handlerOf(functionArnOrName: string): HandlerName | undefined {
  const name = functionArnOrName.split(':function:').pop()?.split(':')[0];
  return Object.values(workflowHandlers).find((handler) => handler === name);
}
