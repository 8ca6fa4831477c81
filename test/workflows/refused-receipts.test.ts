import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/app/application';
import { answerRequest } from '../../shared/app/use-cases/answer-request';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { answerPage } from '../../shared/http/answer-page';
import { STATE } from '../../workflows/application-workflow';
import { flat, readPdf } from '../shared/adapters/pdf/pdf-reader';
import { harness, pdf, submitCarSeat as submit } from './harness';

type H = ReturnType<typeof harness>;

const linkFor = (h: H, token: string) => {
  const link = [...h.links.items.values()].find((l) => l.taskToken === token);
  if (!link) throw new Error('no link holds that token');
  return link;
};

const stored = (h: H, id: string) => h.applications.items.get(id) as Application;

/** Submits a car seat whose receipt is no PDF; the caseworker approves; resolves with the receipts request's link. */
async function refusedReceipt(h: H) {
  const id = await submit(h, {}, new TextEncoder().encode('MZ not a receipt'));
  const review = linkFor(h, await h.engine.whenWaiting(STATE.review, id));
  const asked = h.engine.whenWaiting(STATE.waitForReceipts, id);
  expect(
    await recordDecision(h.deps, review.id, { action: 'approve', formToken: review.formToken }),
  ).toMatchObject({ ok: true });
  return { id, request: linkFor(h, await asked) };
}

/** The family uploads a new receipt (a PDF) and sends it through the request's link. */
async function sendNewReceipt(h: H, request: { id: string; formToken: string }) {
  const uploadId = h.env.randomId();
  h.receipts.objects.set(`uploads/${uploadId}`, {
    bytes: pdf(`new ${uploadId}`),
    contentType: 'application/pdf',
  });
  expect(
    await answerRequest(h.deps, request.id, { formToken: request.formToken, receipts: [uploadId] }),
  ).toMatchObject({ ok: true });
  return uploadId;
}

describe('a receipt the document check refuses', () => {
  it('asks the family for a new one in the same execution, naming the receipt and why in words', async () => {
    const h = harness();
    const { id, request } = await refusedReceipt(h);
    const application = stored(h, id);
    const mail = h.mailer.sent.at(-1);
    const [da = '', en = ''] = (mail?.text ?? '').split('— English —');

    expect(h.engine.executions.get(id)?.status).toBe('RUNNING');
    expect(application.status).toBe('awaiting-receipts');
    expect(application.wait).toMatchObject({ purpose: 'receipts', linkId: request.id });
    expect(mail?.to).toBe('mette@example.test');
    expect(mail?.subject).toBe(
      `Send en ny kvittering til din ansøgning (sag ${id.slice(0, 8).toUpperCase()})`,
    );
    expect(da).toContain(
      'Vi kan ikke bruge kvitteringen, du sendte med ansøgningen 4. marts 2026. Filen er ikke en PDF eller et billede.',
    );
    expect(da).toContain('Svar senest 18. marts 2026.');
    expect(en).toContain(
      'We cannot use the receipt you sent with your application on 4 March 2026. The file is not a PDF or an image.',
    );
    // Words, not ids: the upload id the family never saw stays out.
    expect(mail?.text).not.toContain(application.receipts[0] ?? 'no receipt');
    // The answer page says the same.
    const page = answerPage(h.deps, request, application, 'da');
    expect(page).toContain('Vi kan ikke bruge kvitteringen, du sendte med ansøgningen 4. marts 2026.');
  });

  it('goes back to the caseworker with the new receipt in place of the refused one, and on to payment', async () => {
    const h = harness();
    const { id, request } = await refusedReceipt(h);
    const [refused] = stored(h, id).receipts;
    const reviewAgain = h.engine.whenWaiting(STATE.review, id);
    const uploadId = await sendNewReceipt(h, request);
    const review = linkFor(h, await reviewAgain);

    expect(stored(h, id).receipts).toEqual([uploadId]);
    expect(stored(h, id).receipts).not.toContain(refused);
    expect(h.mailer.sent.at(-1)?.subject).toMatch(
      /^Familien har sendt nye kvitteringer: ansøgning til behandling/,
    );

    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    await recordDecision(h.deps, review.id, { action: 'approve', formToken: review.formToken });
    await scheduled;
    expect(stored(h, id).documents).toEqual({ ok: true, problems: [] });
    expect(stored(h, id).status).toBe('payout-scheduled');
    const checks = h.journal.entries.filter((e) => e.entry.kind === 'document-check').map((e) => e.entry.ok);
    expect(checks).toEqual([false, true]);
    // No refusal was ever sent.
    expect(h.journal.entries.some((e) => e.entry.kind === 'letter' && e.entry.letter !== 'partial')).toBe(
      false,
    );
  });

  it('asks again for a receipt used in another application, and does not refuse the application for it', async () => {
    const h = harness();
    const first = await submit(h, {}, pdf('same receipt'));
    const firstReview = linkFor(h, await h.engine.whenWaiting(STATE.review, first));
    const firstPaid = h.engine.whenWaiting(STATE.schedulePayout, first);
    await recordDecision(h.deps, firstReview.id, { action: 'approve', formToken: firstReview.formToken });
    await firstPaid;
    const second = await submit(h, {}, pdf('same receipt'));
    const review = linkFor(h, await h.engine.whenWaiting(STATE.review, second));
    const asked = h.engine.whenWaiting(STATE.waitForReceipts, second);
    await recordDecision(h.deps, review.id, { action: 'approve', formToken: review.formToken });
    await asked;

    expect(stored(h, second).status).toBe('awaiting-receipts');
    expect(h.mailer.sent.at(-1)?.text).toContain(
      'Vi kan ikke bruge kvitteringen, du sendte med ansøgningen 4. marts 2026. Kvitteringen er allerede brugt i en anden ansøgning.',
    );
    // The other family's application is never named.
    expect(h.mailer.sent.at(-1)?.text).not.toContain(first.slice(0, 8).toUpperCase());
  });

  it('refuses the application only when no new receipt comes in time, in a letter that names the receipt', async () => {
    const h = harness();
    const { id, request } = await refusedReceipt(h);
    h.engine.timeOut(request.taskToken);
    await h.engine.executions.get(id)?.done;
    const letter = h.mailer.sent.at(-1);
    const text = flat(readPdf(letter?.attachments?.[0]?.content ?? new Uint8Array()).text);

    expect(stored(h, id).status).toBe('rejected');
    expect(h.links.items.get(request.id)).toMatchObject({ endedBy: 'timed-out' });
    expect(letter?.subject).toMatch(/^Afgørelse om din ansøgning/);
    expect(text).toContain('Vi bad om en ny kvittering i stedet for den, vi ikke kunne bruge.');
    expect(text).toContain(
      'Vi kan ikke bruge kvitteringen, du sendte med ansøgningen 4. marts 2026. Filen er ikke en PDF eller et billede.',
    );
    expect(text).toContain('Klagevejledning');
  });
});
