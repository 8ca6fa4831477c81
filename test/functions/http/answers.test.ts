import { describe, expect, it } from 'vitest';
import { type H, harness, linkFor, STATE, send, snapshot, submitAndWait, upload } from './client';

/** An application whose caseworker asked the family a question; returns the family's answer link. */
async function askFamily(h: H, question = 'Hvilken godkendelse har stolen?') {
  const { id, link } = await submitAndWait(h);
  const asked = h.engine.whenWaiting(STATE.askInformation, id);
  await send(h, 'POST', `/decisions/${link.id}`, {
    form: { formToken: link.formToken, action: 'request-information', reason: question },
  });
  return { id, answer: linkFor(h, await asked), review: link };
}

const uploadIds = ['receiptAAAAAAAAAAAAAAAA', 'receiptBBBBBBBBBBBBBBBB'];

describe('GET /answers/{id}', () => {
  it("shows the family the caseworker's question and a form, and changes nothing", async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const before = snapshot(h);
    const response = await send(h, 'GET', `/answers/${answer.id}`);
    expect(snapshot(h)).toEqual(before);
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const page = response.body;
    expect(page).toContain('<html lang="da">');
    expect(page).toContain('Hvilken godkendelse har stolen?');
    expect(page).toContain(`<input type="hidden" name="formToken" value="${answer.formToken}">`);
    expect(page).toContain('<label for="text" class="form-label">Dit svar</label>');
    // Receipts are chosen as files; the script puts their upload ids in the hidden field.
    expect(page).toContain('<input type="hidden" name="receipts" value="">');
    expect(page).toContain('<input class="form-input" type="file" id="receipt-files" multiple');
    // One script, which carries the uploading in its bundle (shared/browser/upload.ts).
    expect(page).toMatch(/<script src="\/assets\/app\/answer\.js\?v=[0-9a-f]+" defer>/);
    expect(page).not.toContain('upload.js');
    // The page uploads receipts straight to the bucket, so it may connect to the bucket's origin.
    expect(response.headers['content-security-policy']).toContain("connect-src 'self' ");
    expect(page).toContain(`href="/answers/${answer.id}?lang=en" lang="en" hreflang="en">English</a>`);
    expect(page).not.toMatch(/Mette|0101801234|mette@example/);
  });

  it('shows the page in English with ?lang=en', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const page = (await send(h, 'GET', `/answers/${answer.id}?lang=en`)).body;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Answer the municipality&#39;s question');
    expect(page).toContain('Hvilken godkendelse har stolen?');
    expect(page).toContain('<label for="text" class="form-label">Your answer</label>');
    expect(page).not.toContain('Dit svar');
  });

  it("escapes the caseworker's question", async () => {
    const h = harness();
    const { answer } = await askFamily(h, '<img src=x onerror=alert(1)>?');
    const page = (await send(h, 'GET', `/answers/${answer.id}`)).body;
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;?');
  });

  it('does not take a decision link for an answer link', async () => {
    const h = harness();
    const { link } = await submitAndWait(h);
    expect((await send(h, 'GET', `/answers/${link.id}`)).status).toBe(404);
  });

  it('answers an unknown link with a 404 page', async () => {
    const response = await send(harness(), 'GET', '/answers/id0000000000000000000999');
    expect(response.status).toBe(404);
    expect(response.body).toContain('The link does not exist.');
  });
});

describe('POST /answers/{id}', () => {
  it("records the family's answer with its receipts and resumes the workflow", async () => {
    const h = harness();
    const { id, answer } = await askFamily(h);
    // Receipts must have been uploaded (issue 12: ids that never were are refused).
    const uploadIds = [await upload(h), await upload(h)];
    const reviewAgain = h.engine.whenWaiting(STATE.review, id);
    const response = await send(h, 'POST', `/answers/${answer.id}`, {
      form: { formToken: answer.formToken, text: 'Den er i-Size godkendt.', receipts: uploadIds.join(', ') },
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('Tak for dit svar');
    await reviewAgain;
    expect(h.applications.items.get(id)?.receipts.slice(-2)).toEqual(uploadIds);
    expect(h.journal.entries.find((e) => e.entry.kind === 'family-answer')?.entry).toMatchObject({
      text: 'Den er i-Size godkendt.',
      receipts: uploadIds,
    });
  });

  it('tells the family by when to answer, and brings the answer to the caseworker with the question', async () => {
    const h = harness();
    const { id, answer } = await askFamily(h, 'Hvilken godkendelse har stolen?');
    const request = h.mailer.sent.at(-1);
    expect(request?.to).toBe('mette@example.test');
    // 4 March 2026 + 21 days.
    expect(request?.text).toContain('Svar senest 25. marts 2026.');
    expect(request?.text).toContain('Please answer by 25 March 2026.');

    const reviewAgain = h.engine.whenWaiting(STATE.review, id);
    await send(h, 'POST', `/answers/${answer.id}`, {
      form: { formToken: answer.formToken, text: 'Den er i-Size godkendt.' },
    });
    const link = linkFor(h, await reviewAgain);
    const mail = h.mailer.sent.at(-1);
    expect(mail?.subject).toMatch(/^Familien har svaret/);
    expect(mail?.subject).not.toMatch(/Mette|i-Size/);
    const page = (await send(h, 'GET', `/decisions/${link.id}`)).body;
    expect(page).toContain('Familiens svar');
    expect(page).toMatch(/Spørgsmål:<\/p><blockquote><p>Hvilken godkendelse har stolen\?<\/p>/);
    expect(page).toMatch(/Svar:<\/p><blockquote><p>Den er i-Size godkendt\.<\/p>/);
  });

  it('refuses a post without the anti-forgery field', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const before = snapshot(h);
    const response = await send(h, 'POST', `/answers/${answer.id}`, { form: { text: 'Svar' } });
    expect(response.status).toBe(400);
    expect(response.body).toContain(`href="/answers/${answer.id}"`);
    expect(snapshot(h)).toEqual(before);
  });

  it('refuses an empty answer', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const response = await send(h, 'POST', `/answers/${answer.id}`, {
      form: { formToken: answer.formToken, text: ' ', receipts: '' },
    });
    expect(response.status).toBe(400);
    // The form again, opened at DKFDS's error summary, the text field marked with its message.
    expect(response.body).toContain('<form method="post" action="#error-summary" id="answer"');
    expect(response.body).toContain(
      '<a class="function-link" href="#text">Skriv et svar eller vedhæft kvitteringer.</a>',
    );
    expect(response.body).toMatch(
      /<textarea id="text"[^>]* aria-invalid="true" aria-describedby="text-error">/,
    );
    const english = await send(h, 'POST', `/answers/${answer.id}?lang=en`, {
      form: { formToken: answer.formToken, text: '', receipts: '' },
    });
    expect(english.body).toContain('Write an answer or attach receipts.');
    expect(english.body).toContain('There is a problem');
  });

  it('refuses an upload id that is not one instead of dropping it', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const response = await send(h, 'POST', `/answers/${answer.id}`, {
      form: { formToken: answer.formToken, text: 'Her', receipts: `${uploadIds[0]}, ../etc/passwd` },
    });
    expect(response.status).toBe(400);
    expect(h.links.items.get(answer.id)?.usedAt).toBeUndefined();
  });

  it('records an answer once and refuses the second post', async () => {
    const h = harness();
    const { answer } = await askFamily(h);
    const form = { formToken: answer.formToken, text: 'Svar' };
    expect((await send(h, 'POST', `/answers/${answer.id}`, { form })).status).toBe(200);
    const second = await send(h, 'POST', `/answers/${answer.id}`, { form });
    expect(second.status).toBe(409);
    expect(second.body).toContain('Der er allerede svaret via dette link.');
  });
});
