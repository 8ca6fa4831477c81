import {
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { WorkflowEngine } from '../../app/ports';
import { isAwsError } from './errors';

/**
 * Applications' workflows in Step Functions. An execution is named by its application id, so
 * starting twice cannot run two workflows for one application; name and input carry ids only,
 * since execution history keeps them for 90 days.
 */
export class SfnWorkflowEngine implements WorkflowEngine {
  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(applicationId: string): Promise<void> {
    try {
      await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: applicationId,
          input: JSON.stringify({ applicationId }),
        }),
      );
    } catch (error) {
      // The workflow already runs (or ran) for this application: the start has happened.
      if (!isAwsError(error, 'ExecutionAlreadyExists')) throw error;
    }
  }

  async succeed(taskToken: string, output: unknown): Promise<void> {
    // JSON.stringify(undefined) is undefined, which Step Functions refuses as an output.
    await this.sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) ?? 'null' }));
  }

  async fail(taskToken: string, error: string, cause: string): Promise<void> {
    await this.sfn.send(new SendTaskFailureCommand({ taskToken, error, cause }));
  }
}
