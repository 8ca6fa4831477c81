import * as z from 'zod/mini';
import { checkCpr } from '../domain/cpr';
import { UNSAFE_TEXT } from '../rules/claim';
import type { DecisionJson } from '../rules/decision';

/** Where an application is in its life (spec §4 `status`, plus our own extra states). */
export const statuses = [
  'submitted',
  'awaiting-receipts',
  'in-review',
  'documents-check',
  'awaiting-second-approval',
  'approved',
  'rejected',
  'information-requested',
  'payout-scheduled',
  'paid',
  'failed',
] as const;
export type Status = (typeof statuses)[number];

/** What the family sent, as stored: the claim (spec §2) plus who they are. Personal data lives only here. */
export const Applicant = z.object({
  role: z.enum(['relief-family', 'foster-family', 'network-foster-family', 'parent']),
  // Letters, marks, spaces and punctuation: no control characters (they end up in letters and
  // e-mails) and no bidirectional overrides (they make a name read as another in the case page).
  name: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(200),
    z.refine((name) => !UNSAFE_TEXT.test(name)),
  ),
  email: z.string().check(z.trim(), z.email(), z.maxLength(320)),
  // Ten digits that encode a real birth date (no modulus 11), typed with hyphens or spaces if the
  // family likes; what is kept is the canonical ten digits only.
  cpr: z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const checked = checkCpr(text);
      if (checked.valid) return checked.cpr;
      ctx.issues.push({ code: 'custom', message: 'cpr', input: text });
      return z.NEVER;
    }),
  ),
});
export type Applicant = z.infer<typeof Applicant>;

/**
 * Who the child is, when the family says so: the caseworker's page identifies the child by it.
 * Personal data, so kept beside the applicant and never in the claim (the rules read none of it).
 * The same text and CPR rules as the applicant's.
 */
export const ChildIdentity = z.object({
  name: z.optional(Applicant.shape.name),
  cpr: z.optional(Applicant.shape.cpr),
});
export type ChildIdentity = z.infer<typeof ChildIdentity>;

/** The caseworker's (or second approver's) decision on a case. */
export type CaseworkerDecision = {
  action: 'approve' | 'reject' | 'request-information';
  /** Øre granted: the rules' payable for a full approval, less for a partial one. */
  grantedOre?: number;
  reason?: string;
  /** Who decided, as people read it: the signed-in person's name, or the e-mail the link went to. */
  decidedBy: string;
  decidedAt: string;
  /** The signed-in member of staff who decided (absent when the e-mailed link was used without sign-in). */
  actor?: DecisionActor;
};

/** A signed-in decider: the identity provider's subject, the name and the e-mail it gave (four eyes compare them). */
export type DecisionActor = { sub: string; name: string; email?: string };

/** The family's answer to a request for information or receipts, with what was asked. */
export type FamilyAnswer = {
  at: string;
  purpose: 'information' | 'receipts';
  question?: string;
  text?: string;
  receipts: string[];
};

/** What an e-mail link may do; the link carries only its opaque id. */
export type LinkPurpose = 'review' | 'escalation' | 'second-approval' | 'information' | 'receipts';

/** The wait the application is in (a person asked by an e-mailed link), while it is open. */
export type OpenWait = { purpose: LinkPurpose; linkId: string; startedAt: string };

/** One step of the application's history, for the family's status page and the audit trail. */
export type TimelineEntry = { at: string; status: Status; note?: string };

/** An application as the system keeps it. */
export type Application = {
  id: string;
  municipality: 'randers' | 'rudersdal';
  benefit: string;
  submittedAt: string;
  /** The claim of spec §2 with `submittedAt`, without the applicant's personal data. */
  claim: Record<string, unknown>;
  applicant: Applicant;
  /** The child's name and CPR number, where the family gave them. */
  child?: ChildIdentity;
  receipts: string[];
  status: Status;
  /** SHA-256 of the status token; the token itself is given to the family once. */
  statusTokenHash: string;
  decision?: DecisionJson;
  review?: CaseworkerDecision;
  secondApproval?: CaseworkerDecision;
  documents?: { ok: boolean; problems: { receipt?: string; code: string; da: string; en: string }[] };
  payout?: {
    amountOre: number;
    dueDate: string;
    paidAt?: string;
    batchId?: string;
    /**
     * When the family's "bevilget" e-mail went out. The step saves the status first and sends until
     * this is set, so a crash between the two sends it on the retry instead of never.
     */
    announcedAt?: string;
    /** The bank sent the payout back; the caseworker's correction link (its hash) and when it was corrected. */
    returned?: { at: string; tokenHash: string; correctedAt?: string };
  };
  /** The family's answers, oldest first, for the caseworker who asked. */
  answers?: FamilyAnswer[];
  /** The open wait: only its link is valid; cleared when the wait ends, however it ends. */
  wait?: OpenWait;
  timeline: TimelineEntry[];
  /** The member of staff who took the case from the worklist, and when. */
  assignee?: { sub: string; name: string; at: string };
  version: number;
};
