import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mail, Mailer } from '../../app/ports';

const CHARSET = 'UTF-8';

/** Mail through SES v2, as plain text with an HTML alternative and any attachments, from one fixed sender address. */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
    private readonly configurationSetName?: string,
  ) {}

  async send(mail: Mail): Promise<void> {
    await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [mail.to] },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: CHARSET },
            Body: {
              Text: { Data: mail.text, Charset: CHARSET },
              Html: { Data: mail.html, Charset: CHARSET },
            },
            // SES builds the multipart message itself from Simple content with attachments.
            ...(mail.attachments?.length
              ? {
                  Attachments: mail.attachments.map((a) => ({
                    FileName: a.filename,
                    ContentType: a.contentType,
                    RawContent: a.content,
                    ContentDisposition: 'ATTACHMENT' as const,
                    ContentTransferEncoding: 'BASE64' as const,
                  })),
                }
              : {}),
          },
        },
        ...(this.configurationSetName ? { ConfigurationSetName: this.configurationSetName } : {}),
      }),
    );
  }
}
