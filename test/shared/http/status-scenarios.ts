import type { Application } from '../../../shared/app/application';
import type { Mail } from '../../../shared/app/ports';
import { recordDecision } from '../../../shared/app/use-cases/record-decision';
import { STATE } from '../../../workflows/application-workflow';
import { harness, pdf, submitCarSeat } from '../../workflows/harness';

type H = ReturnType<typeof harness>;

/** One application brought to a status through the real workflow, with the clock it was left at. */
export type Scenario = { name: string; application: Application; now: Date; mails: Mail[] };

const linkFor = (h: H, token: string) => {
  const link = [...h.links.items.values()].find((l) => l.taskToken === token);
  if (!link) throw new Error('no link holds that token');
  return link;
};

type Form = { action: string; amount?: string; reason?: string };

/** Decides through the link of the task `token` waits in, as the person the e-mail went to. */
async function decide(h: H, token: string, form: Form) {
  const link = linkFor(h, token);
  const result = await recordDecision(h.deps, link.id, { ...form, formToken: link.formToken });
  if (!result.ok) throw new Error(`decision refused: ${JSON.stringify(result)}`);
}

/**
 * Waits for `state` while `act` runs: the watcher is set first, so a state the workflow reaches
 * during `act` is not missed. Resolves with the task token.
 */
async function reach(h: H, id: string, state: string, act: () => Promise<unknown> = async () => {}) {
  const waiting = h.engine.whenWaiting(state, id);
  await act();
  return waiting;
}

/** The payout run's part for a payout waiting on `token`: the entry executed, the workflow resumed. */
async function payOut(h: H, id: string, token: string) {
  const entry = h.ledger.entries.get(id);
  if (!entry?.taskToken || entry.taskToken !== token) throw new Error('no ledger entry with that token');
  entry.status = 'executed';
  await h.engine.succeed(entry.taskToken, { paid: true });
  await h.engine.executions.get(id)?.done;
}

/** The scenario's application as stored now, with the clock and every e-mail sent so far. */
const taken = (h: H, name: string, id: string): Scenario => ({
  name,
  application: structuredClone(h.applications.items.get(id) as Application),
  now: h.env.now(),
  mails: [...h.mailer.sent],
});

/**
 * Car-seat applications (claimed 1.799,00 kr., the rules pay 1.500,00 kr.) in every status a
 * family can see, driven through the synthesized workflow on the memory stores (4 March 2026).
 */
export async function statusScenarios(): Promise<Scenario[]> {
  const out: Scenario[] = [];
  const approve = { action: 'approve' };
  {
    const h = harness();
    let id = '';
    const review = await reach(h, '', STATE.review, async () => {
      id = await submitCarSeat(h);
    });
    out.push(taken(h, 'in-review', id));
    await reach(h, id, STATE.askInformation, () =>
      decide(h, review, { action: 'request-information', reason: 'Hvilken godkendelse har stolen?' }),
    );
    out.push(taken(h, 'information-requested', id));
  }
  {
    const h = harness();
    let id = '';
    const receipts = await reach(h, '', STATE.waitForReceipts, async () => {
      id = await submitCarSeat(h, { receipts: [] });
    });
    out.push(taken(h, 'awaiting-receipts', id));
    h.engine.timeOut(receipts);
    await h.engine.executions.get(id)?.done;
    out.push(taken(h, 'rejected-no-answer', id));
  }
  {
    const h = harness({ fourEyesAboveOre: 100_000 });
    const { id, review } = await submitted(h);
    await reach(h, id, STATE.secondApproval, () => decide(h, review, approve));
    out.push(taken(h, 'awaiting-second-approval', id));
  }
  {
    const h = harness();
    const { id, review } = await submitted(h, {
      expenses: [
        { date: '2026-02-20', amount: '1200.00', description: 'Autostol', approvalStandard: 'i-size' },
      ],
    });
    const payout = await reach(h, id, STATE.schedulePayout, () => decide(h, review, approve));
    out.push(taken(h, 'payout-scheduled', id));
    await payOut(h, id, payout);
    out.push(taken(h, 'paid-before-the-payout-day', id));
    h.env.current = new Date('2026-03-05T08:00:00Z');
    out.push(taken(h, 'paid', id));
  }
  {
    const h = harness();
    const { id, review } = await submitted(h);
    const payout = await reach(h, id, STATE.schedulePayout, () => decide(h, review, approve));
    await payOut(h, id, payout);
    out.push(taken(h, 'paid-capped-by-the-rules', id));
  }
  {
    const h = harness();
    const { id, review } = await submitted(h);
    const reason = 'Stolen fås til 1.000,00 kr. hos en anden forhandler.';
    await reach(h, id, STATE.schedulePayout, () =>
      decide(h, review, { action: 'approve', amount: '1000.00', reason }),
    );
    out.push(taken(h, 'partly-granted', id));
  }
  {
    const h = harness();
    const { id, review } = await submitted(h);
    await decide(h, review, { action: 'reject', reason: 'Stolen er ikke godkendt efter ECE R 44.' });
    await h.engine.executions.get(id)?.done;
    out.push(taken(h, 'rejected', id));
  }
  {
    const h = harness();
    const { id, review } = await submitted(h, {}, new TextEncoder().encode('MZ not a receipt'));
    await decide(h, review, { action: 'approve', amount: '250.00', reason: 'Kun selepuden.' });
    await h.engine.executions.get(id)?.done;
    out.push(taken(h, 'rejected-by-the-document-check', id));
  }
  {
    const h = harness();
    const first = await submitted(h, {}, pdf('same receipt'));
    await reach(h, first.id, STATE.schedulePayout, () => decide(h, first.review, approve));
    const { id, review } = await submitted(h, {}, pdf('same receipt'));
    await decide(h, review, approve);
    await h.engine.executions.get(id)?.done;
    out.push(taken(h, 'rejected-receipt-used-before', id));
  }
  {
    const h = harness({}, (handlers) => ({
      ...handlers,
      'evaluate-claim': async () => {
        throw Object.assign(new Error('gone'), { name: 'ApplicationNotFoundError' });
      },
    }));
    const id = await submitCarSeat(h);
    await h.engine.executions.get(id)?.done;
    out.push(taken(h, 'failed', id));
  }
  return out;
}

/** A car seat submitted and waiting for the caseworker: its id and the review's task token. */
async function submitted(h: H, overrides: Record<string, unknown> = {}, receipt?: Uint8Array) {
  let id = '';
  const review = await reach(h, '', STATE.review, async () => {
    id = await submitCarSeat(h, overrides, receipt);
  });
  return { id, review };
}
