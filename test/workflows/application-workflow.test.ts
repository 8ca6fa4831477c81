import { describe, expect, it } from 'vitest';
import { makeHandler as recordFailureHandler } from '../../functions/record-failure';
import { answerRequest } from '../../shared/app/use-cases/answer-request';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { remindReviewers } from '../../shared/app/use-cases/remind-reviewers';
import { STATE } from '../../workflows/application-workflow';
import { harness, pdf, submitCarSeat as submit } from './harness';

type H = ReturnType<typeof harness>;

/** The open link a waiting task stored, found by its task token. */
function linkFor(h: H, token: string) {
  const link = [...h.links.items.values()].find((l) => l.taskToken === token);
  if (!link) throw new Error('no link holds that token');
  return link;
}

/** Waits for a state and acts on its link as the person the e-mail went to. */
async function decide(
  h: H,
  id: string,
  state: string,
  form: { action: string; amount?: string; reason?: string },
) {
  const token = await h.engine.whenWaiting(state, id);
  const link = linkFor(h, token);
  return recordDecision(h.deps, link.id, { ...form, formToken: link.formToken });
}

/** The payout run's part: marks the ledger entry executed and resumes the workflow. */
async function payOut(h: H, id: string) {
  await h.engine.whenWaiting(STATE.schedulePayout, id);
  const entry = h.ledger.entries.get(id);
  if (!entry?.taskToken) throw new Error('no ledger entry with a token');
  entry.status = 'executed';
  await h.engine.succeed(entry.taskToken, { paid: true });
}

const execution = async (h: H, id: string) => {
  const run = h.engine.executions.get(id);
  await run?.done;
  return run;
};

describe('the application workflow, executing the synthesized definition', () => {
  it('carries an approved application to paid, telling the family', async () => {
    const h = harness();
    const id = await submit(h);
    expect(await decide(h, id, STATE.review, { action: 'approve' })).toEqual({ ok: true, action: 'approve' });
    await payOut(h, id);
    expect((await execution(h, id))?.status).toBe('SUCCEEDED');
    const stored = h.applications.items.get(id);
    expect(stored?.status).toBe('paid');
    expect(stored?.payout?.amountOre).toBe(150000);
    // Due the day it was approved (any run from then on pays it); the family expects the next run's day.
    expect(h.ledger.entries.get(id)?.dueDate).toBe('2026-03-04');
    expect(stored?.payout?.dueDate).toBe('2026-03-05');
    // 1.799,00 kr. claimed, 1.500,00 kr. granted (the rules' cap): a decision letter says why, then "paid".
    expect(h.mailer.sent.map((m) => m.to)).toEqual([
      'mette@example.test',
      'sagsbehandler@kommune.test',
      'mette@example.test',
      'mette@example.test',
    ]);
    expect(h.mailer.sent[0]?.subject).toMatch(/^Vi har modtaget din ansøgning/);
    expect(h.mailer.sent[2]?.subject).toMatch(/^Afgørelse/);
    expect(h.mailer.sent[2]?.text).toContain('bevilger 1.500,00 kr.');
    expect(h.mailer.sent[2]?.text).toContain('Kilde:');
    expect(h.mailer.sent[3]?.subject).toMatch(/^Pengene er udbetalt/);
  });

  it('tells the family of a full grant when the payout is scheduled, without complaint guidance', async () => {
    const h = harness();
    const id = await submit(h, {
      expenses: [{ date: '2026-02-20', amount: '1200.00', description: 'Autostol' }],
    });
    await decide(h, id, STATE.review, { action: 'approve' });
    await payOut(h, id);
    await execution(h, id);
    expect(h.mailer.sent.map((m) => m.subject.split(' (')[0])).toEqual([
      'Vi har modtaget din ansøgning',
      'Ny ansøgning til behandling',
      'Din ansøgning er bevilget',
      'Pengene er udbetalt',
    ]);
    const granted = h.mailer.sent[2];
    expect(granted?.text).toContain(
      'bevilger 1.200,00 kr. Pengene udbetales til din NemKonto omkring 5. marts 2026.',
    );
    expect(granted?.text).toContain(
      'grant DKK 1,200.00. The money will be paid to your NemKonto around 5 March 2026.',
    );
    expect(granted?.text).not.toContain('Klagevejledning');
  });

  it('starts the execution with the application id only and keeps personal data out of e-mail subjects and links', async () => {
    const h = harness();
    const id = await submit(h);
    const token = await h.engine.whenWaiting(STATE.review, id);
    const mail = h.mailer.sent.find((m) => m.to === 'sagsbehandler@kommune.test');
    expect(mail?.subject).not.toMatch(/Mette|0101801234|1799|1\.500/);
    expect(mail?.text).not.toContain(token);
    expect(mail?.text).toContain(`/decisions/${linkFor(h, token).id}`);
    expect(h.engine.executions.get(id)?.applicationId).toBe(id);
  });

  it('pays a partial approval and sends the family a decision letter for the rest', async () => {
    const h = harness();
    const id = await submit(h);
    const reason = 'Stolen fås til 1.000,00 kr. hos en anden forhandler.';
    await decide(h, id, STATE.review, { action: 'approve', amount: '1000.00', reason });
    await payOut(h, id);
    await execution(h, id);
    expect(h.applications.items.get(id)?.payout?.amountOre).toBe(100000);
    const letter = h.mailer.sent.find((m) => m.subject.startsWith('Afgørelse'));
    expect(letter?.text).toContain('bevilger 1.000,00 kr. Resten kan vi ikke imødekomme.');
    expect(letter?.text).not.toContain('kr..');
    expect(letter?.text).toContain(`Sagsbehandlerens begrundelse: ${reason}`);
    expect(letter?.text).toContain('Klagevejledning');
  });

  it('rejects with a decision letter giving the reasons, the legal basis and complaint guidance', async () => {
    const h = harness();
    const id = await submit(h);
    await decide(h, id, STATE.review, {
      action: 'reject',
      reason: 'Stolen er ikke godkendt efter ECE R 44.',
    });
    const run = await execution(h, id);
    expect(run?.status).toBe('SUCCEEDED');
    expect(h.applications.items.get(id)?.status).toBe('rejected');
    const letter = h.mailer.sent.at(-1);
    expect(letter?.to).toBe('mette@example.test');
    expect(letter?.text).toContain('Stolen er ikke godkendt');
    expect(letter?.text).toContain('Retsgrundlag');
    expect(letter?.text).toContain('Ankestyrelsen');
    expect(h.ledger.entries.has(id)).toBe(false);
  });

  it('asks the family for information and resumes the same execution when they answer', async () => {
    const h = harness();
    const id = await submit(h);
    await decide(h, id, STATE.review, {
      action: 'request-information',
      reason: 'Hvilken godkendelse har stolen?',
    });
    const token = await h.engine.whenWaiting(STATE.askInformation, id);
    const link = linkFor(h, token);
    expect(link.recipient).toBe('mette@example.test');
    expect(await answerRequest(h.deps, link.id, { formToken: link.formToken, text: 'i-Size' })).toMatchObject(
      { ok: true },
    );
    await decide(h, id, STATE.review, { action: 'approve' });
    await payOut(h, id);
    expect((await execution(h, id))?.status).toBe('SUCCEEDED');
    expect(h.applications.items.get(id)?.status).toBe('paid');
  });

  it('reminds a waiting caseworker after the configured working days and escalates to the team lead on time-out', async () => {
    const h = harness();
    const id = await submit(h);
    const token = await h.engine.whenWaiting(STATE.review, id);
    h.env.current = new Date('2026-03-10T07:00:00Z');
    expect(await remindReviewers(h.deps)).toEqual({ reminded: 1, overdue: 1 });
    expect(h.mailer.sent.at(-1)?.subject).toMatch(/^Påmindelse/);
    h.engine.timeOut(token);
    const escalated = await h.engine.whenWaiting(STATE.escalate, id);
    expect(linkFor(h, escalated).recipient).toBe('teamleder@kommune.test');
    const link = linkFor(h, escalated);
    await recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken });
    await payOut(h, id);
    expect((await execution(h, id))?.status).toBe('SUCCEEDED');
  });

  it('refuses a second decision through the same link', async () => {
    const h = harness();
    const id = await submit(h);
    const token = await h.engine.whenWaiting(STATE.review, id);
    const link = linkFor(h, token);
    await recordDecision(h.deps, link.id, { action: 'reject', reason: 'Nej', formToken: link.formToken });
    expect(
      await recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken }),
    ).toMatchObject({ ok: false, code: 'link-used' });
  });

  it('fails the document check for a receipt no longer in the bucket and asks the family for it', async () => {
    const h = harness();
    const id = await submit(h);
    // Submission refuses receipts that are not uploaded; one can still be gone by the document check.
    const [uploadId] = h.applications.items.get(id)?.receipts ?? [];
    h.receipts.objects.delete(`uploads/${uploadId}`);
    h.receipts.objects.delete(`receipts/${id}/${uploadId}`);
    const asked = h.engine.whenWaiting(STATE.waitForReceipts, id);
    await decide(h, id, STATE.review, { action: 'approve' });
    await asked;
    expect(h.applications.items.get(id)?.documents?.problems.map((p) => p.code)).toEqual(['missing']);
    expect(h.mailer.sent.at(-1)?.text).toContain('Kvitteringen blev aldrig uploadet');
  });

  it('fails the document check for a receipt already used in another application', async () => {
    const h = harness();
    const first = await submit(h, {}, pdf('same receipt'));
    await decide(h, first, STATE.review, { action: 'approve' });
    await h.engine.whenWaiting(STATE.schedulePayout, first);
    const second = await submit(h, {}, pdf('same receipt'));
    const asked = h.engine.whenWaiting(STATE.waitForReceipts, second);
    await decide(h, second, STATE.review, { action: 'approve' });
    await asked;
    expect(h.applications.items.get(second)?.documents?.problems.map((p) => p.code)).toEqual(['duplicate']);
  });

  it('pays the receipts that arrived in time and tells the family why the late one is not paid', async () => {
    const h = harness();
    h.env.current = new Date('2026-01-06T09:00:00Z');
    // One receipt from last year arrived after 5 January; the rules pay only this year's.
    const id = await submit(h, {
      expenses: [
        { date: '2025-12-20', amount: '1500.00', description: 'Autostol' },
        { date: '2026-01-02', amount: '1500.00', description: 'Autostol' },
      ],
    });
    expect(await decide(h, id, STATE.review, { action: 'approve' })).toMatchObject({ ok: true });
    await payOut(h, id);
    await execution(h, id);
    const stored = h.applications.items.get(id);
    expect(stored?.documents).toEqual({ ok: true, problems: [] });
    expect(stored?.payout?.amountOre).toBe(150_000);
    expect(stored?.status).toBe('paid');
    const letter = h.mailer.sent.find((m) => m.subject.startsWith('Afgørelse'));
    expect(letter?.text).toContain('bevilger 1.500,00 kr.');
    expect(stored?.decision?.reasons.map((r) => r.code)).toContain('late-documentation');
  });

  it('fails the document check for a file that is not a PDF or an image, whatever its name says', async () => {
    const h = harness();
    const id = await submit(h, {}, new TextEncoder().encode('MZ this is an executable'));
    const asked = h.engine.whenWaiting(STATE.waitForReceipts, id);
    await decide(h, id, STATE.review, { action: 'approve' });
    await asked;
    expect(h.applications.items.get(id)?.documents?.problems.map((p) => p.code)).toEqual(['unreadable']);
  });

  it('sends a grant above the limit to a second approver before the payout', async () => {
    const h = harness({ fourEyesAboveOre: 100_000 });
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'approve' });
    const token = await h.engine.whenWaiting(STATE.secondApproval, id);
    expect(linkFor(h, token).recipient).toBe('godkender@kommune.test');
    await decide2(h, token);
    await payOut(h, id);
    expect((await execution(h, id))?.status).toBe('SUCCEEDED');
    expect(h.applications.items.get(id)?.secondApproval?.decidedBy).toBe('godkender@kommune.test');
  });

  it('does not let the caseworker approve their own case as second approver', async () => {
    const h = harness({ fourEyesAboveOre: 100_000, secondApproverEmail: 'sagsbehandler@kommune.test' });
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'approve' });
    const token = await h.engine.whenWaiting(STATE.secondApproval, id);
    const link = linkFor(h, token);
    expect(
      await recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken }),
    ).toMatchObject({
      ok: false,
      code: 'own-case',
    });
  });

  it('retries a failing step, then fails the execution at that step for a redrive, and records the failure', async () => {
    let calls = 0;
    const h = harness({}, (handlers) => ({
      ...handlers,
      'evaluate-claim': async () => {
        calls++;
        throw Object.assign(new Error('DynamoDB is down'), {
          name: 'ProvisionedThroughputExceededException',
        });
      },
    }));
    const id = await submit(h);
    const run = await execution(h, id);
    expect(run?.status).toBe('FAILED');
    expect(calls).toBe(4);
    // In AWS an EventBridge rule on the execution's status change calls the same handler.
    await recordFailureHandler(h.deps)({
      'detail-type': 'Step Functions Execution Status Change',
      detail: { name: id, status: 'FAILED' },
    });
    expect(h.applications.items.get(id)?.status).toBe('failed');
    expect(h.metrics.counts.get('ApplicationFailed')).toBe(1);
  });

  it('catches a permanent fault, records it and ends in "Application failed"', async () => {
    const h = harness({}, (handlers) => ({
      ...handlers,
      'evaluate-claim': async () => {
        throw Object.assign(new Error('gone'), { name: 'ApplicationNotFoundError' });
      },
    }));
    const id = await submit(h);
    const run = await execution(h, id);
    expect(run?.status).toBe('FAILED');
    expect(h.applications.items.get(id)?.status).toBe('failed');
    expect(h.journal.entries.at(-1)?.entry).toMatchObject({
      kind: 'failure',
      error: 'ApplicationNotFoundError',
    });
  });

  it('retries a step that fails once and carries on', async () => {
    let calls = 0;
    const h = harness({}, (handlers) => ({
      ...handlers,
      'evaluate-claim': async (payload) => {
        calls++;
        if (calls === 1) throw new Error('transient');
        return handlers['evaluate-claim'](payload);
      },
    }));
    const id = await submit(h);
    await h.engine.whenWaiting(STATE.review, id);
    expect(calls).toBe(2);
  });
});

/** The second approver approves through their link. */
async function decide2(h: H, token: string) {
  const link = linkFor(h, token);
  return recordDecision(h.deps, link.id, { action: 'approve', formToken: link.formToken });
}
