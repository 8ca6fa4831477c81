import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../shared/app/secret-hash';
import { useBrowserSuite } from './harness';

// Signing in through the real local OpenID provider in Chromium, under the pages' own CSP: the
// application's /log-ind, the provider's page, the code flow back, /api/session, sign-out.

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const suite = useBrowserSuite({ axeBrowser: true, axe: true });

beforeEach(async () => {
  await suite.browser.clearCookies();
});

const session = async (page: Page) => JSON.parse((await page.locator('body').textContent()) ?? '');

/** Opens `/log-ind?som=…&til=…` and waits for the provider's page. */
async function toProvider(page: Page, som: 'medarbejder' | 'borger', til: string) {
  await page.goto(`${suite.runtime.url}/log-ind?som=${som}&til=${encodeURIComponent(til)}`);
  expect(page.url().startsWith(`${suite.runtime.identityProvider.issuer}/interaction/`)).toBe(true);
}

/** Clicks a person's button on the provider's page and waits until the browser is back at `landing`. */
async function choose(page: Page, button: string, landing: string) {
  await Promise.all([page.waitForURL(landing), page.click(button)]);
}

describe('sign-in through the local OpenID provider, in Chromium', () => {
  it('signs the caseworker in and lands where the link said: /api/session names Mette Sørensen', async () => {
    const page = await suite.browser.newPage();
    await toProvider(page, 'medarbejder', '/api/session');
    expect(await page.textContent('h1')).toBe('Log ind som medarbejder');
    await choose(page, 'button[value="staff-caseworker"]', `${suite.runtime.url}/api/session`);
    expect(await session(page)).toEqual({
      signedIn: true,
      kind: 'staff',
      name: 'Mette Sørensen',
      roles: ['caseworker'],
      municipalities: ['randers', 'rudersdal'],
    });
    await page.close();
  });

  it('signs a family in through the MitID stand-in, a test citizen or a typed CPR number', async () => {
    const page = await suite.browser.newPage();
    await toProvider(page, 'borger', '/api/session');
    await choose(page, 'button[value="citizen-0101804321"]', `${suite.runtime.url}/api/session`);
    expect(await session(page)).toEqual({
      signedIn: true,
      kind: 'citizen',
      name: 'Karen Jensen',
      roles: [],
      municipalities: [],
    });
    expect(await page.content()).not.toContain('0101804321');

    await toProvider(page, 'borger', '/api/session');
    await page.fill('#cpr', '020304-1234');
    await choose(page, 'form:has(#cpr) button[type=submit]', `${suite.runtime.url}/api/session`);
    expect(await session(page)).toMatchObject({ signedIn: true, kind: 'citizen', name: 'Testborger' });
    await page.close();
  });

  it('signs out: the session ends at the application and at the provider, and the old cookie is worthless', async () => {
    const page = await suite.browser.newPage();
    await toProvider(page, 'medarbejder', '/log-ind');
    await choose(page, 'button[value="staff-team-lead"]', `${suite.runtime.url}/log-ind`);
    expect(await page.textContent('.signed-in')).toContain('Lone Kjær');
    const old = (await suite.browser.cookies(suite.runtime.url)).find((c) => c.name === 'sid')?.value ?? '';
    expect(old).not.toBe('');

    const visited: string[] = [];
    page.on('framenavigated', (frame) => visited.push(frame.url()));
    await Promise.all([
      page.waitForURL(`${suite.runtime.url}/`),
      page.click('.signed-in button[type=submit]'),
    ]);
    // On the way: the application's "signed out" page, then the provider's own sign-out.
    const providerSignOut = `${suite.runtime.identityProvider.issuer}/session/end`;
    expect(visited.some((url) => url.startsWith(providerSignOut))).toBe(true);
    await page.goto(`${suite.runtime.url}/api/session`);
    expect(await session(page)).toEqual({ signedIn: false });
    const withOld = await fetch(`${suite.runtime.url}/api/session`, { headers: { cookie: `sid=${old}` } });
    expect(await withOld.json()).toEqual({ signedIn: false });
    await page.close();
  });

  it('lands a forged til=https://evil.example on the front page', async () => {
    const page = await suite.browser.newPage();
    await toProvider(page, 'medarbejder', 'https://evil.example');
    await choose(page, 'button[value="staff-caseworker"]', `${suite.runtime.url}/`);
    await page.goto(`${suite.runtime.url}/api/session`);
    expect(await session(page)).toMatchObject({ signedIn: true, name: 'Mette Sørensen' });
    await page.close();
  });

  it('still signs in after the local clock moved three days ahead of the provider’s', async () => {
    const moved = await fetch(`${suite.runtime.url}/local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: 'P3D' }),
    });
    expect(moved.status).toBe(200);
    const { now } = (await moved.json()) as { now: string };
    const page = await suite.browser.newPage();
    await toProvider(page, 'borger', '/api/session');
    await choose(page, 'button[value="citizen-1502756789"]', `${suite.runtime.url}/api/session`);
    expect(await session(page)).toMatchObject({ signedIn: true, kind: 'citizen', name: 'Thomas Poulsen' });
    // The session runs on the application's clock (days ahead of the provider's tokens).
    const sid = (await suite.browser.cookies(suite.runtime.url)).find((c) => c.name === 'sid')?.value ?? '';
    const stored = await suite.runtime.deps.sessions.get(hashSecret(sid));
    expect(Date.parse(stored?.createdAt ?? '')).toBeGreaterThanOrEqual(Date.parse(now));
    await page.close();
  });

  it('has sign-in pages without accessibility violations, in Danish and English', async () => {
    const page = await suite.axeBrowser.newPage();
    const pages: { name: string; open: () => Promise<unknown> }[] = [
      { name: 'log-ind', open: () => page.goto(`${suite.runtime.url}/log-ind`) },
      { name: 'log-ind-en', open: () => page.goto(`${suite.runtime.url}/log-ind?lang=en`) },
      { name: 'provider-staff', open: () => toProvider(page, 'medarbejder', '/') },
      { name: 'provider-citizen', open: () => toProvider(page, 'borger', '/') },
      {
        name: 'provider-citizen-en',
        open: () => page.goto(`${suite.runtime.url}/log-ind?som=borger&lang=en`),
      },
    ];
    const found: string[] = [];
    for (const target of pages) {
      await target.open();
      await page.evaluate(suite.axeSource);
      const violations = (await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
        ).axe;
        const result = await axe.run({
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        });
        return result.violations;
      })) as Violation[];
      for (const v of violations)
        found.push(
          `${target.name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    }
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(found).toEqual([]);
    await page.close();
  });
});
