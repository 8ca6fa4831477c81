import { describe, expect, it } from 'vitest';
import { decideSignedIn } from '../../../shared/app/use-cases/decide-signed-in';
import { readAccessLog } from '../../../shared/app/use-cases/read-access-log';
import { recordDecision } from '../../../shared/app/use-cases/record-decision';
import { takeCase } from '../../../shared/app/use-cases/take-case';
import { viewCase } from '../../../shared/app/use-cases/view-case';
import { viewReceipt } from '../../../shared/app/use-cases/view-receipt';
import { outcomeOf } from '../../../shared/http/outcomes';
import { STATE } from '../../../workflows/application-workflow';
import { staff } from '../../support/staff';
import { harness, submitCarSeat } from '../../workflows/harness';

type H = ReturnType<typeof harness>;

const approver = staff({
  sub: 'staff-per',
  name: 'Per Nielsen',
  email: 'per@randers.test',
  roles: ['second-approver'],
});

/** A Randers car seat (1.500 kr. payable) waiting for the caseworker, with four eyes above 1.000 kr. */
async function waitingForReview() {
  const h = harness({ fourEyesAboveOre: 100_000 });
  const id = await submitCarSeat(h);
  await h.engine.whenWaiting(STATE.review, id);
  return { h, id };
}

const linkOf = (h: H, id: string) => {
  const link = h.links.items.get(h.applications.items.get(id)?.wait?.linkId ?? '');
  if (!link) throw new Error('the application waits for no link');
  return link;
};

describe('deciding signed in', () => {
  it('records the decision through the wait’s link, named after the person, in the journal and the access log', async () => {
    const { h, id } = await waitingForReview();
    const link = linkOf(h, id);
    expect(await decideSignedIn(h.deps, staff(), id, { action: 'approve' })).toEqual({
      ok: true,
      action: 'approve',
    });
    await h.engine.whenWaiting(STATE.secondApproval, id);
    const review = h.applications.items.get(id)?.review;
    expect(review).toMatchObject({
      action: 'approve',
      grantedOre: 150_000,
      decidedBy: 'Anders Bak',
      actor: { sub: 'staff-anders', name: 'Anders Bak', email: 'anders.bak@randers.test' },
    });
    expect(h.links.items.get(link.id)?.usedAt).toBeDefined();
    const journal = await h.journal.list(id);
    expect(journal.find((j) => j.entry.kind === 'caseworker-decision')?.entry).toMatchObject({
      decidedBy: 'Anders Bak',
      actor: { sub: 'staff-anders', name: 'Anders Bak' },
    });
    expect(await h.accessLog.list(id)).toEqual([
      {
        applicationId: id,
        at: h.env.now().toISOString(),
        sub: 'staff-anders',
        name: 'Anders Bak',
        what: 'decided',
      },
    ]);
  });

  it('refuses the second approval from the person who made the first decision, and records nothing', async () => {
    const { h, id } = await waitingForReview();
    const both = staff({ roles: ['caseworker', 'second-approver'] });
    await decideSignedIn(h.deps, both, id, { action: 'approve' });
    await h.engine.whenWaiting(STATE.secondApproval, id);
    const link = linkOf(h, id);
    const refused = await decideSignedIn(h.deps, both, id, { action: 'approve' });
    expect(refused).toMatchObject({ ok: false, code: 'own-case' });
    const outcome = refused.ok ? undefined : outcomeOf(refused);
    expect(outcome?.status).toBe(409);
    expect(outcome?.words.da).toContain('Du kan ikke godkende din egen afgørelse');
    // The same person through the e-mailed link, signed in: refused as well.
    expect(
      await recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken }, both),
    ).toMatchObject({ ok: false, code: 'own-case' });
    expect(h.links.items.get(link.id)?.usedAt).toBeUndefined();
    expect(h.applications.items.get(id)?.secondApproval).toBeUndefined();
    expect((await h.accessLog.list(id)).map((e) => e.what)).toEqual(['decided']);
    // Another person gives it.
    expect(await decideSignedIn(h.deps, approver, id, { action: 'approve' })).toMatchObject({ ok: true });
    await h.engine.whenWaiting(STATE.schedulePayout, id);
    expect(h.applications.items.get(id)?.secondApproval?.decidedBy).toBe('Per Nielsen');
  });

  it('refuses the unsigned second approval when its link goes to the e-mail of the signed-in first decider', async () => {
    const { h, id } = await waitingForReview();
    await decideSignedIn(h.deps, staff({ email: 'GODKENDER@kommune.test' }), id, { action: 'approve' });
    await h.engine.whenWaiting(STATE.secondApproval, id);
    const link = linkOf(h, id);
    expect(link.recipient).toBe('godkender@kommune.test');
    expect(
      await recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken }),
    ).toMatchObject({
      ok: false,
      code: 'own-case',
    });
  });

  it.each([
    ['the same CPR number', { cpr: '0101801234' }],
    ['the same e-mail, written otherwise', { email: 'Mette@Example.TEST' }],
  ])('refuses a decision on the person’s own application (%s) and records nothing', async (_, over) => {
    const { h, id } = await waitingForReview();
    const result = await decideSignedIn(h.deps, staff(over), id, { action: 'reject', reason: 'Nej' });
    expect(result).toMatchObject({ ok: false, code: 'own-application' });
    const outcome = result.ok ? undefined : outcomeOf(result);
    expect(outcome?.status).toBe(409);
    expect(outcome?.words.en).toContain('you are the applicant');
    expect(linkOf(h, id).usedAt).toBeUndefined();
    expect(await h.accessLog.list(id)).toEqual([]);
  });

  it('lets the link decide without sign-in as before, logged under the address it was sent to', async () => {
    const { h, id } = await waitingForReview();
    const link = linkOf(h, id);
    await recordDecision(h.deps, link.id, {
      action: 'reject',
      reason: 'Ikke godkendt',
      formToken: link.formToken,
    });
    await h.engine.executions.get(id)?.done;
    expect(h.applications.items.get(id)?.review).toMatchObject({ decidedBy: 'sagsbehandler@kommune.test' });
    expect(h.applications.items.get(id)?.review?.actor).toBeUndefined();
    expect(await h.accessLog.list(id)).toMatchObject([
      { sub: 'e-mail-link', name: 'sagsbehandler@kommune.test', what: 'decided' },
    ]);
  });

  it('refuses a decision the case does not wait for from this person, and a case of another municipality', async () => {
    const { h, id } = await waitingForReview();
    expect(await decideSignedIn(h.deps, approver, id, { action: 'approve' })).toMatchObject({
      ok: false,
      code: 'not-waiting',
    });
    expect(
      await decideSignedIn(h.deps, staff({ municipalities: ['rudersdal'] }), id, { action: 'approve' }),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(linkOf(h, id).usedAt).toBeUndefined();
  });
});

describe('reading and taking a case', () => {
  it('logs every view, the CPR shown and a receipt seen; nothing for another municipality', async () => {
    const { h, id } = await waitingForReview();
    expect(await viewCase(h.deps, staff({ municipalities: ['rudersdal'] }), id)).toBeUndefined();
    expect((await viewCase(h.deps, staff(), id))?.application.id).toBe(id);
    h.env.current = new Date('2026-03-04T10:00:00Z');
    await viewCase(h.deps, staff(), id, { showCpr: true });
    const uploadId = h.applications.items.get(id)?.receipts[0] ?? '';
    expect((await viewReceipt(h.deps, staff(), id, uploadId))?.type).toBe('application/pdf');
    expect(await viewReceipt(h.deps, staff({ municipalities: ['rudersdal'] }), id, uploadId)).toBeUndefined();
    expect(await viewReceipt(h.deps, staff(), id, 'not-a-receipt-of-the-case')).toBeUndefined();
    expect((await h.accessLog.list(id)).map((e) => `${e.at.slice(11, 16)} ${e.what}`)).toEqual([
      '09:15 viewed-case',
      '10:00 viewed-case',
      '10:00 showed-cpr',
      '10:00 viewed-receipt',
    ]);
  });

  it('names who took the case and logs it; a colleague may take it over; a closed case cannot be taken', async () => {
    const { h, id } = await waitingForReview();
    expect(await takeCase(h.deps, staff(), id)).toEqual({ ok: true });
    expect(h.applications.items.get(id)?.assignee).toEqual({
      sub: 'staff-anders',
      name: 'Anders Bak',
      at: h.env.now().toISOString(),
    });
    const jonas = staff({ sub: 'staff-jonas', name: 'Jonas Holm' });
    expect(await takeCase(h.deps, jonas, id)).toEqual({ ok: true });
    expect(h.applications.items.get(id)?.assignee?.name).toBe('Jonas Holm');
    expect(await takeCase(h.deps, staff({ municipalities: ['rudersdal'] }), id)).toEqual({
      ok: false,
      code: 'not-found',
    });
    const stored = h.applications.items.get(id);
    if (stored) stored.status = 'rejected';
    expect(await takeCase(h.deps, staff(), id)).toEqual({ ok: false, code: 'closed' });
    expect((await h.accessLog.list(id)).map((e) => `${e.name} ${e.what}`)).toEqual([
      'Anders Bak took-case',
      'Jonas Holm took-case',
    ]);
  });

  it('gives the access log to a team lead, with the reading itself in it, and to nobody else', async () => {
    const { h, id } = await waitingForReview();
    await viewCase(h.deps, staff(), id);
    expect(await readAccessLog(h.deps, staff(), id)).toBeUndefined();
    const lead = staff({ sub: 'staff-lone', name: 'Lone Kjær', roles: ['team-lead'] });
    expect(await readAccessLog(h.deps, { ...lead, municipalities: ['rudersdal'] }, id)).toBeUndefined();
    const read = await readAccessLog(h.deps, lead, id);
    expect(read?.entries.map((e) => `${e.name} ${e.what}`)).toEqual([
      'Anders Bak viewed-case',
      'Lone Kjær read-access-log',
    ]);
  });
});
