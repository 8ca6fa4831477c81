import * as checkDocuments from '../../functions/check-documents';
import * as checkPayout from '../../functions/check-payout';
import * as evaluateClaim from '../../functions/evaluate-claim';
import * as notifyPaid from '../../functions/notify-paid';
import * as recordFailure from '../../functions/record-failure';
import * as recordResponse from '../../functions/record-response';
import * as requestInformation from '../../functions/request-information';
import * as requestReceipts from '../../functions/request-receipts';
import * as requestReview from '../../functions/request-review';
import * as requestSecondApproval from '../../functions/request-second-approval';
import * as schedulePayout from '../../functions/schedule-payout';
import * as sendDecisionLetter from '../../functions/send-decision-letter';
import type { LocalHandlers } from '../../shared/adapters/local/workflow-engine';
import type { Deps } from '../../shared/app/deps';

/** A function's entry module: its handler factory and the ports it composes on AWS. */
type FunctionModule<N extends keyof Deps, H> = {
  needs: readonly N[];
  makeHandler: (deps: Pick<Deps, N>) => H;
};

/**
 * A function's handler over only the ports it composes on AWS (its `needs`): a use case that came
 * to use another port fails here, in the local runtime and the workflow tests, as it would on AWS.
 * Each port is read from `deps` when used, so a port set later (the engine, a test's) still counts.
 */
export function handlerOf<N extends keyof Deps, H>(fn: FunctionModule<N, H>, deps: Deps): H {
  const given = Object.defineProperties(
    {},
    Object.fromEntries(fn.needs.map((name) => [name, { get: () => deps[name], enumerable: true }])),
  ) as Pick<Deps, N>;
  return fn.makeHandler(given);
}

/** The workflow's Lambda handlers, called in-process with the same payloads as on AWS. */
export function workflowHandlers(deps: Deps): LocalHandlers {
  return {
    'evaluate-claim': handlerOf(evaluateClaim, deps),
    'request-receipts': handlerOf(requestReceipts, deps),
    'request-review': handlerOf(requestReview, deps),
    'check-documents': handlerOf(checkDocuments, deps),
    'request-second-approval': handlerOf(requestSecondApproval, deps),
    'send-decision-letter': handlerOf(sendDecisionLetter, deps),
    'request-information': handlerOf(requestInformation, deps),
    'record-response': handlerOf(recordResponse, deps),
    'schedule-payout': handlerOf(schedulePayout, deps),
    'check-payout': handlerOf(checkPayout, deps),
    'notify-paid': handlerOf(notifyPaid, deps),
    'record-failure': handlerOf(recordFailure, deps),
  };
}
