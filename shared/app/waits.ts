import type { LinkPurpose } from './ports';

/**
 * How long each wait for a person lasts, in days, before it times out: the workflow's
 * TimeoutSeconds and its link's lifetime both come from here, so a link lives exactly as long as
 * its wait. What happens at the time-out is the workflow's (see its Catch of `States.Timeout`).
 */
export const WAIT_DAYS: Record<LinkPurpose, number> = {
  /** The family sends missing receipts; then the application is decided without them. */
  receipts: 14,
  /** The caseworker decides; then the team lead is asked. */
  review: 14,
  /** The team lead decides; then the case goes back to the caseworker. */
  escalation: 7,
  /** The second approver confirms a large grant; then they are asked again, with a reminder. */
  'second-approval': 7,
  /** The family answers the caseworker's question; then the application is decided without it. */
  information: 21,
};
