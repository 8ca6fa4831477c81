import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type LocalRuntime, startLocal } from '../../infra/local/runtime';
import { readOutbox } from '../../shared/adapters/local/outbox-mailer';
import { STATE } from '../../workflows/application-workflow';
import { recordMails, recordPageLater } from '../support/readable-record';

/**
 * Debian's Chromium, headless, with a fresh profile and nothing reaching out to the network on its
 * own. `bypassCSP` only for injecting axe-core; the journey runs under the pages' real CSP.
 */
export async function launchBrowser(
  options: { bypassCSP?: boolean } = {},
): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'supplements-chromium-'));
  // Playwright passes the profile as --user-data-dir itself.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    bypassCSP: options.bypassCSP ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Every page the browser opens is scanned for internal codes when the test file ends.
  browser.on('response', (response) => {
    if (
      response.request().resourceType() !== 'document' ||
      (response.status() >= 300 && response.status() < 400)
    )
      return;
    recordPageLater(response.url(), response.headers()['content-type'], response.text());
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Signs the browser in as a made-up user (`caseworker`, `finance`, `family:CPR`, …): the cookie
 * POST /local/session gives, as signing in through the local provider would; replaces any earlier one.
 */
export async function signInAs(browser: BrowserContext, runtime: LocalRuntime, user: string): Promise<void> {
  const response = await fetch(`${runtime.url}/local/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (response.status !== 204) throw new Error(`POST /local/session answered ${response.status}`);
  const [pair = ''] = (response.headers.get('set-cookie') ?? '').split(';');
  const at = pair.indexOf('=');
  await browser.addCookies([{ name: pair.slice(0, at), value: pair.slice(at + 1), url: runtime.url }]);
}

/** The clock of the system a suite started: the form's dates are built from it, as a family's would be. */
let runningClock: () => Date = () => {
  throw new Error('start the system first');
};

/** The whole local system on a free port with a fresh data directory; `env` sets configuration (e.g. the four-eyes limit). */
export async function startSystem(
  env: Record<string, string> = {},
): Promise<{ runtime: LocalRuntime; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'supplements-e2e-'));
  const runtime = await startLocal({ port: 0, dataDir, env, log: () => undefined });
  runningClock = () => runtime.clock.now();
  return {
    runtime,
    stop: async () => {
      // The e-mails the system sent are scanned with the pages, at the end of the file.
      recordMails('outbox', await readOutbox(join(dataDir, 'outbox')));
      await runtime.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What a browser suite works with, filled in before its first test. */
export type BrowserSuite = {
  runtime: LocalRuntime;
  browser: BrowserContext;
  /** A second browser that may inject axe-core (it bypasses the pages' CSP); only with `axeBrowser`. */
  axeBrowser: BrowserContext;
  /** axe-core's source, to inject into a page; only with `axe`. */
  axeSource: string;
};

/**
 * Starts the local system (with `env`) and a browser before a suite's tests, and stops them, last
 * started first, after them. `bypassCSP` lets that browser inject axe-core; `axeBrowser` adds a
 * second browser that may, beside one under the pages' real CSP; `axe` reads axe-core's source.
 */
export function useBrowserSuite(
  options: { env?: Record<string, string>; bypassCSP?: boolean; axeBrowser?: boolean; axe?: boolean } = {},
): BrowserSuite {
  const suite = {} as BrowserSuite;
  const stops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    const system = await startSystem(options.env);
    suite.runtime = system.runtime;
    stops.push(system.stop);
    const launched = await launchBrowser({ bypassCSP: options.bypassCSP ?? false });
    suite.browser = launched.browser;
    stops.push(launched.close);
    if (options.axeBrowser) {
      const forAxe = await launchBrowser({ bypassCSP: true });
      suite.axeBrowser = forAxe.browser;
      stops.push(forAxe.close);
    }
    if (options.axe) suite.axeSource = await axeCoreSource();
  }, 180_000);
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  }, 60_000);
  return suite;
}

/** axe-core's minified source, as the accessibility checks inject it into a page. */
export const axeCoreSource = () =>
  readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A small PDF receipt, as a family's scanner makes it. */
export const receiptFile = () => ({
  name: 'kvittering.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.7\n% autostol ${randomUUID()}\n%%EOF\n`),
});

/** Three days before the running system's today, as a Copenhagen calendar day: an expense within every deadline. */
export const threeDaysAgo = () =>
  DateTime.fromJSDate(runningClock(), { zone: 'Europe/Copenhagen' }).minus({ days: 3 }).toISODate() ?? '';

/** Fills the open Randers car-seat form as a family would: who applies, the child, one expense. */
export async function fillCarSeat(page: Page, expense = { description: 'Autostol', amount: '1799,00' }) {
  await page.selectOption('#applicant-role', 'relief-family');
  await page.fill('#applicant-name', 'Mette Jensen');
  await page.fill('#applicant-email', 'mette@example.test');
  await page.fill('#applicant-cpr', '0101801234');
  await page.fill('#child-birthDate', '2019-05-01');
  await page.fill('#expenses-0-date', threeDaysAgo());
  await page.fill('#expenses-0-description', expense.description);
  await page.fill('#expenses-0-amount', expense.amount);
}

/**
 * Fills and sends the Randers car-seat form in the browser, with one receipt; resolves on the
 * receipt page once the caseworker's review waits, with the id and the status page's address.
 */
export async function submitCarSeat(page: Page, runtime: LocalRuntime, lang: 'da' | 'en' = 'da') {
  await page.goto(`${runtime.url}/ansoeg/ran-car-seat${lang === 'en' ? '?lang=en' : ''}`);
  await fillCarSeat(page);
  await page.setInputFiles('#receipts', receiptFile());
  await page.waitForSelector('#uploaded li[data-upload-id]');
  await page.waitForSelector('.calculation-payable');
  const reviewWaits = runtime.engine.whenWaiting(STATE.review);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/kvittering\//);
  await page.waitForSelector('#status[data-status]');
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  await reviewWaits;
  const statusUrl = (await page.getAttribute('#status-link', 'href')) ?? '';
  return { id, statusUrl: new URL(statusUrl, runtime.url).href };
}

/** The newest link to `kind` (decisions or answers) e-mailed to `to` about the application, from the mailbox page. */
export async function linkFromMailbox(
  page: Page,
  runtime: LocalRuntime,
  id: string,
  to: string,
  kind: 'decisions' | 'answers',
) {
  await page.goto(`${runtime.url}/local/mailbox`);
  const article = page.locator('article', { hasText: id.slice(0, 8).toUpperCase() }).filter({ hasText: to });
  const link = article.locator(`a[href*="/${kind}/"]`).first();
  return (await link.getAttribute('href')) ?? '';
}

/** The caseworker's link about the application, as the local mailbox page shows it. */
export const caseworkerLinkFromMailbox = (page: Page, runtime: LocalRuntime, id: string) =>
  linkFromMailbox(page, runtime, id, 'sagsbehandler@kommune.local', 'decisions');

/**
 * The caseworker asks the family a question from the case page; resolves with the family's
 * answer link once the workflow waits for the answer.
 */
export async function askFamily(page: Page, runtime: LocalRuntime, id: string, question: string) {
  const decision = await caseworkerLinkFromMailbox(page, runtime, id);
  await page.goto(decision);
  await page.check('#action-request-information');
  await page.fill('#reason', question);
  const asked = runtime.engine.whenWaiting(STATE.askInformation, id);
  await Promise.all([page.waitForURL(decision), page.click('button[type=submit]')]);
  await asked;
  return linkFromMailbox(page, runtime, id, 'mette@example.test', 'answers');
}

/** Every page once, in Danish and English, after one application reached the caseworker. */
export async function everyPage(
  page: Page,
  runtime: LocalRuntime,
): Promise<{ name: string; url: string; ready?: string | undefined; as?: string }[]> {
  const { id, statusUrl } = await submitCarSeat(page, runtime);
  const token = new URL(statusUrl).hash;
  const decision = await caseworkerLinkFromMailbox(page, runtime, id);
  const asked = await submitCarSeat(page, runtime);
  const answer = await askFamily(page, runtime, asked.id, 'Hvilken godkendelse har autostolen?');
  // One application approved and in a payout run, so the finance page lists a batch.
  const approved = await submitCarSeat(page, runtime);
  await page.goto(await caseworkerLinkFromMailbox(page, runtime, approved.id));
  await page.check('#action-approve');
  const scheduled = runtime.engine.whenWaiting(STATE.schedulePayout, approved.id);
  await page.click('button[type=submit]');
  await scheduled;
  const run = await fetch(`${runtime.url}/local/payout-runs`, { method: 'POST' });
  if (!run.ok) throw new Error(`payout run failed: ${run.status}`);
  /** The page in Danish and English; `as` names the made-up person signed in to see it. */
  const both = (name: string, path: string, ready?: string, as?: string) => [
    { name, url: `${runtime.url}${path}`, ready, ...(as ? { as } : {}) },
    {
      name: `${name}-en`,
      url: `${runtime.url}${path.replace(/(#|$)/, `${path.includes('?') ? '&' : '?'}lang=en$1`)}`,
      ready,
      ...(as ? { as } : {}),
    },
  ];
  return [
    ...both('benefits', '/'),
    ...both('apply', '/ansoeg/ran-car-seat'),
    ...both('receipt', `/kvittering/${id}${token}`, '#status[data-status]'),
    ...both('status', `/status/${id}${token}`, '#status[data-status]'),
    ...both('finance', '/finance', undefined, 'finance'),
    ...both('worklist', '/sager', undefined, 'caseworker'),
    ...both('case', `/sager/${asked.id}`, undefined, 'caseworker'),
    ...both('my-applications', '/mine-ansoegninger', undefined, 'family:0101801234'),
    ...both('my-application', `/mine-ansoegninger/${approved.id}`, undefined, 'family:0101801234'),
    ...both('sign-in', '/log-ind'),
    ...both('decision', new URL(decision).pathname),
    ...both('answer', new URL(answer).pathname),
    { name: 'mailbox', url: `${runtime.url}/local/mailbox` },
    // A link that does not exist (or has expired, or was used): a bilingual message page.
    { name: 'link-refused', url: `${runtime.url}/decisions/${'x'.repeat(22)}` },
  ];
}
