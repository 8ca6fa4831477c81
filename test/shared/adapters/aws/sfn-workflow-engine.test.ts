import {
  ExecutionAlreadyExists,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SfnWorkflowEngine } from '../../../../shared/adapters/aws/sfn-workflow-engine';

const sfn = mockClient(SFNClient);
const arn = 'arn:aws:states:eu-north-1:123456789012:stateMachine:application';
const engine = new SfnWorkflowEngine(new SFNClient({}), arn);

describe('SfnWorkflowEngine', () => {
  beforeEach(() => sfn.reset());

  it('starts the execution named by the application id, with only the id as input', async () => {
    sfn
      .on(StartExecutionCommand)
      .resolves({ executionArn: `${arn}:app-1`, startDate: new Date('2026-03-04T09:15:00Z') });

    await engine.start('app-1');

    expect(sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input).toEqual({
      stateMachineArn: arn,
      name: 'app-1',
      input: '{"applicationId":"app-1"}',
    });
  });

  it('treats an execution that already exists as started', async () => {
    sfn
      .on(StartExecutionCommand)
      .rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} }));

    await expect(engine.start('app-1')).resolves.toBeUndefined();
  });

  it('lets other start failures through', async () => {
    sfn.on(StartExecutionCommand).rejects(new Error('throttled'));

    await expect(engine.start('app-1')).rejects.toThrow('throttled');
  });

  it('resumes a task with its output as JSON', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});

    await engine.succeed('token-1', { action: 'approve', grantedOre: 150_000 });

    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]?.args[0].input).toEqual({
      taskToken: 'token-1',
      output: '{"action":"approve","grantedOre":150000}',
    });
  });

  it('resumes a task that has no output with JSON null', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});

    await engine.succeed('token-1', undefined);

    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]?.args[0].input.output).toBe('null');
  });

  it('fails a task with its error and cause', async () => {
    sfn.on(SendTaskFailureCommand).resolves({});

    await engine.fail('token-1', 'LinkExpired', 'no decision within 14 days');

    expect(sfn.commandCalls(SendTaskFailureCommand)[0]?.args[0].input).toEqual({
      taskToken: 'token-1',
      error: 'LinkExpired',
      cause: 'no decision within 14 days',
    });
  });
});
