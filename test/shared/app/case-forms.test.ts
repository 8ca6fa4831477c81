import { describe, expect, it } from 'vitest';
import { correctReturnedPayout } from '../../../shared/app/use-cases/correct-returned-payout';
import { decideOnCase } from '../../../shared/app/use-cases/decide-on-case';
import { submitCorrection } from '../../../shared/app/use-cases/submit-correction';
import { STATE } from '../../../workflows/application-workflow';
import { RETURNED, returnPayout } from '../../payouts/fixtures';
import { staff } from '../../support/staff';
import { harness, submitCarSeat } from '../../workflows/harness';

// The use cases behind the case page's and the correction link's forms: what was typed is read and
// checked there; a refusal records nothing and comes back with what the page needs to show the form again.

type H = ReturnType<typeof harness>;

const anders = staff();
const elsewhere = staff({ sub: 'staff-ruth', municipalities: ['rudersdal'] });

/** A Randers car seat (1.500 kr. payable) waiting for the caseworker. */
async function waitingForReview() {
  const h = harness();
  const id = await submitCarSeat(h);
  await h.engine.whenWaiting(STATE.review, id);
  return { h, id };
}

/** A car seat whose 1.500 kr. the bank sent back, journaled; the correction link's token is "token". */
async function returnedPayout() {
  const { h, id } = await waitingForReview();
  returnPayout(h, id);
  const { at, reason, batchId } = RETURNED;
  await h.journal.record(id, at, { kind: 'payout-rejected', batchId, reason });
  return { h, id };
}

/** What the stores hold of a case's decisions and payout: unchanged when nothing was recorded. */
async function recorded(h: H, id: string) {
  return {
    journal: (await h.journal.list(id)).map((j) => j.entry.kind),
    ledger: h.ledger.entries.get(id)?.status,
    link: h.links.items.get(h.applications.items.get(id)?.wait?.linkId ?? '')?.usedAt,
    payout: h.applications.items.get(id)?.payout,
  };
}

const accesses = async (h: H, id: string) => (await h.accessLog.list(id)).map((e) => e.what);

describe('decideOnCase (POST /sager/{id}/afgoerelse)', () => {
  it('refused for what was typed: records nothing, and returns the code with the case, logged as viewed', async () => {
    const { h, id } = await waitingForReview();
    const before = await recorded(h, id);
    const refused = await decideOnCase(h.deps, anders, id, { action: 'reject', reason: ' ' });
    expect(refused).toMatchObject({ ok: false, code: 'reason', case: { application: { id } } });
    expect(await decideOnCase(h.deps, anders, id, { action: 'approve', amount: 'mange' })).toMatchObject({
      ok: false,
      code: 'amount',
      case: { decisionPending: false },
    });
    expect(await recorded(h, id)).toEqual(before);
    expect(await accesses(h, id)).toEqual(['viewed-case', 'viewed-case']);
  });

  it('refused outright (another municipality, nothing to decide): no case, nothing read or logged', async () => {
    const { h, id } = await waitingForReview();
    expect(await decideOnCase(h.deps, elsewhere, id, { action: 'reject' })).toEqual({
      ok: false,
      code: 'not-found',
    });
    const closed = h.applications.items.get(id);
    if (closed) closed.wait = undefined;
    expect(await decideOnCase(h.deps, anders, id, { action: 'reject' })).toEqual({
      ok: false,
      code: 'not-waiting',
    });
    expect(await accesses(h, id)).toEqual([]);
  });

  it('records an accepted decision, named after the person', async () => {
    const { h, id } = await waitingForReview();
    const decided = h.engine.whenWaiting(STATE.schedulePayout, id);
    expect(await decideOnCase(h.deps, anders, id, { action: 'approve' })).toEqual({
      ok: true,
      action: 'approve',
    });
    await decided;
    expect(h.applications.items.get(id)?.review).toMatchObject({
      action: 'approve',
      decidedBy: 'Anders Bak',
    });
    expect(await accesses(h, id)).toEqual(['decided']);
  });
});

describe('correctReturnedPayout (POST /sager/{id}/udbetaling)', () => {
  it.each<[{ amount?: string; note?: string }, string]>([
    [{ amount: '', note: 'Ny konto' }, 'amount-unreadable'],
    [{ note: 'Ny konto' }, 'amount-unreadable'],
    [{ amount: 'mange', note: 'Ny konto' }, 'amount-unreadable'],
    [{ amount: '0,00', note: 'Ny konto' }, 'amount-unreadable'],
    [{ amount: '1.500,00', note: '   ' }, 'note-missing'],
    [{ amount: '1.500,00', note: 'x'.repeat(1001) }, 'note-missing'],
    [{ amount: '1.500,01', note: 'Ny konto' }, 'amount-above-granted'],
  ])(
    'refuses %o as %s: records nothing, returns the case (logged) and the form as typed',
    async (fields, code) => {
      const { h, id } = await returnedPayout();
      const before = await recorded(h, id);
      const refused = await correctReturnedPayout(h.deps, anders, id, fields);
      expect(refused).toMatchObject({
        ok: false,
        code,
        case: { application: { id }, returned: { reason: 'AC04 Kontoen er lukket', amountOre: 150_000 } },
        typed: { amount: fields.amount ?? '', note: fields.note?.trim() },
      });
      expect(await recorded(h, id)).toEqual(before);
      expect(await accesses(h, id)).toEqual(['viewed-case']);
    },
  );

  it('says not-found for a case of another municipality typed wrong, and not-awaiting-correction once corrected', async () => {
    const { h, id } = await returnedPayout();
    expect(await correctReturnedPayout(h.deps, elsewhere, id, { amount: 'mange' })).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(
      await correctReturnedPayout(h.deps, anders, id, { amount: '1.400,00', note: ' Ny konto ' }),
    ).toMatchObject({
      ok: true,
    });
    expect((await h.journal.list(id)).at(-1)?.entry).toMatchObject({
      kind: 'payout-corrected',
      by: 'Anders Bak',
      note: 'Ny konto',
      amountOre: 140_000,
    });
    expect(h.ledger.entries.get(id)).toMatchObject({ status: 'scheduled', amountOre: 140_000 });
    expect(await correctReturnedPayout(h.deps, anders, id, { amount: '1.400,00', note: 'igen' })).toEqual({
      ok: false,
      code: 'not-awaiting-correction',
    });
    expect(await accesses(h, id)).toEqual(['corrected-payout']);
  });
});

describe('submitCorrection (POST /payouts/{id}/correction, the e-mailed link)', () => {
  const fine = { amount: '1.500,00', by: 'sagsbehandler@kommune.test', note: 'Ny NemKonto' };

  it.each([
    [{ ...fine, amount: 'mange' }, 'amount-unreadable'],
    [{ ...fine, amount: '-5' }, 'amount-unreadable'],
    [{ ...fine, by: '  ' }, 'by-missing'],
    [{ ...fine, by: 'x'.repeat(201) }, 'by-missing'],
    [{ ...fine, note: '' }, 'note-missing'],
    [{ ...fine, amount: '1500,01' }, 'amount-above-granted'],
  ])(
    'refuses %o as %s: records nothing, returns the returned line and the form as typed',
    async (fields, code) => {
      const { h, id } = await returnedPayout();
      const before = await recorded(h, id);
      const refused = await submitCorrection(h.deps, id, 'token', { ...fields, note: ` ${fields.note} ` });
      expect(refused).toMatchObject({
        ok: false,
        code,
        entry: { applicationId: id, status: 'rejected', rejection: { reason: 'AC04 Kontoen er lukket' } },
        typed: { amount: fields.amount, by: fields.by.trim(), note: fields.note },
      });
      expect(await recorded(h, id)).toEqual(before);
    },
  );

  it('refuses a wrong token whatever was typed, records the correction, then says already-corrected', async () => {
    const { h, id } = await returnedPayout();
    expect(await submitCorrection(h.deps, id, 'guess', { amount: 'mange' })).toEqual({
      ok: false,
      code: 'link-invalid',
    });
    expect(await submitCorrection(h.deps, id, 'guess', fine)).toEqual({ ok: false, code: 'link-invalid' });
    expect(await submitCorrection(h.deps, id, 'token', fine)).toMatchObject({ ok: true });
    expect(h.ledger.entries.get(id)).toMatchObject({
      status: 'scheduled',
      previous: [{ correctedBy: fine.by }],
    });
    expect((await h.journal.list(id)).at(-1)?.entry).toMatchObject({
      kind: 'payout-corrected',
      note: fine.note,
    });
    expect(await submitCorrection(h.deps, id, 'token', { amount: 'mange' })).toEqual({
      ok: false,
      code: 'already-corrected',
    });
    expect(await accesses(h, id)).toEqual([]);
  });
});
