import { describe, expect, it } from 'vitest';
import { MemoryCheckpointStore } from '../../shared/adapters/local/checkpoints';
import { type LocalHandlers, LocalWorkflowEngine } from '../../shared/adapters/local/workflow-engine';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { STATE } from '../../workflows/application-workflow';
import { definition, harness, submitCarSeat as submit } from '../workflows/harness';

/** The memory harness with an engine that keeps checkpoints, and a way to "restart" that engine. */
function restartable() {
  let handlers: LocalHandlers | undefined;
  const h = harness({}, (real) => {
    handlers = real;
    return real;
  });
  const checkpoints = new MemoryCheckpointStore();
  const engineWith = () => {
    if (!handlers) throw new Error('the harness built no handlers');
    const engine = new LocalWorkflowEngine(definition as never, handlers, {
      retryIntervalMs: 0,
      checkpoints,
    });
    h.deps.workflow = engine;
    return engine;
  };
  return { h, checkpoints, engineWith };
}

describe('LocalWorkflowEngine with checkpoints', () => {
  it('saves a waiting review with its raw state input and token, and resumes it with the same token', async () => {
    const { h, checkpoints, engineWith } = restartable();
    const first = engineWith();
    const waiting = first.whenWaiting(STATE.review);
    const id = await submit(h);
    const token = await waiting;
    await first.stop();

    const [saved] = await checkpoints.list();
    expect(saved).toMatchObject({ applicationId: id, stateName: STATE.review, taskToken: token });
    expect(saved?.input).toEqual({
      applicationId: id,
      evaluation: { outcome: 'approvable', receiptsMissing: false },
    });

    const second = engineWith();
    expect(await second.resume()).toBe(1);
    expect(second.waiting()).toEqual([{ token, stateName: STATE.review }]);
    const scheduled = second.whenWaiting(STATE.schedulePayout, id);
    const link = [...h.links.items.values()].find((l) => l.taskToken === token);
    const result = await recordDecision(h.deps, link?.id ?? '', {
      action: 'approve',
      formToken: link?.formToken ?? '',
    });
    expect(result).toEqual({ ok: true, action: 'approve' });
    await scheduled;
    expect(h.applications.items.get(id)?.status).toBe('payout-scheduled');
    // The caseworker got one e-mail: the resumed wait did not ask again.
    expect(h.mailer.sent.filter((m) => m.to === h.deps.settings.caseworkerEmail)).toHaveLength(1);
    expect((await checkpoints.list()).map((c) => c.stateName)).toEqual([STATE.schedulePayout]);
  });

  it('continues with an answer that arrived before the stop, without waiting again', async () => {
    const { h, checkpoints, engineWith } = restartable();
    const first = engineWith();
    const waiting = first.whenWaiting(STATE.review);
    const id = await submit(h);
    await waiting;
    await first.stop();
    const [saved] = await checkpoints.list();
    if (!saved) throw new Error('no checkpoint');
    // The caseworker decided through the link; the answer was saved, then the process stopped.
    const link = [...h.links.items.values()].find((l) => l.taskToken === saved.taskToken);
    if (!link) throw new Error('no link');
    const reject = { action: 'reject', partial: false, needsSecondApproval: false } as const;
    await h.links.use(link.id, link.formToken, h.env.now().toISOString(), {
      kind: 'decision',
      ...reject,
      reason: 'Ikke dokumenteret.',
    });
    await checkpoints.save({ ...saved, settlement: { output: { linkId: link.id, ...reject } } });

    const second = engineWith();
    await second.resume();
    await second.executions.get(id)?.done;

    expect(second.executions.get(id)?.status).toBe('SUCCEEDED');
    expect(h.applications.items.get(id)?.status).toBe('rejected');
    expect(await checkpoints.list()).toEqual([]);
  });

  it('re-runs a step that was running when the process stopped', async () => {
    const { h, checkpoints, engineWith } = restartable();
    h.deps.workflow = { start: async () => {}, succeed: async () => {}, fail: async () => {} };
    const id = await submit(h);
    await checkpoints.save({
      applicationId: id,
      stateName: STATE.evaluate,
      input: { applicationId: id },
      savedAt: '2026-03-04T09:15:00.000Z',
    });

    const engine = engineWith();
    const waiting = engine.whenWaiting(STATE.review, id);
    expect(await engine.resume()).toBe(1);

    expect(await waiting).toEqual(expect.any(String));
    expect((await checkpoints.list()).map((c) => c.stateName)).toEqual([STATE.review]);
  });

  it('removes the checkpoint when an execution ends', async () => {
    const { h, checkpoints, engineWith } = restartable();
    const engine = engineWith();
    const waiting = engine.whenWaiting(STATE.review);
    const id = await submit(h);
    const token = await waiting;
    await engine.fail(token, 'Rejected', 'test');
    await engine.executions.get(id)?.done;

    expect(await checkpoints.list()).toEqual([]);
  });
});
