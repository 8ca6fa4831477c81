import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/app/application';
import type { Deps } from '../../../shared/app/deps';
import { runPayoutsNow } from '../../../shared/app/use-cases/payout-run';
import { applyStatusReport } from '../../../shared/app/use-cases/payout-status-report';
import { handleRequest } from '../../../shared/http/router';
import { statusView } from '../../../shared/http/status-view';
import { batchPmtInfId, lineReference } from '../../../shared/payouts/lines';
import { entry, payoutHarness } from '../../payouts/fixtures';
import { statusReportXml } from '../../payouts/pain002-builder';

const id = entry(1).applicationId;

/** One approved application with its payout scheduled, a run, and the bank's AC04 for its line. */
async function rejectedPayout() {
  const h = payoutHarness();
  const deps = {
    ...h.deps,
    payouts: { batches: h.batches, files: h.files, settings: h.deps.settings },
  } as unknown as Deps;
  const application: Application = {
    id,
    municipality: 'randers',
    benefit: 'ran-x-minor-damage',
    submittedAt: '2026-03-01T09:00:00.000Z',
    claim: {},
    applicant: {
      role: 'relief-family',
      name: 'Mette Jensen',
      email: 'mette@example.test',
      cpr: '0101801234',
    },
    receipts: [],
    status: 'payout-scheduled',
    statusTokenHash: 'x',
    payout: { amountOre: entry(1).amountOre, dueDate: '2026-03-05' },
    timeline: [{ at: '2026-03-03T09:00:00.000Z', status: 'payout-scheduled' }],
    version: 1,
  };
  h.applications.items.set(id, application);
  await h.ledger.schedule(entry(1));
  const batch = await runPayoutsNow(h.deps);
  const report = statusReportXml({
    originalMsgId: `SUPPL-${batch.id}`,
    groupStatus: 'RJCT',
    payments: [
      {
        pmtInfId: batchPmtInfId(batch.id, 'randers'),
        transactions: [{ endToEndId: lineReference(batch.id, id), status: 'RJCT', reason: 'AC04' }],
      },
    ],
  });
  await applyStatusReport(h.deps, batch.id, report);
  const link = /\/payouts\/[^\s]+/.exec(h.mailer.sent.at(-1)?.text ?? '')?.[0] ?? '';
  const [path, query] = link.split('?');
  const token = new URLSearchParams(query).get('t') ?? '';
  const send = (method: string, body?: Record<string, string>, lang?: string) =>
    handleRequest(deps, {
      method,
      path: path ?? '',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      query: method === 'GET' ? { t: token, ...(lang ? { lang } : {}) } : {},
      body: body ? new URLSearchParams(body).toString() : undefined,
    });
  return { ...h, batch, token, send };
}

describe('a payout the bank rejected comes back', () => {
  it("tells the family the bank returned the payout, and shows the caseworker the form with the bank's reason", async () => {
    const r = await rejectedPayout();

    const page = await r.send('GET');

    expect(page.status).toBe(200);
    expect(page.body).toContain('AC04 Kontoen er lukket / Closed account number');
    expect(page.body).toContain('name="t"');
    const view = statusView((await r.applications.get(id)) as Application, r.env.now());
    expect(view.payout?.returned).toBeDefined();
    expect(view.timeline.at(-1)).toMatchObject({ note: 'payout-returned' });
  });

  it('corrects and re-queues the payout; the next run pays it and the ledger keeps both lines', async () => {
    const r = await rejectedPayout();

    const done = await r.send('POST', {
      t: r.token,
      amount: '101,37',
      by: 'sagsbehandler@randers.dk',
      note: 'Familien har oprettet NemKonto',
    });
    r.env.current = new Date('2026-03-05T10:00:00Z');
    const next = await runPayoutsNow(r.deps);

    expect(done.status).toBe(200);
    expect(done.body).toContain('Udbetalingen er rettet');
    expect(next).toMatchObject({ count: 1, sumOre: 10_137 });
    const stored = await r.ledger.get(id);
    expect(stored).toMatchObject({ status: 'in-batch', batchId: next.id, amountOre: 10_137 });
    expect(stored?.previous).toEqual([
      expect.objectContaining({
        batchId: r.batch.id,
        amountOre: 10_137,
        correctedBy: 'sagsbehandler@randers.dk',
      }),
    ]);
    expect(r.journal.entries.map((e) => e.entry.kind)).toContain('payout-corrected');
    const view = statusView((await r.applications.get(id)) as Application, r.env.now());
    expect(view.timeline.at(-1)).toMatchObject({ note: 'payout-corrected' });
    expect(view.payout?.returned?.correctedAt).toBeDefined();
  });

  it('refuses an amount above the granted one, keeps what was typed, and corrects nothing', async () => {
    const r = await rejectedPayout();

    const refused = await r.send('POST', { t: r.token, amount: '5000', by: 'Anna', note: 'Ny konto' });

    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Beløbet er større end det bevilgede.');
    expect(refused.body).toContain('Ny konto');
    expect((await r.ledger.get(id))?.status).toBe('rejected');
  });

  it('refuses a wrong token with a page that says the link does not work', async () => {
    const r = await rejectedPayout();

    const refused = await r.send('POST', { t: 'wrong', amount: '100', by: 'Anna', note: 'x' });

    expect(refused.status).toBe(404);
    expect((await r.ledger.get(id))?.status).toBe('rejected');
  });

  it('says the payout is already corrected when the link is used again', async () => {
    const r = await rejectedPayout();
    await r.send('POST', { t: r.token, amount: '100', by: 'Anna', note: 'Ny konto' });

    const again = await r.send('GET');

    expect(again.status).toBe(409);
  });
});
