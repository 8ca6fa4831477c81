import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';
import { STATE } from '../../workflows/application-workflow';
import {
  caseworkerLinkFromMailbox,
  fillCarSeat,
  launchBrowser,
  linkFromMailbox,
  signInAs,
  startSystem,
} from './harness';

let runtime: LocalRuntime;
let browser: BrowserContext;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const system = await startSystem();
  runtime = system.runtime;
  stops.push(system.stop);
  const launched = await launchBrowser();
  browser = launched.browser;
  stops.push(launched.close);
}, 180_000);

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
}, 60_000);

describe('a refused receipt and the decision letter, end to end in Chromium', () => {
  it('asks the family for a new receipt, and when none comes, the letter is a PDF on the family’s own page', async () => {
    // Arrange: a family sends a "receipt" that is no PDF or image; the caseworker approves the claim.
    const page = await browser.newPage();
    await page.goto(`${runtime.url}/ansoeg/ran-car-seat`);
    await fillCarSeat(page);
    await page.setInputFiles('#receipts', {
      name: 'kvittering.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(`ikke en pdf ${randomUUID()}`),
    });
    await page.waitForSelector('#uploaded li[data-upload-id]');
    const review = runtime.engine.whenWaiting(STATE.review);
    await page.click('#application button[type=submit]');
    await page.waitForURL(/\/kvittering\//);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await review;
    await page.goto(await caseworkerLinkFromMailbox(page, runtime, id));
    await page.check('#action-approve');
    const asked = runtime.engine.whenWaiting(STATE.waitForReceipts, id);
    await page.click('#decision-form button[type=submit]');
    await asked;

    // Act and assert: the family is asked for a new receipt, told which one and why.
    const answer = await linkFromMailbox(page, runtime, id, 'mette@example.test', 'answers');
    await page.goto(answer);
    expect(await page.textContent('main')).toContain('Filen er ikke en PDF eller et billede');

    // Act: no answer in 14 days.
    await fetch(`${runtime.url}/local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance":"P15D"}',
    });
    await runtime.engine.executions.get(id)?.done;

    // Assert: the family, signed in with MitID, reads the decision and opens its letter as a PDF.
    await signInAs(browser, runtime, 'family:0101801234');
    await page.goto(`${runtime.url}/mine-ansoegninger/${id}`);
    const pdfLink = page.locator(`a[href^="/mine-ansoegninger/${id}/breve/"]`);
    expect(await pdfLink.count()).toBe(1);
    const letter = await page.request.get(`${runtime.url}${await pdfLink.getAttribute('href')}`);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
