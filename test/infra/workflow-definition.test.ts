import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthesizeDefinition } from '../../workflows/definition';
import { supplementsStacks } from './stacks';

type States = Record<string, Record<string, unknown>>;

/** The definition string of the deployed template, with each function reference replaced by a marker. */
function deployedDefinition(): { States: States } {
  const { application } = supplementsStacks();
  const machines = Template.fromStack(application).findResources('AWS::StepFunctions::StateMachine');
  const join = Object.values(machines)[0]?.Properties.DefinitionString['Fn::Join'] as [string, unknown[]];
  return JSON.parse(join[1].map((part) => (typeof part === 'string' ? part : 'FUNCTION')).join(join[0]));
}

/** A state without the function it calls: the part that differs between AWS and local. */
function withoutFunctions(states: States): States {
  return Object.fromEntries(
    Object.entries(states).map(([name, { Resource: _r, Parameters, ...rest }]) => {
      const { FunctionName: _f, ...parameters } = (Parameters ?? {}) as Record<string, unknown>;
      return [name, { ...rest, ...(Parameters ? { Parameters: parameters } : {}) }];
    }),
  );
}

describe('one workflow definition', () => {
  it('executes locally exactly the states, transitions, retries and catches the CDK app deploys', () => {
    const local = synthesizeDefinition() as { States: States };
    expect(withoutFunctions(local.States)).toEqual(withoutFunctions(deployedDefinition().States));
  });
});
