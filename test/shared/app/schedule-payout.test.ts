import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../shared/app/use-cases/record-decision';
import { schedulePayout } from '../../../shared/app/use-cases/schedule-payout';
import { STATE } from '../../../workflows/application-workflow';
import { harness, submitCarSeat } from '../../workflows/harness';

const APPROVED = 'Din ansøgning er bevilget';

/** A Randers car seat claimed at 1200.00, all of it payable, approved by the caseworker through the link. */
async function approveInFull(h: ReturnType<typeof harness>) {
  const id = await submitCarSeat(h, {
    expenses: [
      { date: '2026-02-20', amount: '1200.00', description: 'Autostol', approvalStandard: 'i-size' },
    ],
  });
  await h.engine.whenWaiting(STATE.review, id);
  const link = h.links.items.get(h.applications.items.get(id)?.wait?.linkId ?? '');
  if (!link) throw new Error('the application waits for no link');
  await recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken });
  return id;
}

const approvals = (h: ReturnType<typeof harness>) =>
  h.mailer.sent.filter((m) => m.subject.startsWith(APPROVED));

describe('scheduling the payout of an application granted in full', () => {
  it('tells the family once, and marks that it did', async () => {
    const h = harness();
    const id = await approveInFull(h);
    await h.engine.whenWaiting(STATE.schedulePayout, id);
    expect(approvals(h)).toHaveLength(1);
    const application = h.applications.items.get(id);
    expect(application?.status).toBe('payout-scheduled');
    expect(application?.payout?.announcedAt).toBe(h.env.now().toISOString());
  });

  it('still tells the family when the step stopped between saving the status and sending: the redrive sends it', async () => {
    const h = harness();
    const send = h.mailer.send.bind(h.mailer);
    // The "bevilget" e-mail fails as a crash would: after the status is saved, before the e-mail is out.
    h.mailer.send = async (mail) => {
      if (mail.subject.startsWith(APPROVED)) throw new Error('the process stopped');
      return send(mail);
    };
    const id = await approveInFull(h);
    await h.engine.idle();
    // The execution failed at the step, with the status saved and no e-mail sent.
    expect(h.engine.executions.get(id)?.status).toBe('FAILED');
    expect(h.applications.items.get(id)?.status).toBe('payout-scheduled');
    expect(approvals(h)).toHaveLength(0);
    // The operator redrives the execution from the failed step once SES answers again.
    h.mailer.send = send;
    await schedulePayout(h.deps, id, 'redriven-task-token');
    await schedulePayout(h.deps, id, 'redriven-task-token');
    expect(approvals(h)).toHaveLength(1);
    expect(h.applications.items.get(id)?.payout?.announcedAt).toBe(h.env.now().toISOString());
  });
});
