import { SFNClient } from '@aws-sdk/client-sfn';
import { SfnWorkflowEngine } from '../../adapters/aws/sfn-workflow-engine';
import type { WorkflowEngine } from '../../app/ports';
import { readConfig } from '../../config/env';
import { region } from './ports';

/** The application workflow in Step Functions. */
export const workflow = (): WorkflowEngine =>
  new SfnWorkflowEngine(new SFNClient({ region: region() }), readConfig(['stateMachineArn']).stateMachineArn);
