import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STATE } from '../../workflows/application-workflow';
import { receiptFile, signInAs, threeDaysAgo, useBrowserSuite } from './harness';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const suite = useBrowserSuite({ bypassCSP: true, axe: true });

/** Two of the local MitID stand-in's test citizens. */
const KAREN = { cpr: '0101804321', name: 'Karen Jensen' };
const THOMAS = { cpr: '1502756789', name: 'Thomas Poulsen' };

/** Serious and critical WCAG 2.1 AA violations on the open page, named. */
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

/** How far the open page scrolls sideways (0 when it fits the viewport). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return document.documentElement.scrollWidth - innerWidth;
  });

describe('"Mine ansøgninger", end to end in Chromium', () => {
  it('a signed-in family applies with name and CPR from MitID and finds the application with its status; another family sees none of it', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 390, height: 844 });
    const problems: string[] = [];
    const overflow: Record<string, number> = {};
    const check = async (name: string) => {
      problems.push(...(await axeViolations(page, name)));
      overflow[name] = await sideways(page);
    };

    // Not signed in, the form offers MitID besides applying as before.
    await page.goto(`${suite.runtime.url}/ansoeg/ran-car-seat`);
    expect(await page.getAttribute('#sign-in-offer a', 'href')).toBe(
      `/log-ind?som=borger&til=${encodeURIComponent('/ansoeg/ran-car-seat')}`,
    );
    expect(await page.locator('#applicant-cpr').count()).toBe(1);

    // Karen signs in: her name and CPR number are shown, read-only, and not fields.
    await signInAs(suite.browser, suite.runtime, `family:${KAREN.cpr}`);
    await page.goto(`${suite.runtime.url}/ansoeg/ran-car-seat`);
    expect(await page.textContent('#applicant-name-mitid')).toBe(KAREN.name);
    expect(await page.textContent('#applicant-cpr-mitid')).toBe('010180-****');
    expect(await page.locator('#applicant-name, #applicant-cpr, #sign-in-offer').count()).toBe(0);
    expect(await page.textContent('header')).toContain(`Logget ind som ${KAREN.name}`);
    await check('apply-signed-in');

    // The live calculation is sent no one's identity: no name, e-mail or CPR number.
    const evaluated: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/rules/evaluate')) evaluated.push(r.postData() ?? '');
    });
    await page.selectOption('#applicant-role', 'relief-family');
    await page.fill('#applicant-email', 'karen@example.test');
    await page.fill('#child-name', 'Liva Jensen');
    // A CPR number that does not encode the birth date typed beside it is named at its field.
    await page.fill('#child-cpr', '020519-4321');
    await page.fill('#child-birthDate', '2019-05-01');
    await page.fill('#expenses-0-date', threeDaysAgo());
    await page.fill('#expenses-0-description', 'Autostol');
    await page.fill('#expenses-0-amount', '1799,00');
    await page.setInputFiles('#receipts', receiptFile());
    await page.waitForSelector('#uploaded li[data-upload-id]');
    await page.waitForSelector('.calculation-payable');
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.filter((body) => /Liva|Karen|karen@|4321/.test(body))).toEqual([]);
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/applications') && r.method() === 'POST');
    // The form's own button: the header's sign-out form has one too.
    await page.click('#application button[type=submit]');
    const body = (await sent).postDataJSON() as { applicant: Record<string, unknown> };
    // The script sends neither name nor CPR: the server takes them from the session.
    expect(Object.keys(body.applicant).sort()).toEqual(['email', 'role']);
    await page.waitForSelector('#child-cpr-error');
    expect(await page.textContent('#child-cpr-error')).toContain('Passer ikke med barnets fødselsdato');
    expect(await page.textContent('#form-errors')).toContain('Barnets CPR-nummer');
    await page.fill('#child-cpr', '010519-4321');
    const reviewWaits = suite.runtime.engine.whenWaiting(STATE.review);
    await page.click('#application button[type=submit]');
    await page.waitForURL(/\/kvittering\//);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await reviewWaits;
    const stored = await suite.runtime.deps.applications.get(id);
    expect(stored?.applicant).toMatchObject({ name: KAREN.name, cpr: KAREN.cpr });
    expect(stored?.child).toEqual({ name: 'Liva Jensen', cpr: '0105194321' });

    // The receipt page points to "Mine ansøgninger"; the list shows the application with its status.
    await page.waitForSelector('#status[data-status]');
    await check('receipt-signed-in');
    await Promise.all([page.waitForURL(/\/mine-ansoegninger$/), page.click('#my-applications-link')]);
    const entry = page.locator(`li[data-id="${id}"]`);
    expect(await entry.locator('[data-fact="status"]').textContent()).toBe('Under behandling');
    expect(await entry.locator('[data-fact="case"]').textContent()).toBe(id.slice(0, 8).toUpperCase());
    expect(await entry.locator('h2').textContent()).toBe('Autostol');
    await check('list');
    await Promise.all([
      page.waitForURL(new RegExp(`/mine-ansoegninger/${id}$`)),
      entry.locator('h2 a').click(),
    ]);
    expect(await page.textContent('h1')).toBe('Autostol');
    expect(await page.locator('#timeline li').count()).toBeGreaterThanOrEqual(2);
    await check('detail');
    await page.goto(`${suite.runtime.url}/mine-ansoegninger/${id}?lang=en`);
    expect(await page.textContent('[data-fact="status"]')).toBe('In review');
    await check('detail-en');

    // Thomas, signed in, finds nothing of Karen's: not in his list, and her id is a plain 404.
    await signInAs(suite.browser, suite.runtime, `family:${THOMAS.cpr}`);
    await page.goto(`${suite.runtime.url}/mine-ansoegninger`);
    expect(await page.textContent('header')).toContain(`Logget ind som ${THOMAS.name}`);
    expect(await page.locator(`li[data-id="${id}"]`).count()).toBe(0);
    expect(await page.content()).not.toContain(id);
    await check('list-empty');
    const foreign = await page.goto(`${suite.runtime.url}/mine-ansoegninger/${id}`);
    expect(foreign?.status()).toBe(404);
    const foreignText = await page.textContent('main');
    const unknown = await page.goto(`${suite.runtime.url}/mine-ansoegninger/${'x'.repeat(22)}`);
    expect(unknown?.status()).toBe(404);
    expect(await page.textContent('main')).toBe(foreignText);
    expect(foreignText).not.toContain('Autostol');

    expect(problems).toEqual([]);
    expect(Object.entries(overflow).filter(([, px]) => px > 0)).toEqual([]);
    expect(Object.keys(overflow)).toHaveLength(6);
    expect(errors).toEqual([]);
  }, 120_000);
});
