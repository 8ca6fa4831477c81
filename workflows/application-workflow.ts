import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Fail,
  type IChainable,
  IntegrationPattern,
  JsonPath,
  Pass,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { REVIEW, type ReviewOutcome } from '../shared/app/review-outcome';
import { WAIT_DAYS } from '../shared/app/waits';

/** The Lambda function behind each step of an application. */
export type WorkflowFunctions = {
  evaluateClaim: IFunction;
  requestReceipts: IFunction;
  requestReview: IFunction;
  checkDocuments: IFunction;
  requestSecondApproval: IFunction;
  sendDecisionLetter: IFunction;
  requestInformation: IFunction;
  recordResponse: IFunction;
  schedulePayout: IFunction;
  checkPayout: IFunction;
  notifyPaid: IFunction;
  recordFailure: IFunction;
};

/** How long each wait lasts before it times out (at most 24 days each: the local interpreter's timer limit). */
export type WorkflowTimeouts = {
  receipts: Duration;
  review: Duration;
  escalation: Duration;
  secondApproval: Duration;
  information: Duration;
  payoutRecheck: Duration;
};

/** The waits for people last as long as their links (shared/app/waits.ts); the payout wait re-checks the ledger. */
export const defaultTimeouts: WorkflowTimeouts = {
  receipts: Duration.days(WAIT_DAYS.receipts),
  review: Duration.days(WAIT_DAYS.review),
  escalation: Duration.days(WAIT_DAYS.escalation),
  secondApproval: Duration.days(WAIT_DAYS['second-approval']),
  information: Duration.days(WAIT_DAYS.information),
  payoutRecheck: Duration.days(20),
};

/** Stable state names: the local runtime and the tests address states by these. */
export const STATE = {
  evaluate: 'Evaluate claim',
  receiptsMissing: 'Receipts missing?',
  waitForReceipts: 'Wait for receipts',
  review: 'Caseworker review',
  escalate: 'Escalate to team lead',
  reviewed: 'Caseworker decided',
  recordDecision: 'Record decision',
  recordSecondApproval: 'Record second approval',
  recordAnswer: 'Record answer',
  remindSecondApprover: 'Remind second approver',
  askInformation: 'Ask family for information',
  checkDocuments: 'Check documents',
  documentsOk: 'Documents in order?',
  secondApprovalNeeded: 'Second approval needed?',
  secondApproval: 'Second approval',
  secondApproved: 'Second approver decided',
  partial: 'Partly approved?',
  partialLetter: 'Send partial approval letter',
  schedulePayout: 'Schedule payout',
  checkPayout: 'Check payout',
  paidYet: 'Paid yet?',
  notifyPaid: 'Tell family it is paid',
  rejectionLetter: 'Send rejection letter',
  documentsLetter: 'Send documents letter',
  noAnswerLetter: 'Send no-answer letter',
  recordFailure: 'Record failure',
} as const;

/**
 * Faults no retry or redrive can mend (the application is gone, the stored data no longer parses):
 * caught, recorded and ended in "Application failed". Every other error, after its retries, fails
 * the execution at the step itself, so that an operator can redrive it from there once the cause
 * is fixed; an EventBridge rule records those failures and the failed-executions alarm fires.
 */
export const PERMANENT_FAULTS = ['ApplicationNotFoundError', 'StoredClaimInvalidError', 'ZodError'];

const approve: ReviewOutcome['action'] = 'approve';
const requestInformation: ReviewOutcome['action'] = 'request-information';

/** Lambda errors that are worth retrying: throttling and transient service faults. */
const TRANSIENT = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
];

/**
 * The application's workflow as CDK chainables, in JSONPath. Each application's execution carries
 * only `{ "applicationId": "…" }`; every step reads and writes the application by id, and each
 * wait keeps its task token server-side (a decision link or the payout ledger), never in an e-mail.
 */
export class ApplicationWorkflow extends Construct {
  readonly definition: IChainable;

  constructor(
    scope: Construct,
    id: string,
    fns: WorkflowFunctions,
    timeouts: WorkflowTimeouts = defaultTimeouts,
  ) {
    super(scope, id);

    const failed = new Fail(this, 'Application failed', {
      error: 'ApplicationFailed',
      cause: 'A step failed after its retries; see the execution history and the failure record.',
    });
    const recordFailure = this.call(STATE.recordFailure, fns.recordFailure, { errorPath: true });
    recordFailure.addRetry({
      errors: TRANSIENT,
      interval: Duration.seconds(2),
      maxAttempts: 6,
      backoffRate: 2,
    });
    recordFailure.next(failed);

    /** One task: the same payload (the application id), Retry and Catch for every Lambda step. */
    const step = (
      name: string,
      fn: IFunction,
      extra: Record<string, unknown> = {},
      resultPath = JsonPath.DISCARD,
    ) => {
      const task = this.call(name, fn, { extra, resultPath });
      task.addRetry({ errors: TRANSIENT, interval: Duration.seconds(2), maxAttempts: 6, backoffRate: 2 });
      task.addRetry({
        errors: ['States.TaskFailed'],
        interval: Duration.seconds(5),
        maxAttempts: 3,
        backoffRate: 2,
      });
      return task;
    };
    /** A step that waits for a callback: its Lambda keeps the task token server-side. */
    const wait = (
      name: string,
      fn: IFunction,
      timeout: Duration,
      resultPath: string,
      extra: Record<string, unknown> = {},
    ) => {
      const task = new LambdaInvoke(this, name, {
        lambdaFunction: fn,
        integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: TaskInput.fromObject({
          applicationId: JsonPath.stringAt('$.applicationId'),
          taskToken: JsonPath.taskToken,
          ...extra,
        }),
        taskTimeout: Timeout.duration(timeout),
        resultPath,
        retryOnServiceExceptions: false,
      });
      task.addRetry({ errors: TRANSIENT, interval: Duration.seconds(2), maxAttempts: 6, backoffRate: 2 });
      return task;
    };
    const catchAll = (task: LambdaInvoke) =>
      task.addCatch(recordFailure, { errors: PERMANENT_FAULTS, resultPath: '$.error' });

    const rejected = new Succeed(this, 'Rejected');
    const letter = (name: string, kind: string) => {
      const task = step(name, fns.sendDecisionLetter, { letter: kind });
      catchAll(task);
      return task.next(rejected);
    };
    const rejectionLetter = letter(STATE.rejectionLetter, 'rejection');
    const documentsLetter = letter(STATE.documentsLetter, 'documents');
    const noAnswerLetter = letter(STATE.noAnswerLetter, 'no-answer');

    const evaluate = step(STATE.evaluate, fns.evaluateClaim, {}, '$.evaluation');
    const waitForReceipts = wait(STATE.waitForReceipts, fns.requestReceipts, timeouts.receipts, '$.answer');
    const review = wait(STATE.review, fns.requestReview, timeouts.review, '$.review', { purpose: 'review' });
    const escalate = wait(STATE.escalate, fns.requestReview, timeouts.escalation, '$.review', {
      purpose: 'escalation',
    });
    const askInformation = wait(
      STATE.askInformation,
      fns.requestInformation,
      timeouts.information,
      '$.answer',
    );
    // What came through a link is recorded by the workflow once it has accepted it: a link used
    // after its wait ended records nothing. The wait's output carries the link's id only.
    const record = (name: string, linkPath: string) => {
      const task = step(name, fns.recordResponse, { linkId: JsonPath.stringAt(linkPath) });
      catchAll(task);
      return task;
    };
    const recordDecision = record(STATE.recordDecision, `$.review.${REVIEW.linkId}`);
    const recordSecondApproval = record(STATE.recordSecondApproval, `$.secondApproval.${REVIEW.linkId}`);
    const recordAnswer = record(STATE.recordAnswer, '$.answer.linkId');
    const checkDocuments = step(STATE.checkDocuments, fns.checkDocuments, {}, '$.documents');
    const secondApproval = wait(
      STATE.secondApproval,
      fns.requestSecondApproval,
      timeouts.secondApproval,
      '$.secondApproval',
    );
    const partialLetter = step(STATE.partialLetter, fns.sendDecisionLetter, { letter: 'partial' });
    const schedulePayout = wait(STATE.schedulePayout, fns.schedulePayout, timeouts.payoutRecheck, '$.payout');
    const checkPayout = step(STATE.checkPayout, fns.checkPayout, {}, '$.payout');
    const notifyPaid = step(STATE.notifyPaid, fns.notifyPaid);
    const paid = new Succeed(this, 'Paid');

    // A wait that times out moves on; everything else that fails is recorded and raises the alarm.
    waitForReceipts.addCatch(noAnswerLetter, { errors: ['States.Timeout'], resultPath: '$.timeout' });
    review.addCatch(escalate, { errors: ['States.Timeout'], resultPath: '$.timeout' });
    // The team lead's time runs out: the case goes back to the caseworker, with a new link.
    escalate.addCatch(review, { errors: ['States.Timeout'], resultPath: '$.timeout' });
    // The second approver's time runs out: they are asked again, with a reminder and a new link.
    secondApproval.addCatch(
      new Pass(this, STATE.remindSecondApprover, {
        comment: 'The second approval timed out; ask again (the request e-mail says it is a reminder).',
      }).next(secondApproval),
      { errors: ['States.Timeout'], resultPath: '$.timeout' },
    );
    askInformation.addCatch(noAnswerLetter, { errors: ['States.Timeout'], resultPath: '$.timeout' });
    schedulePayout.addCatch(checkPayout, { errors: ['States.Timeout'], resultPath: '$.timeout' });
    for (const task of [
      evaluate,
      waitForReceipts,
      review,
      escalate,
      askInformation,
      checkDocuments,
      secondApproval,
    ]) {
      catchAll(task);
    }
    for (const task of [partialLetter, schedulePayout, checkPayout, notifyPaid]) catchAll(task);

    const payout = schedulePayout.next(notifyPaid.next(paid));
    checkPayout.next(
      new Choice(this, STATE.paidYet)
        .when(Condition.booleanEquals('$.payout.paid', true), notifyPaid)
        .otherwise(schedulePayout),
    );

    const afterApproval = new Choice(this, STATE.partial)
      .when(Condition.booleanEquals(`$.review.${REVIEW.partial}`, true), partialLetter.next(schedulePayout))
      .otherwise(payout);

    const secondApproved = new Choice(this, STATE.secondApproved)
      .when(Condition.stringEquals(`$.secondApproval.${REVIEW.action}`, approve), afterApproval)
      .otherwise(rejectionLetter);

    // A receipt the check refuses (or one missing) is asked for again through the same wait as
    // missing receipts, with its 14 days: an answer goes back through the rules and the review, and
    // only no answer in time refuses the application (the no-answer letter names the receipt).
    const documents = checkDocuments.next(
      new Choice(this, STATE.documentsOk)
        .when(
          Condition.and(
            Condition.booleanEquals('$.documents.ok', false),
            Condition.booleanEquals('$.documents.askForReceipts', true),
          ),
          waitForReceipts,
        )
        .when(Condition.booleanEquals('$.documents.ok', false), documentsLetter)
        .otherwise(
          new Choice(this, STATE.secondApprovalNeeded)
            .when(
              Condition.booleanEquals(`$.review.${REVIEW.needsSecondApproval}`, true),
              secondApproval.next(recordSecondApproval.next(secondApproved)),
            )
            .otherwise(afterApproval),
        ),
    );

    const decided = new Choice(this, STATE.reviewed)
      .when(Condition.stringEquals(`$.review.${REVIEW.action}`, approve), documents)
      .when(
        Condition.stringEquals(`$.review.${REVIEW.action}`, requestInformation),
        askInformation.next(recordAnswer),
      )
      .otherwise(rejectionLetter);
    recordAnswer.next(evaluate);
    review.next(recordDecision.next(decided));
    escalate.next(recordDecision);

    this.definition = new Pass(this, 'Received', {
      comment: 'The execution input is { "applicationId": "…" } only.',
    }).next(
      evaluate.next(
        new Choice(this, STATE.receiptsMissing)
          .when(
            Condition.booleanEquals('$.evaluation.receiptsMissing', true),
            waitForReceipts.next(recordAnswer),
          )
          .otherwise(review),
      ),
    );
  }

  /** A request-response Lambda call with the application id (and any fixed fields) as payload. */
  private call(
    name: string,
    fn: IFunction,
    options: { extra?: Record<string, unknown>; resultPath?: string; errorPath?: boolean },
  ): LambdaInvoke {
    return new LambdaInvoke(this, name, {
      lambdaFunction: fn,
      payloadResponseOnly: true,
      payload: TaskInput.fromObject({
        applicationId: JsonPath.stringAt('$.applicationId'),
        ...(options.errorPath ? { error: JsonPath.objectAt('$.error') } : {}),
        ...options.extra,
      }),
      resultPath: options.resultPath ?? JsonPath.DISCARD,
      retryOnServiceExceptions: false,
    });
  }
}
