import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseworkerLinkFromMailbox, submitCarSeat, useBrowserSuite } from './harness';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const suite = useBrowserSuite({ bypassCSP: true, axe: true });

/** A family's phone: 390 px wide, with page errors collected. */
async function phone(errors: string[]): Promise<Page> {
  const page = await suite.browser.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** How far the page is wider than the phone (0 when nothing scrolls sideways). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number } } };
    return document.documentElement.scrollWidth - 390;
  });

/** The serious and critical WCAG 2.1 AA violations axe-core finds on the page as it is now. */
async function axeViolations(page: Page, name: string): Promise<string[]> {
  await page.evaluate(suite.axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The benefits the page links to, by id. */
const linked = async (page: Page) =>
  (await page.locator('a.benefit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(
    (href) => href.replace(/^\/ansoeg\//, '').replace(/\?.*$/, ''),
  );

describe('the words a family reads, in Chromium on a 390 px phone', () => {
  it('asks who you are and where, shows the benefits that fit, and searches them', async () => {
    const errors: string[] = [];
    const page = await phone(errors);
    const found: string[] = [];
    await page.goto(`${suite.runtime.url}/`);
    expect(await linked(page)).toEqual([]);
    found.push(...(await axeViolations(page, 'front page')));
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // A parent of a disabled child in Rudersdal.
    await page.check('#rolle-parent');
    await page.check('#kommune-rudersdal');
    await Promise.all([page.waitForURL(/rolle=parent/), page.click('form.finder button[type=submit]')]);
    expect(new URL(page.url()).searchParams.get('kommune')).toBe('rudersdal');
    const fitting = await linked(page);
    expect(fitting).toContain('rud-s41-transport-own-car');
    expect(fitting.some((id) => id.startsWith('ran-') || id.startsWith('rud-car-seat'))).toBe(false);
    // Many benefits: the themes come first and fold out, so the phone's page stays short.
    const height = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { body: { scrollHeight: number } } }).document.body
          .scrollHeight,
    );
    expect(height).toBeLessThan(4000);
    expect(await page.locator('details.benefit-theme').count()).toBeGreaterThan(2);
    found.push(...(await axeViolations(page, 'parent in Rudersdal')));
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // A search, as a plain GET form: the few that match, open.
    await page.fill('#q', 'kørsel');
    await Promise.all([page.waitForURL(/q=k/), page.click('form.finder button[type=submit]')]);
    const searched = await linked(page);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.length).toBeLessThan(fitting.length);
    expect(searched).toContain('rud-s41-transport-own-car');
    expect(await page.locator('a.benefit-link').first().isVisible()).toBe(true);
    found.push(...(await axeViolations(page, 'search')));
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // The same in English, through the switch, keeping the choice.
    await Promise.all([page.waitForURL(/lang=en/), page.click('a.lang-switch')]);
    expect(await page.textContent('main')).toContain('Transport and driving');
    expect(await linked(page)).toEqual(searched);
    found.push(...(await axeViolations(page, 'search in English')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows the status as a parent needs it, on a phone, with nothing scrolling sideways', async () => {
    const errors: string[] = [];
    const page = await phone(errors);
    const found: string[] = [];
    const { id, statusUrl } = await submitCarSeat(page, suite.runtime);
    // The receipt page, with the long link to keep.
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    found.push(...(await axeViolations(page, 'receipt')));

    await page.goto(statusUrl);
    await page.waitForSelector('#status[data-status="in-review"]');
    const waiting = (await page.textContent('#status')) ?? '';
    expect(waiting).toContain('Under behandling');
    expect(waiting).toMatch(/du hører fra os senest \d{1,2}\. [a-zæøå]+ \d{4}/);
    expect(waiting).toContain('Det har du søgt om');
    expect(waiting).toContain('1.799,00 kr.');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    found.push(...(await axeViolations(page, 'status in review')));

    // The caseworker refuses, with a reason; the family reads the refusal and why, never a grant.
    const caseworker = await suite.browser.newPage();
    await caseworker.goto(await caseworkerLinkFromMailbox(caseworker, suite.runtime, id));
    await caseworker.check('#action-reject');
    await caseworker.fill('#reason', 'Stolen er ikke godkendt efter ECE R 44.');
    await Promise.all([
      caseworker.waitForEvent('load'),
      caseworker.click('#decision-form button[type=submit]'),
    ]);
    await suite.runtime.engine.executions.get(id)?.done;
    await page.reload();
    await page.waitForSelector('#status[data-status="rejected"]');
    const refused = (await page.textContent('#status')) ?? '';
    expect(refused).toContain('Afslået');
    expect(refused).toContain('Sagsbehandlerens begrundelse: Stolen er ikke godkendt efter ECE R 44.');
    expect(refused).toContain('klagevejledning');
    expect(refused).not.toMatch(/Bevilget/);
    expect(refused).not.toMatch(/\.txt|\d{4}-\d{2}-\d{2}/);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    found.push(...(await axeViolations(page, 'status refused')));

    // In English, the same page through the switch.
    await Promise.all([page.waitForURL(/lang=en/), page.click('a.lang-switch')]);
    await page.waitForSelector('#status[data-status="rejected"]');
    expect(await page.textContent('#status')).toContain('Refused');
    found.push(...(await axeViolations(page, 'status refused in English')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
