import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';
import { everyPage, launchBrowser, signInAs, startSystem } from './harness';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

let runtime: LocalRuntime;
let browser: BrowserContext;
let axeSource: string;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const system = await startSystem();
  runtime = system.runtime;
  stops.push(system.stop);
  // axe-core is injected as source; only this context bypasses the pages' CSP to do so.
  const launched = await launchBrowser({ bypassCSP: true });
  browser = launched.browser;
  stops.push(launched.close);
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}, 180_000);

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
}, 60_000);

describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  it('finds no serious or critical violation on any page, in Danish and in English', async () => {
    const page = await browser.newPage();
    const pages = await everyPage(page, runtime);
    const found: string[] = [];
    for (const target of pages) {
      if (target.as) await signInAs(browser, runtime, target.as);
      await page.goto(target.url);
      if (target.ready) await page.waitForSelector(target.ready);
      expect(await page.getAttribute('html', 'lang'), target.name).toBe(
        target.name.endsWith('-en') ? 'en' : 'da',
      );
      await page.evaluate(axeSource);
      const { violations, passes } = (await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run: (o: unknown) => Promise<{ violations: unknown[]; passes: unknown[] }> };
          }
        ).axe;
        const result = await axe.run({
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        });
        return { violations: result.violations, passes: result.passes.length };
      })) as { violations: Violation[]; passes: number };
      expect(passes).toBeGreaterThan(5);
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
        found.push(
          `${target.name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    }
    expect(pages.length).toBe(26);
    expect(found).toEqual([]);
  }, 120_000);
});
