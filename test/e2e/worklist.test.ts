import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseRef } from '../../shared/domain/case-ref';
import { STATE } from '../../workflows/application-workflow';
import { linkFromMailbox, signInAs, submitCarSeat, useBrowserSuite } from './harness';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const suite = useBrowserSuite({
  // Four eyes above 1.000 kr.: the car seat's 1.500 kr. needs a second approval.
  env: { FOUR_EYES_ABOVE_ORE: '100000' },
  bypassCSP: true,
  axe: true,
});

/** The child as the family's form identifies it (the family's sign-in work adds the fields to the form). */
async function identifyChild(id: string) {
  const stored = await suite.runtime.deps.applications.get(id);
  if (!stored) throw new Error('no application');
  const next = { ...stored, child: { name: 'Ida Jensen', cpr: '0105192345' }, version: stored.version + 1 };
  expect(await suite.runtime.deps.applications.put(next)).toBe(true);
}

/** Serious and critical axe-core violations of the open page (WCAG 2.1 AA and best practice). */
async function axeViolations(page: Page): Promise<string[]> {
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
    .map((v) => `${page.url()}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The bits of the DOM the sideways check reads (the tests compile without the DOM library). */
type Box = {
  tagName: string;
  className: string;
  closest: (s: string) => unknown;
  getBoundingClientRect: () => { right: number };
};
type Dom = {
  document: {
    documentElement: { clientWidth: number; scrollWidth: number };
    querySelectorAll: (s: string) => ArrayLike<Box>;
  };
};

/** Elements that stick out to the right of a narrow viewport (those inside their own scrolling box excepted). */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      if (el.closest('.table--responsive-scroll')) continue;
      const right = el.getBoundingClientRect().right;
      if (right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(right)}px`);
    }
    return out;
  });
}

describe('the worklist and the signed-in case page, in Chromium', () => {
  it('lists, filters, searches, takes, shows and decides a case; four eyes, municipalities and the access log hold', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { id } = await submitCarSeat(page, suite.runtime);
    await identifyChild(id);
    const ref = caseRef(id);
    const row = page.locator(`tr[data-ref="${ref}"]`);

    // The caseworker sees the case in the worklist, filters and searches it by the child's CPR.
    await signInAs(suite.browser, suite.runtime, 'caseworker');
    await page.goto(`${suite.runtime.url}/sager`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Sagsbehandleren');
    await page.selectOption('#benefit', 'ran-car-seat');
    await Promise.all([page.waitForURL(/benefit=ran-car-seat/), page.click('.worklist-filters button')]);
    expect(await row.count()).toBe(1);
    await page.selectOption('#status', 'paid');
    await Promise.all([page.waitForURL(/status=paid/), page.click('.worklist-filters button')]);
    expect(await row.count()).toBe(0);
    expect(await page.textContent('#empty-state')).toContain('Der er ingen sager');
    await page.goto(`${suite.runtime.url}/sager`);
    await page.fill('#q', '010519-2345');
    await Promise.all([page.waitForEvent('load'), page.click('.worklist-search button')]);
    expect(await row.count()).toBe(1);
    expect(page.url()).not.toContain('0105');

    // Takes it, opens it, shows the CPR number, decides.
    await Promise.all([
      page.waitForURL(new RegExp(`/sager/${id}$`)),
      row.locator('.take-case button').click(),
    ]);
    expect(await page.textContent('#assignee')).toContain('Mette Sørensen');
    expect(await page.textContent('#child-cpr')).not.toContain('2345');
    await Promise.all([page.waitForURL(/vis=cpr/), page.click('.show-cpr button')]);
    expect(await page.textContent('#child-cpr')).toBe('010519-2345');
    await page.check('#action-approve');
    const second = suite.runtime.engine.whenWaiting(STATE.secondApproval, id);
    await Promise.all([page.waitForEvent('load'), page.click('#decision-form button[type=submit]')]);
    expect(await page.textContent('h1')).toBe('Afgørelsen er registreret');
    await second;
    await page.goto(`${suite.runtime.url}/sager/${id}`);
    expect(await page.locator('#decision-form').count()).toBe(0);
    expect(await page.textContent('main')).toContain('Mette Sørensen');

    // The caseworker who decided cannot give the second approval, not even through the approver's link.
    const approverLink = await linkFromMailbox(
      page,
      suite.runtime,
      id,
      'godkender@kommune.local',
      'decisions',
    );
    await page.goto(approverLink);
    await page.check('#action-approve');
    await Promise.all([page.waitForEvent('load'), page.click('button[type=submit]')]);
    expect(await page.textContent('h1')).toBe('Afgørelsen er ikke registreret');
    expect(await page.textContent('main')).toContain('Du kan ikke godkende din egen afgørelse');

    // Rudersdal's caseworker neither sees nor opens a Randers case.
    await signInAs(suite.browser, suite.runtime, 'caseworker@rudersdal');
    await page.goto(`${suite.runtime.url}/sager`);
    expect(await page.textContent('main')).not.toContain(ref);
    const foreign = await page.goto(`${suite.runtime.url}/sager/${id}`);
    expect(foreign?.status()).toBe(404);
    expect(await page.textContent('main')).not.toContain('Mette Jensen');

    // The team lead reads the access log, with what the caseworker did.
    await signInAs(suite.browser, suite.runtime, 'team-lead');
    await page.goto(`${suite.runtime.url}/sager/${id}`);
    await Promise.all([page.waitForURL(/adgangslog/), page.click('#access-log-link')]);
    const log = (await page.textContent('#access-log')) ?? '';
    for (const what of [
      'Tog sagen',
      'Så sagen',
      'Så barnets CPR-nummer',
      'Traf afgørelse',
      'Læste adgangsloggen',
    ])
      expect(log).toContain(what);
    expect(log).toContain('Mette Sørensen');
    expect(log).toMatch(/\d{4} kl\. \d{2}\.\d{2}/);

    // The second approver gives the second approval on the case page.
    await signInAs(suite.browser, suite.runtime, 'second-approver');
    await page.goto(`${suite.runtime.url}/sager/${id}`);
    await page.check('#action-approve');
    const payout = suite.runtime.engine.whenWaiting(STATE.schedulePayout, id);
    await Promise.all([page.waitForEvent('load'), page.click('#decision-form button[type=submit]')]);
    await payout;
    expect((await suite.runtime.deps.applications.get(id))?.secondApproval?.decidedBy).toBe('Per Nielsen');

    // Accessible, and usable on a phone: nothing scrolls sideways at 390 px.
    await signInAs(suite.browser, suite.runtime, 'caseworker');
    const found: string[] = [];
    for (const path of ['/sager', `/sager/${id}`, '/sager?lang=en', `/sager/${id}?lang=en`]) {
      await page.goto(`${suite.runtime.url}${path}`);
      found.push(...(await axeViolations(page)));
    }
    expect(found).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/sager', `/sager/${id}`]) {
      await page.goto(`${suite.runtime.url}${path}`);
      expect(await sticksOut(page), path).toEqual([]);
      found.push(...(await axeViolations(page)));
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
