/** The actions a decision through a link can take. */
export const REVIEW_ACTIONS = ['approve', 'reject', 'request-information'] as const;

/**
 * What a decision through a link hands the waiting workflow (`$.review`, `$.secondApproval`): the
 * Choice states branch on these fields, and a test checks every Choice condition against them.
 */
export type ReviewOutcome = {
  /** The link the decision came through; the workflow's record step reads the decision from it. */
  linkId: string;
  action: (typeof REVIEW_ACTIONS)[number];
  /** Less than claimed was granted: the family gets a letter with the reasons. */
  partial: boolean;
  /** The grant is above the four-eyes limit: a second approver must confirm it. */
  needsSecondApproval: boolean;
};

/** The field names of `ReviewOutcome`, for the workflow's JSONPaths. */
export const REVIEW = {
  linkId: 'linkId',
  action: 'action',
  partial: 'partial',
  needsSecondApproval: 'needsSecondApproval',
} as const satisfies { [K in keyof ReviewOutcome]: K };
