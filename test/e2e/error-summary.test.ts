import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordedPages } from '../support/readable-record';
import {
  axeCoreSource,
  caseworkerLinkFromMailbox,
  signInAs,
  submitCarSeat,
  useBrowserSuite,
} from './harness';

// Issue 15, point 7: a refused form opens where the eye is, at DKFDS's error summary, on a phone.

const suite = useBrowserSuite({ bypassCSP: true });

const phone = { width: 390, height: 844 };

type Doc = {
  activeElement: { id: string } | null;
  getElementById: (id: string) => { getBoundingClientRect: () => { top: number; bottom: number } } | null;
};

/** Whether the summary has the focus and lies wholly within the viewport. */
async function summaryFocusedInView(page: Page): Promise<{ focused: string | undefined; inView: boolean }> {
  const result = await page.evaluate(
    ([height]) => {
      const d = (globalThis as unknown as { document: Doc }).document;
      const box = d.getElementById('error-summary')?.getBoundingClientRect();
      return {
        focused: d.activeElement?.id,
        inView: box !== undefined && box.top >= 0 && box.bottom <= (height ?? 0),
      };
    },
    [phone.height],
  );
  return result;
}

/** Each link of the summary, clicked: the id of the element that then has the focus. */
async function linksFocus(page: Page): Promise<{ href: string; focused: string | undefined }[]> {
  const hrefs = await page.$$eval('#error-summary a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const out = [];
  for (const href of hrefs) {
    await page.click(`#error-summary a[href="${href}"]`);
    out.push({
      href,
      focused: await page.evaluate(
        () => (globalThis as unknown as { document: Doc }).document.activeElement?.id,
      ),
    });
  }
  return out;
}

/** axe-core's serious and critical findings (WCAG 2.1 AA) on the page as it is now. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(await axeCoreSource());
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))
      .violations;
  })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('a refused form opens at its error summary, on a phone', () => {
  it('the application form: the summary in view and focused, each link focuses its field, what was typed kept', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize(phone);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.runtime.url}/ansoeg/ran-car-seat`);
    await page.fill('#applicant-email', 'mette@');
    await page.fill('#expenses-0-description', 'Autostol');
    // Sent from the bottom of the long form, where the button is.
    await page.locator('button[type=submit]').scrollIntoViewIfNeeded();
    await page.click('button[type=submit]');
    await page.waitForSelector('#error-summary');
    expect(await page.textContent('#error-summary-heading')).toBe('Der er problemer');
    expect(await summaryFocusedInView(page)).toEqual({ focused: 'error-summary', inView: true });
    expect(await page.inputValue('#expenses-0-description')).toBe('Autostol');
    expect(await page.inputValue('#applicant-email')).toBe('mette@');
    const links = await linksFocus(page);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link.focused).toBe(link.href.slice(1));
    expect(await axeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the staff decision form without a reason: the page opens at the summary, the reason kept empty and marked', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize(phone);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { id } = await submitCarSeat(page, suite.runtime);
    await signInAs(suite.browser, suite.runtime, 'caseworker');
    await page.goto(`${suite.runtime.url}/sager/${id}`);
    await page.check('#action-reject');
    await page.fill('#amount', '1.000,00');
    await Promise.all([page.waitForEvent('load'), page.click('#decision-form button[type=submit]')]);
    expect(new URL(page.url()).hash).toBe('#error-summary');
    expect(await page.textContent('#error-summary-heading')).toBe('Der er problemer');
    expect(await summaryFocusedInView(page)).toEqual({ focused: 'error-summary', inView: true });
    expect(await page.isChecked('#action-reject')).toBe(true);
    expect(await page.inputValue('#amount')).toBe('1.000,00');
    expect(await page.getAttribute('#reason', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#reason', 'aria-describedby')).toBe('reason-error');
    expect(await page.textContent('#reason-error')).toContain('Skriv en begrundelse.');
    expect(await linksFocus(page)).toEqual([{ href: '#reason', focused: 'reason' }]);
    expect(await axeFindings(page)).toEqual([]);

    // In English, the same.
    await page.goto(`${suite.runtime.url}/sager/${id}?lang=en`);
    await page.check('#action-reject');
    await Promise.all([page.waitForEvent('load'), page.click('#decision-form button[type=submit]')]);
    expect(await page.textContent('#error-summary-heading')).toBe('There is a problem');
    expect(await summaryFocusedInView(page)).toEqual({ focused: 'error-summary', inView: true });
    expect(await axeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it("the e-mail link's decision form without a reason, as the caseworker's phone opens it", async () => {
    // Signed out: the e-mailed link is the capability.
    await suite.browser.clearCookies();
    const page = await suite.browser.newPage();
    await page.setViewportSize(phone);
    const { id } = await submitCarSeat(page, suite.runtime);
    await page.goto(await caseworkerLinkFromMailbox(page, suite.runtime, id));
    await page.check('#action-reject');
    await Promise.all([page.waitForEvent('load'), page.click('#decision-form button[type=submit]')]);
    expect(await summaryFocusedInView(page)).toEqual({ focused: 'error-summary', inView: true });
    expect(await linksFocus(page)).toEqual([{ href: '#reason', focused: 'reason' }]);
    expect(await axeFindings(page)).toEqual([]);
    // The refused pages are among those scanned for internal codes when the file ends.
    const scanned = await recordedPages();
    expect(scanned.some((url) => new URL(url).pathname.endsWith('/afgoerelse'))).toBe(true);
    expect(scanned.some((url) => new URL(url).pathname.startsWith('/decisions/'))).toBe(true);
  }, 90_000);
});
