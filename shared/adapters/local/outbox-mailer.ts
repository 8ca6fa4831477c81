import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mail, Mailer } from '../../app/ports';
import { systemClock } from '../../runtime/clock';

/** An e-mail as the outbox keeps it: what was sent and when. */
export type SentMail = Mail & { sentAt: string };

/**
 * The local runtime's "mail server": each e-mail becomes one JSON file in the outbox folder,
 * named so that file names sort by sending time. Nothing leaves the machine.
 */
export class OutboxMailer implements Mailer {
  private sequence = 0;

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = systemClock.now,
  ) {}

  async send(mail: Mail): Promise<void> {
    const sentAt = this.now().toISOString();
    const stamp = sentAt.replace(/[-:.]/g, '');
    const sequence = String(this.sequence++).padStart(6, '0');
    const file = join(this.dir, `${stamp}-${sequence}-${randomBytes(4).toString('hex')}.json`);
    const sent: SentMail = { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, sentAt };
    await mkdir(this.dir, { recursive: true });
    // Written under another name first, so a reader never meets half an e-mail.
    await writeFile(`${file}.tmp`, JSON.stringify(sent, null, 2));
    await rename(`${file}.tmp`, file);
  }
}

/** Every e-mail in the outbox folder, newest first. */
export async function readOutbox(dir: string): Promise<SentMail[]> {
  await mkdir(dir, { recursive: true });
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  names.sort().reverse();
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as SentMail),
  );
}
