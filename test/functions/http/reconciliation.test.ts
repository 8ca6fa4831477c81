import { describe, expect, it } from 'vitest';
import type { Deps } from '../../../shared/app/deps';
import { confirmBatchRelease, releaseBatch } from '../../../shared/app/use-cases/payout-release';
import { runPayoutsNow } from '../../../shared/app/use-cases/payout-run';
import { handleRequest } from '../../../shared/http/router';
import { batchPmtInfId, lineReference } from '../../../shared/payouts/lines';
import { payoutHarness, seed } from '../../payouts/fixtures';
import { statusReportXml } from '../../payouts/pain002-builder';

/** The router over the payout harness, with the payout parts where the composition root puts them. */
function finance() {
  const h = payoutHarness();
  // The finance API as the local runtime serves it (callers on the machine need no sign-in);
  // who may call it on AWS is test/functions/http/http-api.test.ts's and finance-page.test.ts's.
  const deps = {
    ...h.deps,
    settings: { ...h.deps.settings, staffApiWithoutSignIn: true },
    payouts: { batches: h.batches, files: h.files, settings: h.deps.settings },
  } as unknown as Deps;
  const post = (path: string, body: unknown) =>
    handleRequest(deps, {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      query: {},
      body: JSON.stringify(body),
    });
  return { ...h, deps, post };
}

describe('finance reconciles a payout batch', () => {
  it('accepts every line but the rejected ones, which go back to the caseworker; the families hear on the execution date', async () => {
    const f = finance();
    await seed(f.ledger, 3);
    const batch = await runPayoutsNow(f.deps as never);
    const rejected = 'app000000000000000000002';
    const response = await f.post(`/api/payout-batches/${batch.id}/reconciliation`, {
      rejected: [{ reference: lineReference(batch.id, rejected), reason: 'Ingen NemKonto' }],
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ batchId: batch.id, executed: 2, rejected: 1 });
    // The manual run pays on the next banking day (Thursday 5 March): nobody is told "paid" today.
    expect(batch.payoutDate).toBe('2026-03-05');
    expect(f.workflow.succeeded).toEqual([]);
    expect((await f.ledger.get('app000000000000000000001'))?.status).toBe('accepted');
    expect((await f.ledger.get(rejected))?.status).toBe('rejected');
    expect(f.mailer.sent.at(-1)?.text).toContain('Ingen NemKonto');
  });

  it('answers 404 for an unknown batch and lists a bad line reference by field', async () => {
    const f = finance();
    expect((await f.post('/api/payout-batches/20260304T0600/reconciliation', {})).status).toBe(404);
    const bad = await f.post('/api/payout-batches/20260304T0600/reconciliation', {
      rejected: [{ reference: 'x', reason: '' }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['rejected.0.reference', 'rejected.0.reason']),
    );
  });

  it('lists each batch with its status and totals, and file links only once two people released it', async () => {
    const f = finance();
    await seed(f.ledger, 2);
    const batch = await runPayoutsNow(f.deps as never);
    const list = async () =>
      (
        JSON.parse(
          (
            await handleRequest(f.deps, {
              method: 'GET',
              path: '/api/payout-batches',
              headers: {},
              query: {},
              body: undefined,
            })
          ).body,
        ) as {
          batches: {
            id: string;
            status: string;
            count: number;
            sum: string;
            files: { format: string; url?: string }[];
          }[];
        }
      ).batches[0];

    const ready = await list();
    await releaseBatch(f.deps as never, batch.id, 'anna@kommune.test');
    await confirmBatchRelease(f.deps as never, batch.id, 'bo@kommune.test');
    const sent = await list();

    expect(ready).toMatchObject({ id: batch.id, status: 'ready', count: 2 });
    expect(ready?.sum).toMatch(/^\d+\.\d{2}$/);
    expect(ready?.files.map((file) => file.format)).toEqual(
      expect.arrayContaining(['csv', 'pain.001.001.03']),
    );
    for (const file of ready?.files ?? []) expect(file.url).toBeUndefined();
    expect(sent?.status).toBe('sent');
    for (const file of sent?.files ?? []) expect(file.url).toMatch(/download=(payouts|manifest)-/);
  });
});

describe("finance uploads the bank's pain.002", () => {
  const upload = (f: ReturnType<typeof finance>, batchId: string, body: string, type = 'application/xml') =>
    handleRequest(f.deps, {
      method: 'POST',
      path: `/api/payout-batches/${batchId}/status-report`,
      headers: { 'content-type': type },
      query: {},
      body,
    });

  it('answers 200 with the settled and rejected counts', async () => {
    const f = finance();
    await seed(f.ledger, 3);
    const batch = await runPayoutsNow(f.deps as never);
    const report = statusReportXml({
      originalMsgId: `SUPPL-${batch.id}`,
      groupStatus: 'PART',
      payments: [
        {
          pmtInfId: batchPmtInfId(batch.id, 'rudersdal'),
          transactions: [
            {
              endToEndId: lineReference(batch.id, 'app000000000000000000002'),
              status: 'RJCT',
              reason: 'AC01',
            },
          ],
        },
      ],
    });

    const response = await upload(f, batch.id, report);

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ settled: 2, rejected: 1 });
  });

  it('answers 400 naming the MsgId when the report is for another batch', async () => {
    const f = finance();
    await seed(f.ledger, 1);
    const batch = await runPayoutsNow(f.deps as never);

    const response = await upload(
      f,
      batch.id,
      statusReportXml({ originalMsgId: 'SUPPL-OTHER', groupStatus: 'ACCP' }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toContain('OrgnlMsgId SUPPL-OTHER');
  });

  it('answers 415 to a report that is not sent as XML, and 404 for an unknown batch', async () => {
    const f = finance();
    expect((await upload(f, '20260304T0600', '{}', 'application/json')).status).toBe(415);
    expect((await upload(f, '20260304T0600', statusReportXml({ originalMsgId: 'x' }))).status).toBe(404);
  });
});
