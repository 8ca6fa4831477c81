import type { AnswerProblem } from '../../app/use-cases/answer-request';
import type { NotAwaitingCorrection } from '../../app/use-cases/correct-returned-payout';
import type { CorrectionProblem } from '../../app/use-cases/correction-form';
import type { SignedInDecisionRefusal } from '../../app/use-cases/decide-signed-in';
import type { CorrectionRefusal } from '../../app/use-cases/payout-correction';
import type { ReconcileRefusal } from '../../app/use-cases/payout-reconcile';
import type { ReleaseRefusal } from '../../app/use-cases/payout-release';
import type { StatusReportRefusal } from '../../app/use-cases/payout-status-report';
import type { NoReceipt } from '../../app/use-cases/read-decision-receipt';
import type { SignInRefusal } from '../../app/use-cases/start-sign-in';
import type { Submitted } from '../../app/use-cases/submit-application';

// What the one outcome table is typed over: every refusal a page's route gets from its use case,
// and what HTTP makes of each code. The table's entries live by area beside this file.

/** Plain words in Danish and English. */
export type Words = { da: string; en: string };

/** A sign-out whose anti-forgery field does not match: refused at the edge, nothing changed. */
export type SignOutRefused = { ok: false; code: 'sign-out-refused' };

/** Every refusal the pages' routes can get from their use cases (or, for sign-out, from the edge). */
export type Refusal =
  | SignedInDecisionRefusal
  | AnswerProblem
  | NoReceipt
  | SignInRefusal
  | SignOutRefused
  | Extract<Submitted, { ok: false }>
  | ReleaseRefusal
  | ReconcileRefusal
  | StatusReportRefusal
  | CorrectionRefusal
  | CorrectionProblem
  | NotAwaitingCorrection;

/** A refusal's code. */
export type RefusalCode = Refusal['code'];

/** What HTTP makes of one code. */
export type OutcomeEntry<R> = (
  | {
      status: UsualStatus;
      /** The page's heading, when it is not the status's usual one. */
      title?: Words;
    }
  | { status: 403 | 422 | 502 | 503; title: Words }
) & {
  words: (refusal: R) => Words;
};

/** The statuses with a usual heading. */
export type UsualStatus = 400 | 404 | 409 | 410;

/** The entries of some codes: each gets its refusal (with whatever the refusal carries) to word. */
export type Entries<C extends RefusalCode> = { [K in C]: OutcomeEntry<Extract<Refusal, { code: K }>> };

/** Words that are the same whatever the refusal carries. */
export const same = (words: Words) => () => words;
