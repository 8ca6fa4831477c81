import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeCoreSource,
  fillCarSeat,
  receiptFile,
  submitCarSeat,
  threeDaysAgo,
  useBrowserSuite,
} from './harness';

const suite = useBrowserSuite({ axeBrowser: true });

/** A page that records the scripts' errors. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${suite.runtime.url}${path}`);
  return { page, errors };
}

/** The body of the next live calculation request that `accept` accepts. */
function nextEvaluation(page: Page, accept: (claim: Record<string, unknown>) => boolean) {
  return page.waitForRequest((request) => {
    if (!request.url().endsWith('/api/rules/evaluate')) return false;
    return accept(JSON.parse(request.postData() ?? '{}'));
  });
}

/** Resolves once the live calculation shows `text` as the payable amount. */
const payableShows = (page: Page, text: string) =>
  page.waitForFunction(
    (expected) =>
      (
        globalThis as unknown as {
          document: { querySelector: (s: string) => { textContent: string } | null };
        }
      ).document
        .querySelector('.calculation-payable')
        ?.textContent.includes(expected),
    text,
  );

/** The summary's links: where each goes and what it says. */
const summaryLinks = (page: Page) =>
  page.$$eval('#form-errors a', (links) =>
    links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
  );

/** The id of the focused element. */
const focusedId = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement
        ?.id,
  );

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };

/** axe-core's serious and critical findings (WCAG 2.1 AA) on the page as it is now. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(await axeCoreSource());
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))
      .violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the application form, in Chromium', () => {
  it("shows the server's errors as a summary linking to each field, and marks each field with its message", async () => {
    const { page, errors } = await open('/ansoeg/ran-car-seat');
    await page.fill('#applicant-email', 'mette@');
    await page.fill('#applicant-cpr', '1234');
    await page.fill('#expenses-0-description', 'Autostol');
    await page.fill('#expenses-0-amount', 'ca. 1800');
    await page.click('button[type=submit]');
    await page.waitForSelector('#form-errors .alert-error[role=alert]');

    // The summary has the focus and links each problem to its field, named by its label.
    expect(
      await page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: { activeElement: { closest: (s: string) => unknown } | null };
            }
          ).document.activeElement?.closest('#form-errors') != null,
      ),
    ).toBe(true);
    const links = await summaryLinks(page);
    const byHref = Object.fromEntries(links.map((l) => [l.href, l.text]));
    expect(Object.keys(byHref)).toEqual(
      expect.arrayContaining([
        '#applicant-name',
        '#applicant-email',
        '#applicant-cpr',
        '#child-birthDate',
        '#expenses-0-date',
        '#expenses-0-amount',
      ]),
    );
    expect(byHref['#applicant-name']).toMatch(/^Navn: /);
    expect(byHref['#applicant-cpr']).toMatch(/^CPR-nummer: skal være et CPR-nummer/);
    expect(byHref['#child-birthDate']).toMatch(/^Fødselsdato: mangler/);
    expect(byHref['#expenses-0-amount']).toMatch(/^Beløb i kr\. \(Udgifter\): /);
    for (const link of links) expect(link.text).not.toMatch(/applicant\.|child\.|\[0\]/);

    // Each field with an error: aria-invalid, DKFDS's error style, its message in aria-describedby.
    for (const id of [
      'applicant-name',
      'applicant-email',
      'applicant-cpr',
      'child-birthDate',
      'expenses-0-amount',
    ]) {
      expect(await page.getAttribute(`#${id}`, 'aria-invalid'), id).toBe('true');
      expect(await page.locator(`.form-group.form-error:has(#${id})`).count(), id).toBe(1);
      expect((await page.getAttribute(`#${id}`, 'aria-describedby'))?.split(' '), id).toContain(
        `${id}-error`,
      );
      expect(await page.textContent(`#${id}-error.form-error-message`), id).not.toBe('');
    }
    expect((await page.getAttribute('#applicant-cpr', 'aria-describedby'))?.split(' ')).toEqual([
      'applicant-cpr-error',
      'applicant-cpr-hint',
    ]);
    expect(await page.textContent('#child-birthDate-error')).toMatch(/Mangler/);
    expect(await page.getAttribute('#expenses-0-description', 'aria-invalid')).toBeNull();

    // A link moves the focus to its field.
    await page.click('#form-errors a[href="#expenses-0-amount"]');
    expect(await focusedId(page)).toBe('expenses-0-amount');

    // Sent again with the name given: the old marks are gone, the remaining problems marked anew.
    await page.fill('#applicant-name', 'Mette Jensen');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => {
      const d = (globalThis as unknown as { document: { querySelector: (s: string) => unknown } }).document;
      return (
        d.querySelector('#applicant-name[aria-invalid]') === null && d.querySelector('#form-errors .alert')
      );
    });
    expect((await summaryLinks(page)).map((l) => l.href)).not.toContain('#applicant-name');
    expect(await page.locator('#applicant-name-error').count()).toBe(0);
    expect(await page.locator('.form-group.form-error:has(#applicant-name)').count()).toBe(0);
    expect(await page.getAttribute('#applicant-email', 'aria-invalid')).toBe('true');
    expect(await page.locator('#applicant-email-error').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 60_000);

  it('names the fields in English, with the line of a list that has several', async () => {
    const { page } = await open('/ansoeg/ran-car-seat?lang=en');
    await fillCarSeat(page, { description: 'Car seat', amount: '1799' });
    await page.click('[data-list=expenses] [data-add-row]');
    await page.fill('#expenses-1-description', 'Second seat');
    await page.fill('#expenses-1-amount', '12,345');
    await page.click('button[type=submit]');
    await page.waitForSelector('#form-errors .alert-error');
    const links = await summaryLinks(page);
    expect(links).toContainEqual({
      href: '#expenses-1-date',
      text: 'Date of purchase (Expenses, line 2): is required',
    });
    expect(links.map((l) => l.href)).toContain('#expenses-1-amount');
    expect(await page.textContent('#error-summary-heading')).toBe('There is a problem');
    expect(await page.textContent('#expenses-1-date-error')).toBe('Error: Is required');
    expect(await page.getAttribute('#expenses-0-date', 'aria-invalid')).toBeNull();
  }, 60_000);

  it('reads amounts and kilometres as people type them, and shows the calculation in the page language', async () => {
    const { page, errors } = await open('/ansoeg/ran-car-seat');
    await page.selectOption('#applicant-role', 'relief-family');
    await page.fill('#child-birthDate', '2019-05-01');
    await page.fill('#expenses-0-date', threeDaysAgo());
    await page.fill('#expenses-0-description', 'Autostol');
    const amountOf = (claim: Record<string, unknown>) =>
      (claim.expenses as { amount?: string }[] | undefined)?.[0]?.amount;
    for (const typed of ['1.799,00 kr.', '1 799,00 kr', 'kr. 1.799,00', '1799.00', '1799']) {
      const sent = nextEvaluation(page, (claim) => amountOf(claim) === '1799.00');
      await page.fill('#expenses-0-amount', '');
      await page.fill('#expenses-0-amount', typed);
      await sent;
    }
    // Randers pays at most 1.500 kr. for a car seat.
    await payableShows(page, 'Kan udbetales efter reglerne: 1.500,00 kr.');

    const english = (await open('/ansoeg/ran-car-seat?lang=en')).page;
    await english.fill('#child-birthDate', '2019-05-01');
    await english.fill('#expenses-0-date', threeDaysAgo());
    await english.fill('#expenses-0-description', 'Car seat');
    await english.fill('#expenses-0-amount', '1.799,00 kr.');
    await payableShows(english, 'Payable under the rules: DKK 1,500.00');

    // Kilometres: thousands dots and a decimal comma; 0 goes as 0, for the rules to judge.
    await page.goto(`${suite.runtime.url}/ansoeg/ran-mileage`);
    await page.fill('#trips-0-date', threeDaysAgo());
    await page.fill('#trips-0-purpose', 'Samvær');
    const kmOf = (claim: Record<string, unknown>) => (claim.trips as { km?: unknown }[] | undefined)?.[0]?.km;
    for (const [typed, km] of [
      ['1.234,5', 1234.5],
      ['12,5', 12.5],
      ['42', 42],
      ['0', 0],
    ] as const) {
      const sent = nextEvaluation(page, (claim) => kmOf(claim) === km);
      await page.fill('#trips-0-km', typed);
      await sent;
    }
    expect(errors).toEqual([]);
  }, 60_000);

  it('says in the live calculation that a date lies after today, instead of asking to fill in missing fields', async () => {
    const { page, errors } = await open('/ansoeg/ran-car-seat');
    await page.selectOption('#applicant-role', 'relief-family');
    await page.fill('#child-birthDate', '2019-05-01');
    const inFiveDays =
      DateTime.fromJSDate(suite.runtime.clock.now(), { zone: 'Europe/Copenhagen' })
        .plus({ days: 5 })
        .toISODate() ?? '';
    await page.fill('#expenses-0-date', inFiveDays);
    await page.fill('#expenses-0-description', 'Autostol');
    await page.fill('#expenses-0-amount', '1799');

    const problem = page.locator('.calculation-problem');
    await problem.first().waitFor();

    expect(await problem.allTextContents()).toEqual([
      expect.stringContaining('ligger efter ansøgningens modtagelse'),
    ]);
    expect(await problem.first().textContent()).toMatch(/^Dato/);
    expect(await page.textContent('#calculation')).not.toContain('manglende felter');
    expect(errors).toEqual([]);
  }, 60_000);

  it('reads a stay as Copenhagen time, and takes the addresses of a trip', async () => {
    // This machine's browser runs on UTC: a form that used the browser's zone would send 14:00Z.
    const { page, errors } = await open('/ansoeg/ran-relief-fee');
    const fromOf = (claim: Record<string, unknown>) =>
      (claim.stays as { from?: string }[] | undefined)?.[0]?.from;
    const winter = nextEvaluation(page, (claim) => fromOf(claim) === '2026-02-06T13:00:00.000Z');
    await page.fill('#stays-0-from', '2026-02-06T14:00');
    await winter;
    const summer = nextEvaluation(page, (claim) => fromOf(claim) === '2026-06-06T12:00:00.000Z');
    await page.fill('#stays-0-from', '2026-06-06T14:00');
    await summer;

    await page.goto(`${suite.runtime.url}/ansoeg/ran-mileage`);
    const tripOf = (claim: Record<string, unknown>) =>
      (claim.trips as Record<string, unknown>[] | undefined)?.[0];
    const sent = nextEvaluation(page, (claim) => tripOf(claim)?.to === 'Skolegade 1, Randers');
    await page.fill('#trips-0-from', 'Vestergade 2, Randers');
    await page.fill('#trips-0-to', 'Skolegade 1, Randers');
    const claim = JSON.parse((await sent).postData() ?? '{}');
    expect(tripOf(claim)).toMatchObject({ from: 'Vestergade 2, Randers', to: 'Skolegade 1, Randers' });
    expect(errors).toEqual([]);
  }, 60_000);

  it('after Back from the receipt page: no file left in the input that is not attached, and a notice with a link to the application', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requested: string[] = [];
    page.on('request', (r) => requested.push(`${r.url()} ${JSON.stringify(r.headers())}`));
    // A file on disk, as a phone's picker gives it: Chromium restores such a choice after Back.
    const folder = await mkdtemp(join(tmpdir(), 'supplements-receipt-'));
    const path = join(folder, 'kvittering.pdf');
    await writeFile(path, receiptFile().buffer);
    try {
      await page.goto(`${suite.runtime.url}/ansoeg/ran-car-seat`);
      await fillCarSeat(page, { description: 'Autostol', amount: '1799,00' });
      await page.setInputFiles('#receipts', path);
      await page.waitForSelector('#uploaded li[data-upload-id]');
      await page.click('button[type=submit]');
      await page.waitForURL(/\/kvittering\//);
      await page.waitForSelector('#status[data-status]');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const token = new URL(page.url()).hash.slice(1);
    expect(token.length).toBeGreaterThan(10);

    await page.goBack();
    await page.waitForSelector('#already-sent .alert-info');
    // Nothing chosen that would not go with a new application; the typed fields are kept.
    expect(
      await page.$eval('#receipts', (input) => (input as unknown as { files: unknown[] }).files.length),
    ).toBe(0);
    expect(await page.locator('#uploaded li').count()).toBe(0);
    expect(await page.textContent('#already-sent')).toContain(
      'Du har allerede sendt en ansøgning fra denne formular. Sender du igen, bliver det en ny ansøgning.',
    );
    const link = new URL((await page.getAttribute('#already-sent a', 'href')) ?? '', suite.runtime.url);
    expect(link.pathname).toBe(`/status/${id}`);
    expect(link.search).toBe('');
    expect(link.hash).toBe(`#${token}`);

    // The link shows the application sent; the token went only in the fragment and the Bearer header.
    await page.click('#already-sent a');
    await page.waitForSelector('#status[data-status]');
    expect(new URL(page.url()).pathname).toBe(`/status/${id}`);
    const carriers = requested.filter((r) => r.includes(token));
    expect(carriers.length).toBeGreaterThan(0);
    for (const r of carriers) {
      expect(r.split(' ')[0]).not.toContain(token);
      expect(r).toContain(`"authorization":"Bearer ${token}"`);
    }

    // In English, the same notice in English on a fresh page in the same tab.
    await page.goto(`${suite.runtime.url}/ansoeg/ran-car-seat?lang=en`);
    await page.waitForSelector('#already-sent .alert-info');
    expect(await page.textContent('#already-sent')).toContain(
      'You have already sent an application from this form.',
    );
    expect(await page.getAttribute('#already-sent a', 'href')).toBe(`/status/${id}?lang=en#${token}`);
    // Another benefit's form has sent nothing.
    await page.goto(`${suite.runtime.url}/ansoeg/ran-booster-cushion`);
    expect(await page.locator('#already-sent .alert').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);

  it('restored from the back/forward cache after sending: a new application with its own key, without the receipts already sent', async () => {
    const { page, errors } = await open('/ansoeg/ran-car-seat');
    // The receipt page answers 204 No Content, so this very document stays, as the cache would keep it.
    await page.route('**/kvittering/**', (route) => route.fulfill({ status: 204 }));
    await fillCarSeat(page, { description: 'Autostol', amount: '1799,00' });
    await page.setInputFiles('#receipts', receiptFile());
    await page.waitForSelector('#uploaded li[data-upload-id]');
    const isSubmit = (r: Response) =>
      r.url().endsWith('/api/applications') && r.request().method() === 'POST';
    const [first] = await Promise.all([page.waitForResponse(isSubmit), page.click('button[type=submit]')]);
    const firstBody = JSON.parse(first.request().postData() ?? '{}') as { receipts: string[] };
    expect(firstBody.receipts).toHaveLength(1);
    const sentRecord = () =>
      page.evaluate(() =>
        (
          globalThis as unknown as { sessionStorage: { getItem: (k: string) => string | null } }
        ).sessionStorage.getItem('supplements:sent:ran-car-seat'),
      );
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { sessionStorage: { getItem: (k: string) => string | null } }
        ).sessionStorage.getItem('supplements:sent:ran-car-seat') !== null,
    );
    const { id } = JSON.parse((await sentRecord()) ?? '{}') as { id: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,}$/);

    await page.evaluate(() => {
      const w = globalThis as unknown as {
        dispatchEvent: (e: unknown) => void;
        PageTransitionEvent: new (type: string, init: { persisted: boolean }) => unknown;
      };
      w.dispatchEvent(new w.PageTransitionEvent('pageshow', { persisted: true }));
    });
    await page.waitForSelector('#already-sent .alert-info');
    expect(await page.locator('#uploaded li').count()).toBe(0);
    const [second] = await Promise.all([page.waitForResponse(isSubmit), page.click('button[type=submit]')]);
    const secondBody = JSON.parse(second.request().postData() ?? '{}') as { receipts: string[] };
    expect(secondBody.receipts).toEqual([]);
    expect(second.request().headers()['idempotency-key']).not.toBe(
      first.request().headers()['idempotency-key'],
    );
    await page.waitForFunction(
      (first) =>
        !(
          globalThis as unknown as { sessionStorage: { getItem: (k: string) => string | null } }
        ).sessionStorage
          .getItem('supplements:sent:ran-car-seat')
          ?.includes(first),
      id,
    );
    expect(JSON.parse((await sentRecord()) ?? '{}').id).not.toBe(id);
    expect(errors).toEqual([]);
  }, 60_000);

  it('says why a receipt cannot be uploaded: its type, an empty file, its size, or the server’s reason', async () => {
    const { page, errors } = await open('/ansoeg/ran-car-seat');
    const max = suite.runtime.deps.settings.maxReceiptBytes;
    const failures = () => page.locator('#uploaded li[data-upload-failed]');
    await page.setInputFiles('#receipts', {
      name: 'foto.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('GIF89a'),
    });
    await failures().nth(0).waitFor();
    await page.setInputFiles('#receipts', {
      name: 'tom.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(0),
    });
    await failures().nth(1).waitFor();
    await page.setInputFiles('#receipts', {
      name: 'stor.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(max + 1, 0x25),
    });
    await failures().nth(2).waitFor();
    // The server refuses a file name over 200 characters: its words are shown.
    await page.setInputFiles('#receipts', { ...receiptFile(), name: `${'k'.repeat(201)}.pdf` });
    await failures().nth(3).waitFor();
    // HEIC from a phone the system does not label: known by its extension, and uploaded.
    await page.setInputFiles('#receipts', {
      name: 'IMG_0001.HEIC',
      mimeType: '',
      buffer: Buffer.from('heic'),
    });
    await page.waitForSelector('#uploaded li[data-upload-id]');
    const texts = await failures().allTextContents();
    const mb = String(max / (1024 * 1024));
    expect(texts[0]).toBe('foto.gif kan ikke uploades. Filen er ikke en PDF eller et billede.');
    expect(texts[1]).toBe('tom.pdf kan ikke uploades. Filen er tom.');
    expect(texts[2]).toBe(`stor.pdf kan ikke uploades. Filen er for stor (højst ${mb} MB).`);
    expect(texts[3]).toContain('Skal være et filnavn på 1-200 tegn');
    expect(await page.textContent('#uploaded li[data-upload-id]')).toBe('IMG_0001.HEIC: uploadet');
    expect(await page.textContent('#receipts-hint')).toContain(`højst ${mb} MB`);
    // The input is emptied after each choice: the list says what is attached.
    expect(
      await page.$eval('#receipts', (input) => (input as unknown as { files: unknown[] }).files.length),
    ).toBe(0);

    const english = (await open('/ansoeg/ran-car-seat?lang=en')).page;
    await english.setInputFiles('#receipts', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    });
    await english.locator('#uploaded li[data-upload-failed]').waitFor();
    expect(await english.textContent('#uploaded li')).toBe(
      'notes.txt cannot be uploaded. The file is not a PDF or an image.',
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('offers the item kinds of a price list as a choice with their Danish and English names', async () => {
    const { page, errors } = await open('/ansoeg/rud-s41-encopresis-bedding');
    const options = await page.$$eval('#items-0-kind option', (list) =>
      list.map((o) => ({ value: o.getAttribute('value'), text: o.textContent })),
    );
    expect(options).toEqual([
      { value: '', text: 'Vælg' },
      { value: 'duvet', text: 'Dyne' },
      { value: 'pillow', text: 'Pude' },
      { value: 'mattress', text: 'Madras' },
      { value: 'bedwetting-sheet', text: 'Vådliggerlagen' },
    ]);
    await page.selectOption('#applicant-role', 'parent');
    await page.fill('#child-birthDate', '2018-05-01');
    await page.fill('#items-0-quantity', '1');
    const sent = nextEvaluation(
      page,
      (claim) => (claim.items as { kind?: string }[] | undefined)?.[0]?.kind === 'mattress',
    );
    await page.selectOption('#items-0-kind', { label: 'Madras' });
    await sent;
    // A second line offers the same choice, starting from "Vælg".
    await page.click('[data-list=items] [data-add-row]');
    expect(await page.$eval('#items-1-kind', (s) => (s as unknown as { value: string }).value)).toBe('');
    expect(await page.locator('#items-1-kind option').count()).toBe(5);

    const english = (await open('/ansoeg/rud-s41-clothing?lang=en')).page;
    const labels = await english.$$eval('#items-0-kind option', (list) => list.map((o) => o.textContent));
    expect(labels).toEqual(
      expect.arrayContaining(['Choose', 'Trousers', 'Long-sleeved top', 'Socks', 'Winter jacket']),
    );
    // A benefit with one kind has it chosen; the calculators' kinds have names too.
    const laundry = (await open('/ansoeg/rud-s41-laundry')).page;
    expect(await laundry.$$eval('#items-0-kind option', (list) => list.map((o) => o.textContent))).toEqual([
      'Ekstra vask',
    ]);
    const diet = (await open('/ansoeg/rud-s41-diet')).page;
    expect(await diet.textContent('#items-0-kind')).toContain('Energiberiget kost');
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows amounts and days on the status page the way each language writes them', async () => {
    const page = await suite.browser.newPage();
    const { statusUrl } = await submitCarSeat(page, suite.runtime, 'en');
    expect(new URL(statusUrl).search).toBe('?lang=en');
    await page.goto(statusUrl);
    await page.waitForSelector('#status dl');
    const english = (await page.textContent('#status')) ?? '';
    expect(english).toContain('DKK 1,799.00');
    expect(english).toContain('DKK 1,500.00');
    expect(english).not.toContain(' kr.');
    expect(await page.textContent('.timeline time')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);

    await page.goto(statusUrl.replace('?lang=en', ''));
    await page.waitForSelector('#status dl');
    expect(await page.textContent('#status')).toContain('1.500,00 kr.');
    expect(await page.textContent('.timeline time')).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4}$/);
  }, 60_000);

  it('passes axe-core with the error summary, the field errors, a refused upload and the notice shown', async () => {
    for (const lang of ['', '?lang=en']) {
      const page = await suite.axeBrowser.newPage();
      await page.goto(`${suite.runtime.url}/ansoeg/rud-s41-encopresis-bedding${lang}`);
      await page.evaluate(() =>
        (
          globalThis as unknown as { sessionStorage: { setItem: (k: string, v: string) => void } }
        ).sessionStorage.setItem(
          'supplements:sent:rud-s41-encopresis-bedding',
          JSON.stringify({ id: 'abcdefghijkl', statusToken: 'token-token-token' }),
        ),
      );
      await page.reload();
      await page.waitForSelector('#already-sent .alert-info');
      await page.fill('#applicant-email', 'x@');
      await page.setInputFiles('#receipts', {
        name: 'a.gif',
        mimeType: 'image/gif',
        buffer: Buffer.from('GIF'),
      });
      await page.waitForSelector('#uploaded li[data-upload-failed]');
      await page.click('button[type=submit]');
      await page.waitForSelector('#form-errors .alert-error');
      expect(await page.locator('[aria-invalid=true]').count()).toBeGreaterThan(2);
      expect(await axeFindings(page), lang || 'da').toEqual([]);
    }
  }, 60_000);
});
