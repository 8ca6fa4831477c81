import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { payoutDeps } from '../../shared/app/payout-deps';
import { STATE } from '../../workflows/application-workflow';
import { bankReport } from '../payouts/pain002-builder';
import { caseworkerLinkFromMailbox, signInAs, submitCarSeat, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

/** A payout run now, as `POST /local/payout-runs` starts it; its batch id. */
async function payoutRun(): Promise<string> {
  const run = await fetch(`${suite.runtime.url}/local/payout-runs`, { method: 'POST' });
  expect(run.status).toBe(200);
  return ((await run.json()) as { batchId: string }).batchId;
}

/** Two finance users release the batch on its page: the first releases, the same cannot confirm, another does. */
async function releaseWithFourEyes(finance: Page, batchId: string) {
  await signInAs(suite.browser, suite.runtime, 'finance');
  await finance.goto(`${suite.runtime.url}/finance`);
  await Promise.all([
    finance.waitForURL(/\/finance\/batches\//),
    finance.click(`a[href="/finance/batches/${batchId}"]`),
  ]);
  expect(await finance.textContent('.signed-in')).toContain('Hanne Madsen');
  await Promise.all([finance.waitForEvent('load'), finance.click('#release-button')]);
  expect(await finance.getAttribute('#batch-status', 'data-status')).toBe('released');
  expect(await finance.locator('a[download]').count()).toBe(0);
  await Promise.all([finance.waitForEvent('load'), finance.click('#confirm-button')]);
  expect(await finance.textContent('.alert-error')).toContain('En anden end den, der frigav kørslen');
  // The second pair of eyes is another person, signed in as herself.
  await signInAs(suite.browser, suite.runtime, 'finance-2');
  await finance.reload();
  await Promise.all([finance.waitForEvent('load'), finance.click('#confirm-button')]);
  expect(await finance.getAttribute('#batch-status', 'data-status')).toBe('sent');
  expect(
    await finance.getAttribute(`a[download="payouts-${batchId}.pain.001.001.03.xml"]`, 'href'),
  ).toBeTruthy();
}

/** Finance uploads the bank's report on the batch page and sees what it did. */
async function upload(finance: Page, xml: string, expected: string) {
  await finance.setInputFiles('#report-file', {
    name: 'pain002.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(xml),
  });
  await finance.click('#status-report button[type=submit]');
  await finance.waitForSelector('#report-result[data-outcome="ok"]');
  expect(await finance.textContent('#report-result')).toContain(expected);
  await finance.reload();
}

describe('finance, end to end in Chromium', () => {
  it('releases a batch with two people, reads a pain.002 with a rejected line, and the corrected payout goes out in the next run', async () => {
    // Arrange: a car seat approved and in a payout run.
    const caseworker = await suite.browser.newPage();
    const finance = await suite.browser.newPage();
    const errors: string[] = [];
    for (const p of [caseworker, finance]) p.on('pageerror', (e) => errors.push(e.message));
    const { id, statusUrl } = await submitCarSeat(caseworker, suite.runtime);
    await caseworker.goto(await caseworkerLinkFromMailbox(caseworker, suite.runtime, id));
    await caseworker.check('#action-approve');
    const scheduled = suite.runtime.engine.whenWaiting(STATE.schedulePayout, id);
    await caseworker.click('button[type=submit]');
    await scheduled;
    const first = await payoutRun();

    // Act: four eyes, then the bank's answer rejecting the car seat's line.
    await releaseWithFourEyes(finance, first);
    await upload(finance, await bankReport(payoutDeps(suite.runtime.deps), first, id), 'afvist');

    // Assert: the batch is partly rejected; the caseworker has the reason and the form.
    expect(await finance.getAttribute('#batch-status', 'data-status')).toBe('partly-rejected');
    expect(await finance.textContent('#lines')).toContain('AC04 Kontoen er lukket');
    const mail = (await (await fetch(`${suite.runtime.url}/local/mail`)).json()) as {
      subject: string;
      text: string;
    }[];
    const rejection = mail.find(
      (m) => m.subject.includes(id.slice(0, 8).toUpperCase()) && m.subject.includes('afvist'),
    );
    const form = /https?:\/\/\S+\/payouts\/\S+/.exec(rejection?.text ?? '')?.[0] ?? '';
    expect(form).toContain(`/payouts/${id}/correction?t=`);

    // Act: the caseworker corrects it.
    await caseworker.goto(form);
    expect(await caseworker.textContent('#bank-reason')).toContain('AC04');
    await caseworker.fill('#by', 'sagsbehandler@kommune.local');
    await caseworker.fill('#note', 'Familien har oprettet NemKonto');
    await Promise.all([caseworker.waitForEvent('load'), caseworker.click('button[type=submit]')]);
    expect(await caseworker.textContent('h1')).toBe('Udbetalingen er rettet');

    // Assert: the family's status says what happened.
    const family = await suite.browser.newPage();
    family.on('pageerror', (e) => errors.push(e.message));
    await family.goto(statusUrl);
    await family.waitForSelector('#status[data-status="payout-scheduled"]');
    expect(await family.textContent('.timeline')).toContain('Udbetalingen er rettet og sendt igen');

    // Act: the next run takes the corrected payout; two people release it; the bank accepts it.
    const second = await payoutRun();
    const line = await suite.runtime.deps.ledger.get(id);
    expect(line).toMatchObject({ status: 'in-batch', batchId: second });
    expect(line?.previous?.[0]?.batchId).toBe(first);
    await releaseWithFourEyes(finance, second);
    await upload(finance, await bankReport(payoutDeps(suite.runtime.deps), second), '0 afvist');
    // The family is told on the execution date: the clock moves to that morning when it is ahead.
    const payoutDate = (await payoutDeps(suite.runtime.deps).batches.get(second))?.payoutDate ?? '';
    const morning = DateTime.fromISO(`${payoutDate}T06:01`, { zone: 'Europe/Copenhagen' }).toMillis();
    const ahead = morning - suite.runtime.clock.now().getTime();
    if (ahead > 0) await suite.runtime.advance(ahead);
    await suite.runtime.engine.executions.get(id)?.done;

    // Assert: paid.
    await family.reload();
    await family.waitForSelector('#status[data-status="paid"]');
    expect(errors).toEqual([]);
  }, 240_000);
});
