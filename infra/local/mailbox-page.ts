import type { SentMail } from '../../shared/adapters/local/outbox-mailer';
import { escapeHtml } from '../../shared/domain/escape-html';
import { Html, html, page } from '../../shared/http/html';

/** Plain text with its http(s) links made clickable, everything else escaped. */
function linked(text: string): Html {
  return new Html(escapeHtml(text).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`));
}

/** An e-mail's attachments, each a link to its file in the outbox (GET /local/mail/attachments/{file}). */
function attachmentList(mail: SentMail): Html | string {
  if (!mail.attachments?.length) return '';
  return html`<p>Vedhæftet <span lang="en">/ Attached</span>:</p>
<ul>${mail.attachments.map(
    (a) =>
      html`<li><a href="/local/mail/attachments/${a.file}">${a.filename}</a> (${a.contentType}, ${Math.ceil(a.size / 1024)} KB)</li>`,
  )}</ul>`;
}

/** The local outbox as a page: newest first, each e-mail's recipient, subject, time and text. */
export function mailboxPage(mails: SentMail[]): string {
  const items = mails.map(
    (mail) => html`<article class="mail">
<h2>${mail.subject}</h2>
<p>Til <span lang="en">/ To</span>: ${mail.to} · <time datetime="${mail.sentAt}">${mail.sentAt}</time></p>
<pre class="mail-text">${linked(mail.text)}</pre>
${attachmentList(mail)}
</article>`,
  );
  return page(
    'Lokal postkasse / Local mailbox',
    html`<h1>Lokal postkasse <span lang="en">/ Local mailbox</span></h1>
<p>${mails.length} e-mail(s), nyeste først <span lang="en">/ newest first</span>. Intet er sendt ud af maskinen <span lang="en">/ nothing left this machine</span>.</p>
${items.length > 0 ? items : html`<p>Ingen e-mails endnu. <span lang="en">No e-mail yet.</span></p>`}`,
  );
}
