import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { STATE } from '../../workflows/application-workflow';
import { askFamily, caseworkerLinkFromMailbox, receiptFile, submitCarSeat, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

describe('the pages, end to end in Chromium', () => {
  it('lets a family claim a car seat with a receipt, the caseworker approve it, and the family follow it', async () => {
    // Arrange: the family's and the caseworker's own browsers.
    const family = await suite.browser.newPage();
    const caseworker = await suite.browser.newPage();
    const errors: string[] = [];
    for (const p of [family, caseworker]) p.on('pageerror', (e) => errors.push(e.message));

    // Act: the family chooses the benefit on the front page and applies.
    await family.goto(`${suite.runtime.url}/?kommune=randers`);
    expect(await family.locator('a[href="/ansoeg/ran-car-seat"]').count()).toBe(1);
    const { id, statusUrl } = await submitCarSeat(family, suite.runtime);

    // Assert: the receipt page gives the family a personal link (also e-mailed) whose token is in the fragment only.
    expect(await family.textContent('.alert-success')).toContain('Linket er personligt');
    expect(new URL(statusUrl).hash.length).toBeGreaterThan(10);
    expect(new URL(statusUrl).pathname).toBe(`/status/${id}`);
    expect(await family.getAttribute('#status', 'data-status')).toMatch(/submitted|in-review/);
    // One tap copies the link (as on a phone, where selecting it by hand is hard).
    await suite.browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.runtime.url,
    });
    await family.click('#copy-status-link');
    await family.waitForSelector('#copy-result:not(:empty)');
    expect(await family.textContent('#copy-result')).toBe('Linket er kopieret.');
    const clipboard = await family.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
    expect(clipboard).toBe(statusUrl);

    // Act: the caseworker opens the e-mailed link from the mailbox and approves.
    const link = await caseworkerLinkFromMailbox(caseworker, suite.runtime, id);
    expect(link).toMatch(/\/decisions\//);
    await caseworker.goto(link);
    expect(await caseworker.textContent('main')).toContain('Autostol');
    await caseworker.check('#action-approve');
    const scheduled = suite.runtime.engine.whenWaiting(STATE.schedulePayout, id);
    await Promise.all([caseworker.waitForURL(link), caseworker.click('button[type=submit]')]);
    expect(await caseworker.textContent('h1')).toBe('Afgørelsen er registreret');
    await scheduled;

    // Assert: the family's status page shows the payout scheduled, with the timeline.
    await family.goto(statusUrl);
    await family.waitForSelector('#status[data-status="payout-scheduled"]');
    expect(await family.textContent('#status')).toContain('1.500,00 kr.');
    // The case reference of the e-mails and letters, and what was applied for.
    expect(await family.textContent('#status')).toContain(id.slice(0, 8).toUpperCase());
    expect(await family.textContent('#status dl')).toContain('Autostol');
    expect(await family.locator('.timeline li[data-status="in-review"]').count()).toBeGreaterThan(0);
    expect(await family.locator('.timeline li[data-status="payout-scheduled"]').count()).toBe(1);

    // Act: the payout run writes its files; finance reports the batch executed by the bank.
    const run = await fetch(`${suite.runtime.url}/local/payout-runs`, { method: 'POST' });
    const { batchId, files } = (await run.json()) as { batchId: string; files: { format: string }[] };
    expect(files.map((f) => f.format)).toEqual(expect.arrayContaining(['csv', 'pain.001.001.03']));
    const reconciled = await fetch(`${suite.runtime.url}/api/payout-batches/${batchId}/reconciliation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rejected: [] }),
    });
    expect(await reconciled.json()).toMatchObject({ batchId, executed: 1, rejected: 0 });
    // The family hears on the execution date: the clock moves to that morning's run when it is ahead.
    const listed = (await (await fetch(`${suite.runtime.url}/api/payout-batches`)).json()) as {
      batches: { id: string; payoutDate: string }[];
    };
    const payoutDate = listed.batches.find((b) => b.id === batchId)?.payoutDate ?? '';
    const morning = DateTime.fromISO(`${payoutDate}T06:01`, { zone: 'Europe/Copenhagen' }).toMillis();
    const ahead = morning - suite.runtime.clock.now().getTime();
    if (ahead > 0) await suite.runtime.advance(ahead);
    await suite.runtime.engine.executions.get(id)?.done;

    // Assert: the family's status page shows the payment (a reload: the URL is the same).
    await family.reload();
    await family.waitForSelector('#status[data-status="paid"]');
    expect(await family.textContent('#status')).toContain('Udbetalt');
    expect(errors).toEqual([]);
  }, 120_000);

  it("lets the family answer the caseworker's question from a phone, with a receipt from the camera roll", async () => {
    const caseworker = await suite.browser.newPage();
    const { id } = await submitCarSeat(caseworker, suite.runtime);
    const answerLink = await askFamily(caseworker, suite.runtime, id, 'Hvilken godkendelse har autostolen?');
    expect(answerLink).toMatch(/\/answers\//);

    // The family's phone: 390 px wide, English chosen with the switch.
    const family = await suite.browser.newPage();
    await family.setViewportSize({ width: 390, height: 844 });
    const errors: string[] = [];
    family.on('pageerror', (e) => errors.push(e.message));
    await family.goto(answerLink);
    expect(await family.textContent('blockquote')).toContain('Hvilken godkendelse har autostolen?');
    await Promise.all([family.waitForURL(/lang=en/), family.click('a.lang-switch')]);
    expect(await family.getAttribute('html', 'lang')).toBe('en');
    await family.fill('#text', 'It is i-Size approved; the photo of the label is attached.');
    await family.setInputFiles('#receipt-files', { ...receiptFile(), name: 'label.pdf' });
    await family.waitForSelector('#uploaded li[data-upload-id]');
    const uploadId = await family.getAttribute('#uploaded li[data-upload-id]', 'data-upload-id');
    const reviewAgain = suite.runtime.engine.whenWaiting(STATE.review, id);
    await family.click('button[type=submit]');
    await family.waitForSelector('h1');
    expect(await family.textContent('main')).toContain('Thank you for your answer');
    await reviewAgain;

    const application = await suite.runtime.deps.applications.get(id);
    expect(application?.receipts).toHaveLength(2);
    expect(application?.receipts.at(-1)).toBe(uploadId);
    expect(application?.status).toBe('in-review');
    // Nothing is horizontally cut off on the phone.
    const overflow = await family.evaluate(() => {
      const { document, innerWidth } = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number } };
        innerWidth: number;
      };
      return document.documentElement.scrollWidth - innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('refuses the status page without the token from the fragment', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.runtime.url}/status/abcdefghijkl`);
    expect(await page.textContent('#status .alert')).toContain('Linket mangler');
  });

  it('serves DKFDS and the scripts with their content types', async () => {
    const css = await fetch(`${suite.runtime.url}/assets/app/dkfds.css`);
    const font = await fetch(
      `${suite.runtime.url}/assets/dkfds/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2`,
    );
    const script = await fetch(`${suite.runtime.url}/assets/app/apply.js`);
    const traversal = await fetch(`${suite.runtime.url}/assets/app/%2e%2e/html.ts`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(traversal.status).toBe(404);
  });
});
