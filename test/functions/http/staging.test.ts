import { describe, expect, it } from 'vitest';
import { bodyOf, claim, harness, linkFor, STATE, send, submitAndWait, upload } from './client';

describe('receipts move from staging under retention when the application is submitted', () => {
  it('copies each receipt under the application, so the case keeps it when the staging copy expires', async () => {
    const h = harness();
    const receipt = await upload(h);
    const waiting = h.engine.whenWaiting(STATE.review);
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-staging-0001' },
      json: claim({ receipts: [receipt] }),
    });
    const { id } = bodyOf(response);
    expect(h.receipts.objects.has(`receipts/${id}/${receipt}`)).toBe(true);

    const link = linkFor(h, await waiting);
    h.receipts.objects.delete(`uploads/${receipt}`);
    const shown = await send(h, 'GET', `/decisions/${link.id}/receipts/${receipt}`);
    expect(shown.status).toBe(200);
  });

  it("copies an answer's receipts under the application too", async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const asked = h.engine.whenWaiting(STATE.askInformation, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'request-information', reason: 'Kvittering?' },
    });
    const answer = linkFor(h, await asked);
    const fresh = await upload(h);

    await send(h, 'POST', `/answers/${answer.id}`, {
      form: { formToken: answer.formToken, text: 'Her', receipts: fresh },
    });

    expect(h.receipts.objects.has(`receipts/${id}/${fresh}`)).toBe(true);
  });

  it('checks the documents from the retained copies', async () => {
    const h = harness();
    const { id, link, receipt } = await submitAndWait(h);
    h.receipts.objects.delete(`uploads/${receipt}`);
    const checked = h.engine.whenWaiting(STATE.schedulePayout, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve' },
    });
    await checked;
    expect(h.applications.items.get(id)?.documents?.ok).toBe(true);
  });
});
