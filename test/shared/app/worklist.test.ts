import { describe, expect, it } from 'vitest';
import { MemoryApplicationStore } from '../../../shared/adapters/memory/stores';
import type { Application } from '../../../shared/app/application';
import { amountOf, deadlinesOf, waitingFor, worklist } from '../../../shared/app/use-cases/worklist';
import { caseRef } from '../../../shared/domain/case-ref';
import { staff } from '../../support/staff';
import { TestEnvironment } from '../../workflows/harness';

let n = 0;
/** A stored application with what the worklist reads; the rest as a submitted one has it. */
function app(over: Partial<Application> = {}): Application {
  n++;
  return {
    id: `app${String(n).padStart(3, '0')}xxxxxxxxxxxxxxxxxx`,
    municipality: 'randers',
    benefit: 'ran-car-seat',
    submittedAt: `2026-03-0${Math.min(n, 9)}T09:00:00.000Z`,
    claim: {},
    applicant: {
      role: 'relief-family',
      name: 'Mette Jensen',
      email: 'mette@example.test',
      cpr: '0101801234',
    },
    receipts: [],
    status: 'in-review',
    statusTokenHash: 'x',
    timeline: [],
    version: 1,
    ...over,
  };
}

function setUp(...applications: Application[]) {
  const applications_ = new MemoryApplicationStore();
  for (const a of applications) applications_.items.set(a.id, a);
  const env = new TestEnvironment(new Date('2026-03-10T09:00:00Z'));
  return { applications: applications_, env };
}

const refs = (list: Awaited<ReturnType<typeof worklist>>) => list.rows.map((r) => r.application.id);

describe('the worklist', () => {
  it("lists the open cases of the person's municipalities only, newest first", async () => {
    const older = app({ submittedAt: '2026-03-01T09:00:00.000Z' });
    const newer = app({ submittedAt: '2026-03-05T09:00:00.000Z' });
    const rudersdal = app({ municipality: 'rudersdal', benefit: 'rud-x' });
    const paid = app({ status: 'paid' });
    const rejected = app({ status: 'rejected' });
    const failed = app({ status: 'failed' });
    const deps = setUp(older, newer, rudersdal, paid, rejected, failed);
    expect(refs(await worklist(deps, staff(), {}))).toEqual([newer.id, older.id]);
    const both = staff({ municipalities: ['randers', 'rudersdal'] });
    expect(refs(await worklist(deps, both, {}))).toContain(rudersdal.id);
  });

  it('filters by status (a closed status lists closed cases), benefit and who took the case', async () => {
    const mine = app({ assignee: { sub: 'staff-anders', name: 'Anders Bak', at: '2026-03-09T09:00:00Z' } });
    const colleague = app({
      benefit: 'ran-booster',
      assignee: { sub: 'staff-jonas', name: 'Jonas Holm', at: '2026-03-09T09:00:00Z' },
    });
    const free = app({ status: 'information-requested' });
    const paid = app({ status: 'paid' });
    const deps = setUp(mine, colleague, free, paid);
    expect(refs(await worklist(deps, staff(), { status: 'information-requested' }))).toEqual([free.id]);
    expect(refs(await worklist(deps, staff(), { status: 'paid' }))).toEqual([paid.id]);
    expect(refs(await worklist(deps, staff(), { benefit: 'ran-booster' }))).toEqual([colleague.id]);
    expect(refs(await worklist(deps, staff(), { assignee: 'mine' }))).toEqual([mine.id]);
    expect(refs(await worklist(deps, staff(), { assignee: 'none' }))).toEqual([free.id]);
    expect(refs(await worklist(deps, staff(), { assignee: 'staff-jonas' }))).toEqual([colleague.id]);
    const list = await worklist(deps, staff(), {});
    expect(list.assignees).toEqual(
      expect.arrayContaining([
        { sub: 'staff-anders', name: 'Anders Bak' },
        { sub: 'staff-jonas', name: 'Jonas Holm' },
      ]),
    );
    expect(list.benefits).toEqual(['ran-booster', 'ran-car-seat']);
  });

  it("finds a case by its reference or the child's CPR number, decided cases included, never another municipality's", async () => {
    const open = app({
      submittedAt: '2026-03-01T09:00:00.000Z',
      child: { name: 'Ida Jensen', cpr: '0105192345' },
    });
    const decided = app({
      submittedAt: '2026-03-02T09:00:00.000Z',
      status: 'paid',
      child: { name: 'Ida Jensen', cpr: '0105192345' },
    });
    const other = app({ child: { name: 'Ole Hansen', cpr: '0203184567' } });
    const rudersdal = app({ municipality: 'rudersdal', child: { cpr: '0105192345' } });
    const deps = setUp(open, decided, other, rudersdal);
    expect(refs(await worklist(deps, staff(), { q: '010519-2345' }))).toEqual([decided.id, open.id]);
    expect(refs(await worklist(deps, staff(), { q: ' 0105192345 ' }))).toEqual([decided.id, open.id]);
    expect(refs(await worklist(deps, staff(), { q: caseRef(decided.id).toLowerCase() }))).toEqual([
      decided.id,
    ]);
    expect(refs(await worklist(deps, staff(), { q: '0105190000' }))).toEqual([]);
    // Too short to name a case: nothing, rather than every case starting with "A".
    expect(refs(await worklist(deps, staff(), { q: 'A' }))).toEqual([]);
  });
});

describe('what a case waits for, by when, and for how much', () => {
  const now = new Date('2026-03-10T09:00:00Z');

  it('names the person its open wait asked, and the deadline of that wait', () => {
    const review = app({ wait: { purpose: 'review', linkId: 'l', startedAt: '2026-03-01T09:00:00.000Z' } });
    expect(waitingFor(review)).toBe('caseworker');
    expect(deadlinesOf(review, now)).toEqual([
      { kind: 'decision', day: '2026-03-15T09:00:00.000Z', overdue: false },
    ]);
    const family = app({
      status: 'information-requested',
      wait: { purpose: 'information', linkId: 'l', startedAt: '2026-02-01T09:00:00.000Z' },
    });
    expect(waitingFor(family)).toBe('family');
    expect(deadlinesOf(family, now)).toEqual([
      { kind: 'answer', day: '2026-02-22T09:00:00.000Z', overdue: true },
    ]);
    expect(
      waitingFor(app({ wait: { purpose: 'escalation', linkId: 'l', startedAt: now.toISOString() } })),
    ).toBe('team-lead');
    expect(
      waitingFor(app({ wait: { purpose: 'second-approval', linkId: 'l', startedAt: now.toISOString() } })),
    ).toBe('second-approval');
  });

  it('waits for the payout (or its correction) once approved, with the payout deadline, and for nothing once closed', () => {
    const decision = { deadlines: { payoutBy: '2026-03-31' }, payable: '1500.00' } as Application['decision'];
    const scheduled = app({
      status: 'payout-scheduled',
      decision,
      payout: { amountOre: 120_000, dueDate: '2026-03-11' },
    });
    expect(waitingFor(scheduled)).toBe('payout');
    expect(deadlinesOf(scheduled, now)).toEqual([{ kind: 'payout', day: '2026-03-31', overdue: false }]);
    expect(amountOf(scheduled)).toBe(120_000);
    const returned = app({
      status: 'payout-scheduled',
      payout: {
        amountOre: 1,
        dueDate: '2026-03-11',
        returned: { at: '2026-03-09T09:00:00Z', tokenHash: 'h' },
      },
    });
    expect(waitingFor(returned)).toBe('payout-correction');
    expect(waitingFor(app({ status: 'paid', decision }))).toBe('nothing');
    expect(deadlinesOf(app({ status: 'paid', decision }), now)).toEqual([]);
    expect(amountOf(app({ decision }))).toBe(150_000);
    expect(
      amountOf(
        app({ decision, review: { action: 'approve', grantedOre: 90_000, decidedBy: 'x', decidedAt: 'y' } }),
      ),
    ).toBe(90_000);
  });
});
