import { afterAll, expect } from 'vitest';
import { loadCatalogue } from '../../shared/rules/catalogue';
import { internalCodeFinder, readable, readableMail } from '../shared/http/plain-words';

// Issue 15, point 1: every page and e-mail a suite produces is scanned for internal codes. The
// http client (`send`), the workflow harness's mailer and the e2e harness (documents and the
// outbox) record here; each test file that records gets an afterAll that scans what it recorded.
// Per test file, because vitest isolates files: what one file produced is scanned in that file.

type Mail = { subject: string; text: string; html?: string };

const pages: { where: string; html: string }[] = [];
const mails: { where: string; mail: Mail }[] = [];
const mailers = new Set<{ sent: readonly Mail[] }>();
const pending: Promise<unknown>[] = [];

/** Pages for developers and machines, not for the people the words rule is about. */
const notForPeople = /^\/local\//;

// Registered when a test file first imports this module (at collection, so on the file's own suite);
// outside vitest (npm run screenshots uses the e2e harness too) there is no suite to scan for.
if (process.env.VITEST)
  afterAll(async () => {
    await Promise.all(pending);
    expect(recordedCodes()).toEqual([]);
  });

/** Records an HTML page a person would read (`where`: its path); other content types are not pages. */
export function recordPage(where: string, contentType: string | undefined, body: string): void {
  if (!contentType?.startsWith('text/html') || notForPeople.test(where.split('?')[0] ?? '')) return;
  pages.push({ where, html: body });
}

/** Records a page whose body arrives later (a browser's response). */
export function recordPageLater(where: string, contentType: string | undefined, body: Promise<string>): void {
  // A body the browser no longer has (the page navigated on) is no page to scan, and no failure.
  const settled = body.catch(() => undefined);
  if (!contentType?.startsWith('text/html') || notForPeople.test(new URL(where, 'http://x').pathname)) return;
  pending.push(
    settled.then((html) => {
      if (html !== undefined) pages.push({ where, html });
    }),
  );
}

/** Watches a mailer whose `sent` list is read when the file ends. */
export function recordMailer(mailer: { sent: readonly Mail[] }): void {
  mailers.add(mailer);
}

/** Records e-mails read from elsewhere (the local outbox). */
export function recordMails(where: string, sent: readonly Mail[]): void {
  for (const mail of sent) mails.push({ where, mail });
}

/** Every internal code in what was recorded, each once, named by where it was read. */
export function recordedCodes(): string[] {
  if (pages.length === 0 && mails.length === 0 && mailers.size === 0) return [];
  const codesIn = internalCodeFinder(loadCatalogue());
  const found = new Set<string>();
  for (const { where, html } of pages)
    for (const code of codesIn(readable(html))) found.add(`${where}: ${code}`);
  const allMails = [
    ...mails,
    ...[...mailers].flatMap((m) => m.sent.map((mail) => ({ where: 'mail', mail }))),
  ];
  for (const { where, mail } of allMails)
    for (const code of codesIn(readableMail(mail))) found.add(`${where} "${mail.subject}": ${code}`);
  return [...found];
}

/** Where each recorded page was read, once the browser's bodies have arrived. */
export async function recordedPages(): Promise<string[]> {
  await Promise.all(pending);
  return pages.map((p) => p.where);
}

/** Forgets what was recorded: only for the test that proves the scan finds codes. */
export function forgetRecorded(): void {
  pages.length = 0;
  mails.length = 0;
  mailers.clear();
}
