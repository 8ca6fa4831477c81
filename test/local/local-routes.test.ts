import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localRoutes } from '../../infra/local/local-routes';
import { OutboxMailer } from '../../shared/adapters/local/outbox-mailer';
import type { HttpRequest } from '../../shared/http/router';
import { nextSlot } from '../../shared/payouts/schedule';
import { entry, payoutHarness, payoutSettings, seed } from '../payouts/fixtures';
import { harness } from '../workflows/harness';

const request = (method: string, path: string, query: Record<string, string> = {}): HttpRequest => ({
  method,
  path,
  headers: {},
  query,
  body: undefined,
});

describe('the local routes', () => {
  let outboxDir: string;
  let ready: boolean;
  const routes = () =>
    localRoutes({
      ready: () => ready,
      outboxDir,
      deps: () => undefined,
      advance: async () => new Date(0),
      onFault: () => {},
    });

  beforeEach(async () => {
    outboxDir = await mkdtemp(join(tmpdir(), 'outbox-'));
    ready = false;
  });
  afterEach(() => rm(outboxDir, { recursive: true, force: true }));

  it('answers /health with 503 until every component is up, then 200 {"status":"ok"}', async () => {
    const before = await routes()(request('GET', '/health'));
    ready = true;
    const after = await routes()(request('GET', '/health'));

    expect(before.status).toBe(503);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toEqual({ status: 'ok' });
  });

  it('moves the local clock by an ISO 8601 duration on POST /local/clock and answers the new now', async () => {
    const { deps } = harness();
    const advanced: number[] = [];
    const serve = localRoutes({
      ready: () => true,
      outboxDir,
      deps: () => deps,
      advance: async (ms) => {
        advanced.push(ms);
        return new Date(Date.parse('2026-03-04T09:15:00Z') + ms);
      },
      onFault: () => {},
    });
    const post = (body: string) =>
      serve({ ...request('POST', '/local/clock'), headers: { 'content-type': 'application/json' }, body });

    const moved = await post('{"advance":"P15D"}');
    const refused = await Promise.all(
      ['{"advance":"-P1D"}', '{"advance":"P2Y"}', '{"advance":"15 days"}', '{}', 'P15D'].map(post),
    );

    expect(moved.status).toBe(200);
    expect(JSON.parse(moved.body)).toEqual({ now: '2026-03-19T09:15:00.000Z' });
    expect(advanced).toEqual([15 * 86_400_000]);
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect(JSON.parse(refused[0]?.body ?? '{}').errors[0].path).toBe('advance');
  });

  it('answers the system routes with 503 while starting', async () => {
    const response = await routes()(request('GET', '/api/applications/abcdefgh12345678'));
    expect(response.status).toBe(503);
  });

  it('lists the outbox newest first as JSON with to, subject, text, html and sentAt', async () => {
    let clock = Date.parse('2026-03-04T09:00:00Z');
    const mailer = new OutboxMailer(outboxDir, () => {
      clock += 1000;
      return new Date(clock);
    });
    await mailer.send({ to: 'a@kommune.local', subject: 'første', text: 'one', html: '<p>one</p>' });
    await mailer.send({ to: 'b@kommune.local', subject: 'anden', text: 'two', html: '<p>two</p>' });

    const response = await routes()(request('GET', '/local/mail'));

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual([
      {
        to: 'b@kommune.local',
        subject: 'anden',
        text: 'two',
        html: '<p>two</p>',
        sentAt: '2026-03-04T09:00:02.000Z',
      },
      {
        to: 'a@kommune.local',
        subject: 'første',
        text: 'one',
        html: '<p>one</p>',
        sentAt: '2026-03-04T09:00:01.000Z',
      },
    ]);
  });

  it('shows the outbox as a page with clickable, escaped links at ?format=html and /local/mailbox', async () => {
    await new OutboxMailer(outboxDir).send({
      to: 'sagsbehandler@kommune.local',
      subject: 'Ny ansøgning <til> behandling',
      text: 'Åbn sagen: http://127.0.0.1:3000/decisions/abc123def456',
      html: '',
    });

    const page = await routes()(request('GET', '/local/mail', { format: 'html' }));
    const mailbox = await routes()(request('GET', '/local/mailbox'));

    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Ny ansøgning &lt;til&gt; behandling');
    expect(page.body).toContain(
      '<a href="http://127.0.0.1:3000/decisions/abc123def456">http://127.0.0.1:3000/decisions/abc123def456</a>',
    );
    expect(mailbox.body).toBe(page.body);
  });

  it('keeps an attachment as a file beside the e-mail: the JSON names it, the mailbox links it, the route serves it', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\nbrev\n%%EOF\n');
    await new OutboxMailer(outboxDir).send({
      to: 'mette@example.test',
      subject: 'Afgørelse om din ansøgning (sag ABCDEF12)',
      text: 'Afgørelsen er vedhæftet som PDF.',
      html: '<p>Afgørelsen er vedhæftet som PDF.</p>',
      attachments: [{ filename: 'afgoerelse-ABCDEF12.pdf', contentType: 'application/pdf', content: pdf }],
    });

    const [sent] = JSON.parse((await routes()(request('GET', '/local/mail'))).body);
    const file = sent.attachments[0].file as string;
    const page = await routes()(request('GET', '/local/mailbox'));
    const served = await routes()(request('GET', `/local/mail/attachments/${file}`));

    expect(Object.keys(sent).sort()).toEqual(['attachments', 'html', 'sentAt', 'subject', 'text', 'to']);
    expect(sent.attachments).toEqual([
      { filename: 'afgoerelse-ABCDEF12.pdf', contentType: 'application/pdf', size: pdf.length, file },
    ]);
    expect(page.body).toContain(`<a href="/local/mail/attachments/${file}">afgoerelse-ABCDEF12.pdf</a>`);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(served.body, 'base64')).toEqual(Buffer.from(pdf));
    for (const bad of ['../outbox.json', `${file.replace('.pdf', '.json')}`, 'missing-0.pdf']) {
      expect((await routes()(request('GET', `/local/mail/attachments/${bad}`))).status).toBe(404);
    }
  });

  /** The local routes over the payout harness's ledger, batches, files and clock, with `count` payouts due. */
  async function payoutRoutes(count: number) {
    const payout = payoutHarness();
    await seed(payout.ledger, count);
    const { deps } = harness();
    deps.ledger = payout.ledger;
    deps.payouts = { batches: payout.batches, files: payout.files, settings: payoutSettings };
    deps.env = payout.env;
    // As infra/local/deps.ts sets it: the local staff API answers callers on this machine.
    deps.settings.staffApiWithoutSignIn = true;
    ready = true;
    const serve = localRoutes({
      ready: () => ready,
      outboxDir,
      deps: () => deps,
      advance: async () => new Date(0),
      onFault: () => {},
    });
    return { ...payout, serve };
  }

  it('runs a payout batch now on POST /local/payout-runs and lists it on GET /api/payout-batches', async () => {
    const { serve } = await payoutRoutes(3);

    const run = await serve(request('POST', '/local/payout-runs'));
    const listed = await serve(request('GET', '/api/payout-batches'));

    expect(run.status).toBe(200);
    // Wednesday 4 March 2026, 10:15:00 Copenhagen: the batch is named after the second it ran.
    expect(JSON.parse(run.body)).toMatchObject({
      batchId: '20260304T101500',
      files: [{ format: 'csv' }, { format: 'pain.001.001.03' }, { format: 'manifest' }],
    });
    expect(JSON.parse(listed.body).batches).toMatchObject([
      { id: '20260304T101500', count: 3, step: 'ready' },
    ]);
  });

  it('puts a payout approved after a manual run into the next manual run, and only that one', async () => {
    const { serve, env, ledger, files } = await payoutRoutes(2);

    const first = JSON.parse((await serve(request('POST', '/local/payout-runs'))).body);
    env.current = new Date('2026-03-04T14:30:12Z');
    await ledger.schedule(entry(5, { applicationId: 'approved-in-between', dueDate: '2026-03-05' }));
    const second = JSON.parse((await serve(request('POST', '/local/payout-runs'))).body);
    const listed = JSON.parse((await serve(request('GET', '/api/payout-batches'))).body);

    expect(first.batchId).toBe('20260304T101500');
    expect(second.batchId).toBe('20260304T153012');
    expect(listed.batches).toMatchObject([
      { id: '20260304T153012', count: 1, sumOre: entry(5).amountOre },
      { id: '20260304T101500', count: 2 },
    ]);
    expect((await ledger.get('approved-in-between'))?.batchId).toBe('20260304T153012');
    const csv = files.files.get(`payouts/${second.batchId}/payouts-${second.batchId}.csv`)?.body ?? '';
    expect(csv.trim().split('\r\n')).toHaveLength(3); // header, the new payout, the totals
  });

  it('does not take the id of the next scheduled run', async () => {
    const { serve, env, deps } = await payoutRoutes(1);
    env.current = new Date('2026-11-22T14:30:12Z'); // Sunday: the next run is Monday 06:00
    const next = nextSlot(deps.settings.cadence, env.now(), deps.calendar);

    const run = JSON.parse((await serve(request('POST', '/local/payout-runs'))).body);

    expect(next.batchId).toBe('20261123T0600');
    expect(run.batchId).toBe('20261122T153012');
  });
});
