import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DKFDS_TTF_DIR, LETTER_FONT_FILES } from '../../shared/adapters/pdf/letter-fonts';
import { ENV } from '../../shared/config/env';
import type { WorkflowFunctions } from '../../workflows/application-workflow';
import { workflowHandlers } from '../../workflows/definition';
import type { DeploymentConfig } from '../config';
import type { DataTableSet } from './data-tables';
import type { Mail } from './mail';
import { NodeFunction } from './node-function';

/** What the workflow's steps work on. */
export type WorkflowStepsProps = {
  config: DeploymentConfig;
  /** The names every function is told (see `systemEnvironment`). */
  environment: Record<string, string>;
  tables: DataTableSet;
  receiptsBucket: IBucket;
  mail: Mail;
};

type Step = keyof WorkflowFunctions;

/** What each step does, in the domain's words: the functions' descriptions. */
const DESCRIPTIONS: Record<Step, string> = {
  evaluateClaim: 'Evaluates the claim against the municipality rules',
  requestReceipts: 'Asks the family for missing receipts and waits',
  requestReview: 'Asks the caseworker (or team lead) to decide and waits',
  checkDocuments: 'Checks the receipts against the claim',
  requestSecondApproval: 'Asks the second approver to confirm a large grant and waits',
  sendDecisionLetter:
    'Sends the family the decision letter (a tagged PDF) with reasons and complaint guidance',
  requestInformation: 'Asks the family for more information and waits',
  recordResponse: 'Records the decision or answer the workflow accepted through a link',
  schedulePayout: 'Puts the approved amount in the payout ledger and waits for the run',
  checkPayout: 'Checks whether a scheduled payout has been paid',
  notifyPaid: 'Tells the family the amount is paid',
  recordFailure: 'Records a failed application for its status page and the alarm',
};

/** `evaluate-claim` → `EvaluateClaim`: the construct id of a handler's function. */
export function constructIdOf(handler: string): string {
  return handler
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * One function per workflow step (`workflowHandlers`), each granted what its step needs: the
 * application it works on, the journal it appends to, the links and mail of the waits.
 */
export class WorkflowSteps extends Construct {
  readonly functions: Record<Step, NodeFunction>;

  constructor(scope: Construct, id: string, props: WorkflowStepsProps) {
    super(scope, id);
    const { config, mail } = props;
    const { applications, decisions, decisionLinks, payoutLedger, idempotency } = props.tables;
    const step = (key: Step, copyIntoBundle?: { from: string; to: string }[]) =>
      new NodeFunction(this, constructIdOf(workflowHandlers[key]), {
        name: workflowHandlers[key],
        description: DESCRIPTIONS[key],
        logRetention: config.logRetention,
        environment: props.environment,
        ...(copyIntoBundle ? { copyIntoBundle } : {}),
      });
    /** A step that updates the application it works on. */
    const onApplication = (key: Step, copyIntoBundle?: { from: string; to: string }[]) =>
      step(key, copyIntoBundle).useTable(applications, ENV.applicationsTable, 'read-write');
    // The letters' typeface travels in the letter function's bundle (shared/runtime/compose/typeset-letters.ts).
    const letterFonts = Object.values(LETTER_FONT_FILES).map((file) => ({
      from: `${DKFDS_TTF_DIR}/${file}`,
      to: `fonts/${file}`,
    }));
    /** A step that waits: it stores a decision link (with the task token) and mails its opaque URL. */
    const waiting = (key: Step) =>
      mail.allowSending(onApplication(key)).useTable(decisionLinks, ENV.decisionLinksTable, 'read-write');

    this.functions = {
      evaluateClaim: onApplication('evaluateClaim').useTable(decisions, ENV.decisionsTable, 'write'),
      requestReceipts: waiting('requestReceipts'),
      requestReview: waiting('requestReview'),
      checkDocuments: onApplication('checkDocuments')
        .useBucket(props.receiptsBucket, ENV.receiptsBucket, 'read')
        .useTable(idempotency, ENV.idempotencyTable, 'read-write')
        .useTable(decisions, ENV.decisionsTable, 'write'),
      requestSecondApproval: waiting('requestSecondApproval'),
      sendDecisionLetter: mail
        .allowSending(onApplication('sendDecisionLetter', letterFonts))
        .useTable(decisions, ENV.decisionsTable, 'write')
        // Write only: the letter's PDF, under `letters/`, kept by the bucket's default retention.
        .useBucket(props.receiptsBucket, ENV.receiptsBucket, 'write')
        .useTable(decisionLinks, ENV.decisionLinksTable, 'write'),
      requestInformation: waiting('requestInformation'),
      recordResponse: onApplication('recordResponse')
        .useTable(decisionLinks, ENV.decisionLinksTable, 'read')
        .useTable(decisions, ENV.decisionsTable, 'write'),
      schedulePayout: onApplication('schedulePayout').useTable(
        payoutLedger,
        ENV.payoutLedgerTable,
        'read-write',
      ),
      checkPayout: step('checkPayout').useTable(payoutLedger, ENV.payoutLedgerTable, 'read'),
      notifyPaid: mail
        .allowSending(onApplication('notifyPaid'))
        .useTable(payoutLedger, ENV.payoutLedgerTable, 'read'),
      recordFailure: onApplication('recordFailure')
        .useTable(decisions, ENV.decisionsTable, 'write')
        .useTable(decisionLinks, ENV.decisionLinksTable, 'write'),
    };
  }
}
