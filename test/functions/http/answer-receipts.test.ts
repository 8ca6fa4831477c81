import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  claim,
  type H,
  harness,
  linkFor,
  STATE,
  send,
  snapshot,
  submitAndWait,
  upload,
} from './client';

async function askFamily(h: H) {
  const { id, link, receipt } = await submitAndWait(h);
  const asked = h.engine.whenWaiting(STATE.askInformation, id);
  await send(h, 'POST', `/decisions/${link.id}`, {
    form: { formToken: link.formToken, action: 'request-information', reason: 'Hvilken stol?' },
  });
  return { id, receipt, answer: linkFor(h, await asked) };
}

async function answerWith(h: H, answer: { id: string; formToken: string }, receipts: string[]) {
  return send(h, 'POST', `/answers/${answer.id}`, {
    form: { formToken: answer.formToken, text: 'Se kvitteringen', receipts: receipts.join(',') },
  });
}

describe('receipts in an answer', () => {
  it('refuses receipt ids that were never uploaded, naming the field, and records nothing', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const uploaded = await upload(h);
    const before = snapshot(h);

    const response = await answerWith(h, answer, [uploaded, 'neverUploadedAAAAAAAAAA']);

    expect(response.status).toBe(400);
    expect(response.body).toContain('receipts');
    expect(response.body).toContain('ikke uploadet');
    // Shown on the receipts field, with the summary linking to it.
    expect(response.body).toContain('href="#receipt-files"');
    expect(response.body).toMatch(/id="receipt-files"[^>]* aria-invalid="true"/);
    expect(snapshot(h)).toEqual(before);
  });

  it('refuses more than 50 receipts without looking them up', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const many = Array.from({ length: 51 }, (_, i) => `receipt${String(i).padStart(16, '0')}`);
    let lookups = 0;
    const exists = h.receipts.exists.bind(h.receipts);
    h.receipts.exists = async (key) => {
      lookups++;
      return exists(key);
    };

    const response = await answerWith(h, answer, many);

    expect(response.status).toBe(400);
    expect(response.body).toContain('50');
    expect(lookups).toBe(0);
    expect(h.links.items.get(answer.id)?.usedAt).toBeUndefined();
  });

  it('refuses the same receipt twice', async () => {
    const h = harness();
    const { answer, receipt } = await askFamily(h);
    const uploaded = await upload(h);

    expect((await answerWith(h, answer, [uploaded, uploaded])).status).toBe(400);
    expect((await answerWith(h, answer, [receipt])).status).toBe(400);
    expect(h.links.items.get(answer.id)?.usedAt).toBeUndefined();
  });

  it("refuses another case's receipt", async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const other = await submitAndWait(h, {
      applicant: { role: 'parent', name: 'Ole Hansen', email: 'ole@example.test', cpr: '0202802345' },
    });
    const before = snapshot(h);

    const response = await answerWith(h, answer, [other.receipt]);

    expect(response.status).toBe(400);
    expect(response.body).toContain('anden sag');
    expect(snapshot(h)).toEqual(before);
  });

  it('takes fresh, uploaded receipts', async () => {
    const h = harness();
    const { id, answer } = await askFamily(h);
    const fresh = [await upload(h), await upload(h)];
    const reviewAgain = h.engine.whenWaiting(STATE.review, id);

    const response = await answerWith(h, answer, fresh);

    expect(response.status).toBe(200);
    await reviewAgain;
    expect(h.applications.items.get(id)?.receipts.slice(-2)).toEqual(fresh);
  });
});

describe('receipts in an application', () => {
  it('refuses a receipt that belongs to another case, naming it, and stores nothing', async () => {
    const h = harness();
    const first = await submitAndWait(h);
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-reuses-receipt' },
      json: claim({
        applicant: { role: 'parent', name: 'Ole Hansen', email: 'ole@example.test', cpr: '0202802345' },
        receipts: [first.receipt],
      }),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors).toEqual([
      expect.objectContaining({ path: 'receipts[0]', en: expect.stringContaining('another case') }),
    ]);
    expect(h.applications.items.size).toBe(1);
  });

  it('refuses the same receipt twice in one application', async () => {
    const h = harness();
    const receipt = await upload(h);
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-twice-receipt' },
      json: claim({ receipts: [receipt, receipt] }),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual(['receipts[1]']);
    expect(h.applications.items.size).toBe(0);
  });
});
