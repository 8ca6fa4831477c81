import { describe, expect, it } from 'vitest';
import { everyPage, signInAs, useBrowserSuite } from './harness';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const suite = useBrowserSuite({ bypassCSP: true, axe: true });

describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  it('finds no serious or critical violation on any page, in Danish and in English', async () => {
    const page = await suite.browser.newPage();
    const pages = await everyPage(page, suite.runtime);
    const found: string[] = [];
    for (const target of pages) {
      if (target.as) await signInAs(suite.browser, suite.runtime, target.as);
      await page.goto(target.url);
      if (target.ready) await page.waitForSelector(target.ready);
      expect(await page.getAttribute('html', 'lang'), target.name).toBe(
        target.name.endsWith('-en') ? 'en' : 'da',
      );
      await page.evaluate(suite.axeSource);
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
