import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STATE } from '../../workflows/application-workflow';
import {
  caseworkerLinkFromMailbox,
  fillCarSeat,
  linkFromMailbox,
  signInAs,
  useBrowserSuite,
} from './harness';

const suite = useBrowserSuite();

describe('a refused receipt and the decision letter, end to end in Chromium', () => {
  it('asks the family for a new receipt, and when none comes, the letter is a PDF on the family’s own page', async () => {
    // Arrange: a family sends a "receipt" that is no PDF or image; the caseworker approves the claim.
    const page = await suite.browser.newPage();
    await page.goto(`${suite.runtime.url}/ansoeg/ran-car-seat`);
    await fillCarSeat(page);
    await page.setInputFiles('#receipts', {
      name: 'kvittering.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(`ikke en pdf ${randomUUID()}`),
    });
    await page.waitForSelector('#uploaded li[data-upload-id]');
    const review = suite.runtime.engine.whenWaiting(STATE.review);
    await page.click('#application button[type=submit]');
    await page.waitForURL(/\/kvittering\//);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await review;
    await page.goto(await caseworkerLinkFromMailbox(page, suite.runtime, id));
    await page.check('#action-approve');
    const asked = suite.runtime.engine.whenWaiting(STATE.waitForReceipts, id);
    await page.click('#decision-form button[type=submit]');
    await asked;

    // Act and assert: the family is asked for a new receipt, told which one and why.
    const answer = await linkFromMailbox(page, suite.runtime, id, 'mette@example.test', 'answers');
    await page.goto(answer);
    expect(await page.textContent('main')).toContain('Filen er ikke en PDF eller et billede');

    // Act: no answer in 14 days.
    await fetch(`${suite.runtime.url}/local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance":"P15D"}',
    });
    await suite.runtime.engine.executions.get(id)?.done;

    // Assert: the family, signed in with MitID, reads the decision and opens its letter as a PDF.
    await signInAs(suite.browser, suite.runtime, 'family:0101801234');
    await page.goto(`${suite.runtime.url}/mine-ansoegninger/${id}`);
    const pdfLink = page.locator(`a[href^="/mine-ansoegninger/${id}/breve/"]`);
    expect(await pdfLink.count()).toBe(1);
    const letter = await page.request.get(`${suite.runtime.url}${await pdfLink.getAttribute('href')}`);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
