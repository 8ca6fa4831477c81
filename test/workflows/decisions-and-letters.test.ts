import { describe, expect, it } from 'vitest';
import { seed } from '../../infra/local/seed';
import type { Application } from '../../shared/app/application';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { STATE } from '../../workflows/application-workflow';
import { harness, submitCarSeat as submit } from './harness';

type H = ReturnType<typeof harness>;

const linkFor = (h: H, token: string) => {
  const link = [...h.links.items.values()].find((l) => l.taskToken === token);
  if (!link) throw new Error('no link holds that token');
  return link;
};

/** Waits for a state and decides through its link; fails the test when the decision is refused. */
async function decide(
  h: H,
  id: string,
  state: string,
  form: { action: string; amount?: string; reason?: string },
) {
  const link = linkFor(h, await h.engine.whenWaiting(state, id));
  const result = await recordDecision(h.deps, link.id, { ...form, formToken: link.formToken });
  expect(result).toMatchObject({ ok: true });
  return link;
}

const done = async (h: H, id: string) => {
  await h.engine.executions.get(id)?.done;
  return h.applications.items.get(id) as Application;
};

const timeline = (application: Application) =>
  application.timeline.map((t) => `${t.status}${t.note ? `(${t.note})` : ''}`).join('>');

/** Marks the ledger entry executed and resumes the payout wait. */
async function payOut(h: H, id: string) {
  await h.engine.whenWaiting(STATE.schedulePayout, id);
  const entry = h.ledger.entries.get(id);
  if (!entry?.taskToken) throw new Error('no ledger entry with a token');
  entry.status = 'executed';
  await h.engine.succeed(entry.taskToken, { paid: true });
}

describe('partial approvals and the four-eyes limit', () => {
  const reason = 'Kun den billigste godkendte model.';

  it('pays a partial approval at or below the limit without a second approver', async () => {
    const h = harness({ fourEyesAboveOre: 100_000 });
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'approve', amount: '900.00', reason });
    await payOut(h, id);
    const paid = await done(h, id);
    expect(paid.status).toBe('paid');
    expect(paid.payout?.amountOre).toBe(90_000);
    expect([...h.links.items.values()].some((l) => l.purpose === 'second-approval')).toBe(false);
    const letter = h.mailer.sent.find((m) => m.subject.startsWith('Afgørelse'));
    expect(letter?.text).toContain('bevilger 900,00 kr. Resten');
    expect(letter?.text).toContain(reason);
  });

  it('sends a partial approval above the limit to the second approver, then the letter with its reason', async () => {
    const h = harness({ fourEyesAboveOre: 100_000 });
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'approve', amount: '1200.00', reason });
    const second = await decide(h, id, STATE.secondApproval, { action: 'approve', amount: '1500.00' });
    expect(second.recipient).toBe('godkender@kommune.test');
    await payOut(h, id);
    const paid = await done(h, id);
    expect(paid.payout?.amountOre).toBe(120_000);
    const letter = h.mailer.sent.find((m) => m.subject.startsWith('Afgørelse'));
    expect(letter?.text).toContain('bevilger 1.200,00 kr. Resten');
    expect(letter?.text).toContain(`Sagsbehandlerens begrundelse: ${reason}`);
  });

  it("gives the second approver's reason when the second approver rejects", async () => {
    const h = harness({ fourEyesAboveOre: 100_000 });
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'approve', amount: '1200.00', reason });
    await decide(h, id, STATE.secondApproval, { action: 'reject', reason: 'Stolen er brugt.' });
    const rejected = await done(h, id);
    expect(rejected.status).toBe('rejected');
    const letter = h.mailer.sent.at(-1);
    expect(letter?.text).toContain('Sagsbehandlerens begrundelse: Stolen er brugt.');
    expect(letter?.text).not.toContain(reason);
    expect(timeline(rejected)).toBe(
      'submitted>in-review>documents-check>approved>awaiting-second-approval>rejected(rejection)',
    );
  });
});

describe("the family's timeline", () => {
  it('shows a rejection once, with the letter on it', async () => {
    const h = harness();
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'reject', reason: 'Stolen er ikke godkendt.' });
    const rejected = await done(h, id);
    expect(timeline(rejected)).toBe('submitted>in-review>rejected(rejection)');
    const letter = h.mailer.sent.at(-1);
    expect(letter?.text).not.toContain('Ydelsen er højst');
  });

  it('shows a refused receipt as a request for a new one, and a rejection only when none comes, with the letter in its own languages', async () => {
    const h = harness();
    const id = await submit(h, {}, new TextEncoder().encode('MZ not a receipt'));
    const asked = h.engine.whenWaiting(STATE.waitForReceipts, id);
    await decide(h, id, STATE.review, { action: 'approve' });
    h.engine.timeOut(await asked);
    const rejected = await done(h, id);
    expect(timeline(rejected)).toBe(
      'submitted>in-review>documents-check>awaiting-receipts(receipt-refused)>rejected(no-answer)',
    );
    const [da = '', en = ''] = (h.mailer.sent.at(-1)?.text ?? '').split('— English —');
    expect(da).toContain('Filen er ikke en PDF eller et billede.');
    expect(da).not.toContain('The file is not');
    expect(en).toContain('The file is not a PDF or an image.');
    expect(en).not.toContain('Filen er');
  });

  it('keeps an escalation on the in-review entry instead of repeating it', async () => {
    const h = harness();
    const id = await submit(h);
    h.engine.timeOut(await h.engine.whenWaiting(STATE.review, id));
    await h.engine.whenWaiting(STATE.escalate, id);
    expect(timeline(h.applications.items.get(id) as Application)).toBe('submitted>in-review(escalated)');
  });
});

describe('the e-mails with a link', () => {
  /** The HTML's Danish and English halves, and the links each holds. */
  const halves = (html: string) =>
    html.split('<hr>').map((half) => [...half.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]));

  it("give the caseworker the case's link in the Danish and the English half, and nothing personal", async () => {
    const h = harness();
    const id = await submit(h);
    const link = linkFor(h, await h.engine.whenWaiting(STATE.review, id));
    const mail = h.mailer.sent.find((m) => m.to === 'sagsbehandler@kommune.test');
    const url = `http://127.0.0.1:3000/decisions/${link.id}`;
    expect(halves(mail?.html ?? '')).toEqual([[url], [url]]);
    expect(mail?.html).toMatch(/lang="en">.*Open the case here:.*<a href=/);
    const lines = (mail?.text ?? '').split('\n');
    expect(lines[lines.indexOf('Åbn sagen her:') + 1]).toBe(url);
    expect(lines[lines.indexOf('Open the case here:') + 1]).toBe(url);
    expect(mail?.subject).not.toMatch(/Mette|0101801234|1799|1\.500/);
    expect(mail?.text).not.toMatch(/Mette|0101801234|mette@/);
  });

  it("give the family the answer link and the caseworker's question, escaped, in both halves", async () => {
    const h = harness();
    const id = await submit(h);
    await decide(h, id, STATE.review, { action: 'request-information', reason: 'Er stolen <i-Size>?' });
    const link = linkFor(h, await h.engine.whenWaiting(STATE.askInformation, id));
    const mail = h.mailer.sent.find((m) => m.to === 'mette@example.test' && m.text.includes('/answers/'));
    const url = `http://127.0.0.1:3000/answers/${link.id}`;
    expect(halves(mail?.html ?? '')).toEqual([[url], [url]]);
    expect(mail?.html).toContain('Spørgsmål: Er stolen &lt;i-Size&gt;?');
    expect(mail?.html).toContain('Question: Er stolen &lt;i-Size&gt;?');
    const lines = (mail?.text ?? '').split('\n');
    expect(lines[lines.indexOf('Svar her:') + 1]).toBe(url);
    expect(lines[lines.indexOf('Answer here:') + 1]).toBe(url);
    expect(mail?.subject).not.toMatch(/Mette|0101801234|stolen/);
  });
});

describe('the local seed', () => {
  it('takes every seeded decision, so the demo data is in the states it promises', async () => {
    const h = harness();
    h.env.current = new Date('2026-11-02T09:00:00Z');
    const count = await seed(h.deps, h.engine, async (key, bytes, contentType) => {
      h.receipts.objects.set(key, { bytes, contentType });
    });
    expect(count).toBe(5);
    const byBenefit = new Map([...h.applications.items.values()].map((a) => [a.benefit, a]));
    await h.engine.executions.get(byBenefit.get('rud-computer')?.id ?? '')?.done;
    const statuses = Object.fromEntries(
      [...h.applications.items.values()].map((a) => [a.benefit, h.applications.items.get(a.id)?.status]),
    );
    expect(statuses).toEqual({
      'ran-car-seat': 'in-review',
      'ran-mileage': 'payout-scheduled',
      'rud-computer': 'rejected',
      'rud-s41-camp-school': 'information-requested',
      'rud-bike-helmet': 'awaiting-receipts',
    });
    const computer = h.applications.items.get(byBenefit.get('rud-computer')?.id ?? '') as Application;
    expect(timeline(computer)).toBe('submitted>in-review>rejected(rejection)');
  });
});
