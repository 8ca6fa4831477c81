import { caseRef } from '../../domain/case-ref';
import { checkCpr } from '../../domain/cpr';
import { parseDkk } from '../../domain/money';
import type { Application, Status } from '../application';
import type { Deps } from '../deps';
import type { StaffIdentity } from '../identity';
import { WAIT_DAYS } from '../waits';

// The caseworkers' worklist: the open cases of their municipalities, newest first, what each waits
// for and by when, with filters, and a search that also finds decided cases (they stay readable).

/** How many of a municipality's newest applications the worklist reads. */
export const WORKLIST_LIMIT = 1000;

/** Decided and ended: no longer on the worklist, but found by a search or a status filter. */
export const CLOSED: readonly Status[] = ['rejected', 'paid', 'failed'];

/** What an application waits for now, as the worklist says it. */
export type WaitingFor =
  | 'caseworker'
  | 'team-lead'
  | 'second-approval'
  | 'family'
  | 'payout'
  | 'payout-correction'
  | 'processing'
  | 'nothing';

/** What the application waits for: the person its open wait asked, the payout, or the system's own steps. */
export function waitingFor(application: Application): WaitingFor {
  const purpose = application.wait?.purpose;
  if (purpose === 'review') return 'caseworker';
  if (purpose === 'escalation') return 'team-lead';
  if (purpose === 'second-approval') return 'second-approval';
  if (purpose === 'information' || purpose === 'receipts') return 'family';
  if (CLOSED.includes(application.status)) return 'nothing';
  const returned = application.payout?.returned;
  if (returned && !returned.correctedAt) return 'payout-correction';
  if (application.status === 'approved' || application.status === 'payout-scheduled') return 'payout';
  return 'processing';
}

/** A deadline of an open case: the open wait's end (a decision or the family's answer), or the payout's. */
export type Deadline = { kind: 'decision' | 'answer' | 'payout'; day: string; overdue: boolean };

/** The case's deadlines: when its open wait times out, and by when it must be paid. */
export function deadlinesOf(application: Application, now: Date): Deadline[] {
  if (CLOSED.includes(application.status)) return [];
  const deadlines: Deadline[] = [];
  const wait = application.wait;
  if (wait) {
    // The same arithmetic as the link's expiry (createLink): the wait and its link end together.
    const due = new Date(Date.parse(wait.startedAt) + WAIT_DAYS[wait.purpose] * 86_400_000);
    const family = wait.purpose === 'information' || wait.purpose === 'receipts';
    deadlines.push({
      kind: family ? 'answer' : 'decision',
      day: due.toISOString(),
      overdue: due.getTime() < now.getTime(),
    });
  }
  const payoutBy = application.decision?.deadlines.payoutBy;
  if (payoutBy && !application.payout?.paidAt) {
    const today = now.toISOString().slice(0, 10);
    deadlines.push({ kind: 'payout', day: payoutBy, overdue: payoutBy < today });
  }
  return deadlines;
}

/** The amount at stake, in øre: what is being paid, else what was granted, else what the rules allow. */
export function amountOf(application: Application): number | undefined {
  if (application.payout) return application.payout.amountOre;
  const granted = application.secondApproval?.grantedOre ?? application.review?.grantedOre;
  if (granted !== undefined) return granted;
  return application.decision ? parseDkk(application.decision.payable) : undefined;
}

/** The worklist's filters as the page's form sends them; `q` is a case reference or the child's CPR. */
export type WorklistFilter = {
  status?: string;
  benefit?: string;
  /** '' for everyone, 'mine', 'none' (not taken) or a member of staff's subject. */
  assignee?: string;
  q?: string;
};

/** One row of the worklist. */
export type WorklistRow = {
  application: Application;
  waitingFor: WaitingFor;
  deadlines: Deadline[];
  amountOre: number | undefined;
};

/** The worklist: the rows that pass the filters, and what the filters can choose from. */
export type Worklist = {
  rows: WorklistRow[];
  benefits: string[];
  assignees: { sub: string; name: string }[];
};

/** Whether the search text names the application: its case reference, or the child's CPR number. */
export function matchesSearch(application: Application, q: string): boolean {
  const text = q.trim();
  if (text === '') return true;
  const cpr = checkCpr(text);
  if (cpr.valid) return application.child?.cpr?.replace(/\D/g, '') === cpr.cpr;
  const ref = text.toUpperCase();
  return ref.length >= 4 && caseRef(application.id).startsWith(ref);
}

function passes(application: Application, staff: StaffIdentity, filter: WorklistFilter): boolean {
  const status = filter.status ?? '';
  const searching = (filter.q ?? '').trim() !== '';
  if (status !== '') {
    if (application.status !== status) return false;
  } else if (!searching && CLOSED.includes(application.status)) return false;
  if (filter.benefit && application.benefit !== filter.benefit) return false;
  const assignee = filter.assignee ?? '';
  if (assignee === 'mine' && application.assignee?.sub !== staff.sub) return false;
  if (assignee === 'none' && application.assignee) return false;
  if (!['', 'mine', 'none'].includes(assignee) && application.assignee?.sub !== assignee) return false;
  return matchesSearch(application, filter.q ?? '');
}

/**
 * The worklist of a member of staff: the applications of their municipalities, newest first; open
 * ones only, unless a status filter names a closed status or a search looks for a case.
 */
export async function worklist(
  deps: Pick<Deps, 'applications' | 'env'>,
  staff: StaffIdentity,
  filter: WorklistFilter,
): Promise<Worklist> {
  const lists = await Promise.all(
    staff.municipalities.map((m) => deps.applications.listForMunicipality(m, WORKLIST_LIMIT)),
  );
  const all = lists.flat().sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  const now = deps.env.now();
  const rows = all
    .filter((a) => passes(a, staff, filter))
    .map((application) => ({
      application,
      waitingFor: waitingFor(application),
      deadlines: deadlinesOf(application, now),
      amountOre: amountOf(application),
    }));
  const assignees = new Map<string, string>();
  for (const a of all) if (a.assignee) assignees.set(a.assignee.sub, a.assignee.name);
  return {
    rows,
    benefits: [...new Set(all.map((a) => a.benefit))].sort(),
    assignees: [...assignees].map(([sub, name]) => ({ sub, name })),
  };
}
