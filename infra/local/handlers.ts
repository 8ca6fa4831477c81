import { makeHandler as checkDocuments } from '../../functions/check-documents';
import { makeHandler as checkPayout } from '../../functions/check-payout';
import { makeHandler as evaluateClaim } from '../../functions/evaluate-claim';
import { makeHandler as notifyPaid } from '../../functions/notify-paid';
import { makeHandler as recordFailure } from '../../functions/record-failure';
import { makeHandler as recordResponse } from '../../functions/record-response';
import { makeHandler as requestInformation } from '../../functions/request-information';
import { makeHandler as requestReceipts } from '../../functions/request-receipts';
import { makeHandler as requestReview } from '../../functions/request-review';
import { makeHandler as requestSecondApproval } from '../../functions/request-second-approval';
import { makeHandler as schedulePayout } from '../../functions/schedule-payout';
import { makeHandler as sendDecisionLetter } from '../../functions/send-decision-letter';
import type { LocalHandlers } from '../../shared/adapters/local/workflow-engine';
import type { Deps } from '../../shared/app/deps';

/** The workflow's Lambda handlers, called in-process with the same payloads as on AWS. */
export function workflowHandlers(deps: Deps): LocalHandlers {
  return {
    'evaluate-claim': evaluateClaim(deps),
    'request-receipts': requestReceipts(deps),
    'request-review': requestReview(deps),
    'check-documents': checkDocuments(deps),
    'request-second-approval': requestSecondApproval(deps),
    'send-decision-letter': sendDecisionLetter(deps),
    'request-information': requestInformation(deps),
    'record-response': recordResponse(deps),
    'schedule-payout': schedulePayout(deps),
    'check-payout': checkPayout(deps),
    'notify-paid': notifyPaid(deps),
    'record-failure': recordFailure(deps),
  };
}
