import type { Application } from '../app/application';
import { formatDkk } from '../domain/money';
import { statusWords } from './status-words';

/**
 * What the family's status request shows: the status, the rules' decision with the caseworker's
 * outcome, the payout and the timeline, and (`explained`) the same in the words the status page
 * shows, on the system's clock (`now`). Never the applicant's identity or the caseworker's name.
 */
export function statusView(application: Application, now: Date) {
  const outcome = application.secondApproval ?? application.review;
  return {
    id: application.id,
    status: application.status,
    ...(application.decision
      ? {
          decision: {
            ...application.decision,
            ...(outcome
              ? {
                  caseworker: {
                    action: outcome.action,
                    ...(outcome.grantedOre !== undefined ? { granted: formatDkk(outcome.grantedOre) } : {}),
                    ...(outcome.reason ? { reason: outcome.reason } : {}),
                    decidedAt: outcome.decidedAt,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(application.payout
      ? {
          payout: {
            amount: formatDkk(application.payout.amountOre),
            dueDate: application.payout.dueDate,
            ...(application.payout.paidAt ? { paidAt: application.payout.paidAt } : {}),
            ...(application.payout.returned
              ? {
                  returned: {
                    at: application.payout.returned.at,
                    ...(application.payout.returned.correctedAt
                      ? { correctedAt: application.payout.returned.correctedAt }
                      : {}),
                  },
                }
              : {}),
          },
        }
      : {}),
    timeline: application.timeline.map((entry) => ({ ...entry })),
    explained: statusWords(application, now),
  };
}
