import { Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { MemoryCheckpointStore } from '../../shared/adapters/local/checkpoints';
import { LocalClock } from '../../shared/adapters/local/clock';
import { type LocalHandlers, LocalWorkflowEngine } from '../../shared/adapters/local/workflow-engine';
import type { Settings } from '../../shared/app/deps';
import type { DecisionLink, LinkPurpose } from '../../shared/app/ports';
import { answerRequest } from '../../shared/app/use-cases/answer-request';
import { openLink } from '../../shared/app/use-cases/open-link';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { STATE } from '../../workflows/application-workflow';
import { send } from '../functions/http/client';
import { definition, harness, submitCarSeat } from './harness';

/**
 * The harness on a local clock: the engine times waits out on it, and `advance` moves it as
 * POST /local/clock does, each timer's effects settled before the next.
 */
function timed(overrides: Partial<Settings> = {}, checkpoints = new MemoryCheckpointStore()) {
  let handlers: LocalHandlers | undefined;
  const h = harness(overrides, (real) => {
    handlers = real;
    return real;
  });
  const clock = new LocalClock({ realMillis: () => h.env.current.getTime() });
  h.env.now = () => clock.now();
  const engineOn = () => {
    if (!handlers) throw new Error('no handlers');
    const engine = new LocalWorkflowEngine(definition as never, handlers, {
      retryIntervalMs: 0,
      clock,
      checkpoints,
    });
    h.deps.workflow = engine;
    return engine;
  };
  const engine = engineOn();
  return {
    ...h,
    engine,
    clock,
    checkpoints,
    engineOn,
    advance: (iso: string, on = engine) =>
      clock.advance(Duration.fromISO(iso).toMillis(), async () => {
        await clock.idle();
        await on.idle();
      }),
  };
}
type T = ReturnType<typeof timed>;

/** The open link of a purpose for the application (the one its wait holds). */
function openLinkOf(h: T, id: string, purpose: LinkPurpose): DecisionLink {
  const wait = h.applications.items.get(id)?.wait;
  const link = wait && h.links.items.get(wait.linkId);
  if (!link || link.purpose !== purpose) throw new Error(`no open ${purpose} link for ${id}`);
  return structuredClone(link);
}

const mailsTo = (h: T, to: string) => h.mailer.sent.filter((m) => m.to === to);

async function inReview(h: T, overrides: Record<string, unknown> = {}) {
  const waiting = h.engine.whenWaiting(STATE.review);
  const id = await submitCarSeat(h, overrides);
  await waiting;
  return { id, link: openLinkOf(h, id, 'review') };
}

async function decide(h: T, link: DecisionLink, form: Record<string, string>) {
  return recordDecision(h.deps, link.id, { formToken: link.formToken, ...form });
}

describe('every wait ends somewhere: its time-out on the local clock', () => {
  it('escalates a review to the team lead after 14 days; the caseworker link then says so', async () => {
    const h = timed();
    const { id, link } = await inReview(h);

    await h.advance('P13DT23H');
    expect(mailsTo(h, h.deps.settings.teamLeadEmail)).toHaveLength(0);
    await h.advance('PT1H');

    expect(mailsTo(h, h.deps.settings.teamLeadEmail)).toHaveLength(1);
    expect(openLinkOf(h, id, 'escalation').recipient).toBe(h.deps.settings.teamLeadEmail);
    expect(h.links.items.get(link.id)).toMatchObject({ endedBy: 'escalated' });
    const page = await send(h as never, 'GET', `/decisions/${link.id}`);
    expect(page.status).toBe(410);
    expect(page.body).toContain('sendt til teamlederen');
    expect(h.applications.items.get(id)?.status).toBe('in-review');
  });

  it('sends the case back to the caseworker when the team lead lets 7 days pass, and never fails it', async () => {
    const h = timed();
    const { id } = await inReview(h);
    await h.advance('P14D');
    const escalation = openLinkOf(h, id, 'escalation');

    await h.advance('P7D');

    const back = openLinkOf(h, id, 'review');
    expect(back.id).not.toBe(escalation.id);
    expect(h.links.items.get(escalation.id)).toMatchObject({ endedBy: 'timed-out' });
    expect(mailsTo(h, h.deps.settings.caseworkerEmail).at(-1)?.subject).toContain('tilbage hos dig');
    expect(h.engine.executions.get(id)?.status).toBe('RUNNING');
    // Decided through the new link, the case goes on as usual.
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    expect(await decide(h, back, { action: 'approve' })).toEqual({ ok: true, action: 'approve' });
    await scheduled;
    expect(h.applications.items.get(id)?.status).toBe('payout-scheduled');
  });

  it('reminds the second approver with a new link after 7 days; the first link is revoked', async () => {
    const h = timed({ fourEyesAboveOre: 100_000 });
    const { id, link } = await inReview(h);
    const asked = h.engine.whenWaiting(STATE.secondApproval, id);
    await decide(h, link, { action: 'approve' });
    await asked;
    const first = openLinkOf(h, id, 'second-approval');

    await h.advance('P7D');

    const second = openLinkOf(h, id, 'second-approval');
    expect(second.id).not.toBe(first.id);
    expect(h.links.items.get(first.id)).toMatchObject({ endedBy: 'timed-out' });
    expect(mailsTo(h, h.deps.settings.secondApproverEmail).map((m) => m.subject)).toEqual([
      expect.stringContaining('Ansøgning til godkendelse'),
      expect.stringContaining('Påmindelse'),
    ]);
    expect(await decide(h, first, { action: 'approve' })).toMatchObject({ ok: false, code: 'wait-ended' });
    expect(h.engine.executions.get(id)?.status).toBe('RUNNING');
  });

  it('decides without the answer when the family lets 21 days pass; the answer link says the time ran out', async () => {
    const h = timed();
    const { id, link } = await inReview(h);
    const asked = h.engine.whenWaiting(STATE.askInformation, id);
    await decide(h, link, { action: 'request-information', reason: 'Hvilken stol er det?' });
    await asked;
    const question = openLinkOf(h, id, 'information');

    await h.advance('P21D');
    await h.engine.executions.get(id)?.done;

    expect(h.engine.executions.get(id)?.status).toBe('SUCCEEDED');
    expect(h.applications.items.get(id)?.status).toBe('rejected');
    expect(h.links.items.get(question.id)).toMatchObject({ endedBy: 'timed-out' });
    const late = await answerRequest(h.deps, question.id, {
      formToken: question.formToken,
      text: 'En i-Size.',
    });
    expect(late).toMatchObject({ ok: false, code: 'wait-ended', audience: 'family', endedBy: 'timed-out' });
    // A late answer changes nothing: the closed case stays rejected.
    expect(h.applications.items.get(id)?.status).toBe('rejected');
  });

  it('decides without the receipts when the family lets 14 days pass', async () => {
    const h = timed();
    const asked = h.engine.whenWaiting(STATE.waitForReceipts);
    const id = await submitCarSeat(h, { receipts: [] });
    await asked;
    const request = openLinkOf(h, id, 'receipts');

    await h.advance('P14D');
    await h.engine.executions.get(id)?.done;

    expect(h.applications.items.get(id)?.status).toBe('rejected');
    expect(h.links.items.get(request.id)).toMatchObject({ endedBy: 'timed-out' });
    expect((await openLink(h.deps, request.id)) as object).toMatchObject({ code: 'wait-ended' });
  });

  it('re-checks an unpaid payout after 20 days and waits again instead of failing', async () => {
    const h = timed();
    const { id, link } = await inReview(h, {
      expenses: [{ date: '2026-02-20', amount: '1499.00', description: 'Autostol, i-Size' }],
    });
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    await decide(h, link, { action: 'approve' });
    await scheduled;
    const again = h.engine.whenWaiting(STATE.schedulePayout, id);

    await h.advance('P20D');
    await again;

    expect(h.engine.executions.get(id)?.status).toBe('RUNNING');
    expect(h.applications.items.get(id)?.status).toBe('payout-scheduled');
    // One "bevilget" e-mail, not one per re-check.
    expect(h.mailer.sent.filter((m) => m.subject.includes('bevilget'))).toHaveLength(1);
  });
});

describe('a link is valid exactly while its wait is open', () => {
  it('is used once by a decision and then says it was decided', async () => {
    const h = timed();
    const { id, link } = await inReview(h);
    await decide(h, link, { action: 'reject', reason: 'Ikke dokumenteret.' });
    await h.engine.executions.get(id)?.done;

    expect(await decide(h, link, { action: 'approve' })).toMatchObject({ ok: false, code: 'link-used' });
    expect(h.applications.items.get(id)?.review).toMatchObject({ action: 'reject' });
    expect(h.applications.items.get(id)?.wait).toBeUndefined();
  });

  it('is used once by an answer, and the answer is recorded by the workflow', async () => {
    const h = timed();
    const { id, link } = await inReview(h);
    const asked = h.engine.whenWaiting(STATE.askInformation, id);
    await decide(h, link, { action: 'request-information', reason: 'Hvilken stol?' });
    await asked;
    const question = openLinkOf(h, id, 'information');
    const reviewAgain = h.engine.whenWaiting(STATE.review, id);

    expect(
      await answerRequest(h.deps, question.id, { formToken: question.formToken, text: 'i-Size' }),
    ).toEqual({ ok: true });
    await reviewAgain;

    expect(h.applications.items.get(id)?.answers?.[0]).toMatchObject({
      text: 'i-Size',
      question: 'Hvilken stol?',
    });
    expect(
      await answerRequest(h.deps, question.id, { formToken: question.formToken, text: 'igen' }),
    ).toMatchObject({ ok: false, code: 'link-used' });
  });

  it('is revoked when the execution fails, and its page says so', async () => {
    const h = timed();
    const { id, link } = await inReview(h);

    const recordFailure = (await import('../../functions/record-failure')).makeHandler(h.deps);
    await recordFailure({
      'detail-type': 'Step Functions Execution Status Change',
      detail: { name: id, status: 'FAILED' },
    });

    expect(h.links.items.get(link.id)).toMatchObject({ endedBy: 'failed' });
    const page = await send(h as never, 'GET', `/decisions/${link.id}`);
    expect(page.status).toBe(410);
    expect(page.body).toContain('teknisk fejl');
  });

  it('is revoked when the execution is stopped (aborted), and its page says so', async () => {
    const h = timed();
    const { id, link } = await inReview(h);
    const recordFailure = (await import('../../functions/record-failure')).makeHandler(h.deps);

    await recordFailure({
      'detail-type': 'Step Functions Execution Status Change',
      detail: { name: id, status: 'ABORTED' },
    });

    expect(h.links.items.get(link.id)).toMatchObject({ endedBy: 'stopped' });
    expect((await send(h as never, 'GET', `/decisions/${link.id}`)).body).toContain('stoppet');
  });

  it('records nothing when the workflow refuses the resume, and answers with a page, not a 500', async () => {
    const h = timed();
    const { id, link } = await inReview(h);
    // The workflow no longer knows the task (in the cloud: it timed out a moment ago, or was redriven).
    await h.engine.stop();

    const response = await send(h as never, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve' },
    });

    expect(response.status).toBe(410);
    expect(response.body).toContain('Der er ikke registreret noget');
    expect(h.applications.items.get(id)?.review).toBeUndefined();
    expect(h.journal.entries.filter((e) => e.entry.kind === 'caseworker-decision')).toHaveLength(0);
    expect(h.links.items.get(link.id)).toMatchObject({ endedBy: 'closed' });
  });
});

describe('restarts with a wait open', () => {
  for (const restarts of [2, 3]) {
    it(`keeps a waiting review across ${restarts} restarts in a row: one e-mail, one link, and it still decides`, async () => {
      const h = timed();
      const { id, link } = await inReview(h);
      let engine = h.engine;
      for (let i = 0; i < restarts; i++) {
        await engine.stop();
        engine = h.engineOn();
        await engine.resume();
      }

      const [saved] = await h.checkpoints.list();
      expect(saved).toMatchObject({ stateName: STATE.review, taskToken: link.taskToken });
      expect(saved?.deadline).toBeDefined();
      expect(mailsTo(h, h.deps.settings.caseworkerEmail)).toHaveLength(1);
      expect([...h.links.items.values()].filter((l) => l.applicationId === id)).toHaveLength(1);
      const scheduled = engine.whenWaiting(STATE.schedulePayout, id);
      expect(await decide(h, link, { action: 'approve' })).toEqual({ ok: true, action: 'approve' });
      await scheduled;
    });
  }

  it('asks again with the same token after a crash mid-request (kill -9): the link is found, no second e-mail', async () => {
    const h = timed();
    const { id, link } = await inReview(h);
    const [saved] = await h.checkpoints.list();
    if (!saved) throw new Error('no checkpoint');
    // As a process killed while the request step ran leaves it: the token saved, the step not done.
    await h.engine.stop();
    await h.checkpoints.save({ ...saved, asking: true });

    const engine = h.engineOn();
    await engine.resume();

    expect(engine.waiting()).toEqual([{ token: link.taskToken, stateName: STATE.review }]);
    expect(mailsTo(h, h.deps.settings.caseworkerEmail)).toHaveLength(1);
    expect((await h.checkpoints.list())[0]?.asking).toBeUndefined();
    expect(openLinkOf(h, id, 'review').id).toBe(link.id);
  });

  it('keeps the deadline across restarts: the review still escalates 14 days after it began', async () => {
    const h = timed();
    await inReview(h);
    await h.advance('P10D');
    await h.engine.stop();
    const engine = h.engineOn();
    await engine.resume();

    await h.advance('P3DT23H', engine);
    expect(mailsTo(h, h.deps.settings.teamLeadEmail)).toHaveLength(0);
    await h.advance('PT1H', engine);
    expect(mailsTo(h, h.deps.settings.teamLeadEmail)).toHaveLength(1);
  });
});
