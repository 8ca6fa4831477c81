import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mail, Mailer } from '../../app/ports';
import { systemClock } from '../../runtime/clock';

/** An attachment as the outbox lists it: its bytes are a file of their own beside the e-mail (`file`). */
export type SentAttachment = { filename: string; contentType: string; size: number; file: string };

/** An e-mail as the outbox keeps it: what was sent and when; attachments by name, type, size and file. */
export type SentMail = Omit<Mail, 'attachments'> & { sentAt: string; attachments?: SentAttachment[] };

/** An attachment's file in the outbox: letters, digits, dots and dashes only, so a route may serve it by name. */
export const ATTACHMENT_FILE = /^[0-9A-Za-z][0-9A-Za-z.-]{0,200}\.(pdf|bin)$/;

/**
 * The local runtime's "mail server": each e-mail becomes one JSON file in the outbox folder,
 * named so that file names sort by sending time, and each attachment a file beside it (written
 * first, so the e-mail never names a file that is not there). Nothing leaves the machine.
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
    const base = `${stamp}-${sequence}-${randomBytes(4).toString('hex')}`;
    const file = join(this.dir, `${base}.json`);
    await mkdir(this.dir, { recursive: true });
    const attachments: SentAttachment[] = [];
    for (const [index, attachment] of (mail.attachments ?? []).entries()) {
      const name = `${base}-${index}.${attachment.contentType === 'application/pdf' ? 'pdf' : 'bin'}`;
      await writeFile(join(this.dir, name), attachment.content);
      attachments.push({
        filename: attachment.filename,
        contentType: attachment.contentType,
        size: attachment.content.length,
        file: name,
      });
    }
    const sent: SentMail = {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      sentAt,
      ...(attachments.length > 0 ? { attachments } : {}),
    };
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

/** An attachment's bytes from the outbox folder by its file name; undefined for any other name. */
export async function readOutboxAttachment(dir: string, file: string): Promise<Uint8Array | undefined> {
  if (!ATTACHMENT_FILE.test(file)) return undefined;
  try {
    return new Uint8Array(await readFile(join(dir, file)));
  } catch {
    return undefined;
  }
}
