import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchBrowser, startSystem, submitCarSeat } from '../e2e/harness';

/** The same flags as the browser tests (test/e2e/harness.ts launchBrowser), for Debian's Chromium. */
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

type PageResult = {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Bytes over the wire on a first visit (empty cache): the page, styles, fonts, scripts. */
  firstVisitBytes: number;
  requests: number;
  /** Audits that did not pass, by id, so a lost point says where it went. */
  failed: string[];
};

/** One Lighthouse run (its default: a mid-range phone on a slow 4G line) against a running Chromium. */
async function audit(name: string, url: string, port: number): Promise<PageResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`lighthouse gave no result for ${name}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const network = audits['network-requests']?.details as { items?: { transferSize?: number }[] } | undefined;
  const items = network?.items ?? [];
  return {
    page: name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    firstVisitBytes: items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    requests: items.length,
    failed: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id),
  };
}

/**
 * `npm run bench -- pages`: Lighthouse on the phone profile against the local system, on the front
 * page, the car-seat form and a family's status page (after submitting one application).
 */
export async function benchPages() {
  const system = await startSystem();
  const profile = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    // A real submission through the form gives a status page with its token, as a family has it.
    const playwright = await launchBrowser();
    const statusUrl = await (async () => {
      try {
        return (await submitCarSeat(await playwright.browser.newPage(), system.runtime)).statusUrl;
      } finally {
        await playwright.close();
      }
    })();
    chrome = await chromeLauncher.launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
      userDataDir: profile,
      logLevel: 'silent',
    });
    const url = system.runtime.url;
    const pages: PageResult[] = [];
    for (const [name, target] of [
      ['front', `${url}/`],
      ['form', `${url}/ansoeg/ran-car-seat`],
      ['status', statusUrl],
    ] as const) {
      pages.push(await audit(name, target, chrome.port));
    }
    return { bench: 'pages', profile: 'lighthouse mobile (default)', pages };
  } finally {
    await chrome?.kill();
    await rm(profile, { recursive: true, force: true });
    await system.stop();
  }
}
