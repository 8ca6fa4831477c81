import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from '../../../../shared/adapters/aws/ses-mailer';

const ses = mockClient(SESv2Client);
const mail = {
  to: 'familie@example.dk',
  subject: 'Din ansøgning om tilskud er modtaget',
  text: 'Vi har modtaget din ansøgning.',
  html: '<p>Vi har modtaget din ansøgning.</p>',
};

describe('SesMailer', () => {
  beforeEach(() => {
    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
  });

  it('sends the text with its HTML alternative in UTF-8 from the configured sender', async () => {
    await new SesMailer(new SESv2Client({}), 'no-reply@tilskud.example.dk').send(mail);

    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toEqual({
      FromEmailAddress: 'no-reply@tilskud.example.dk',
      Destination: { ToAddresses: ['familie@example.dk'] },
      Content: {
        Simple: {
          Subject: { Data: 'Din ansøgning om tilskud er modtaget', Charset: 'UTF-8' },
          Body: {
            Text: { Data: 'Vi har modtaget din ansøgning.', Charset: 'UTF-8' },
            Html: { Data: '<p>Vi har modtaget din ansøgning.</p>', Charset: 'UTF-8' },
          },
        },
      },
    });
  });

  it('sends attachments (a letter PDF) as SES builds them from simple content, base64 in the message', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 brev');
    await new SesMailer(new SESv2Client({}), 'no-reply@tilskud.example.dk').send({
      ...mail,
      attachments: [{ filename: 'afgoerelse-ABCDEF12.pdf', contentType: 'application/pdf', content: pdf }],
    });

    const simple = ses.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Simple;
    expect(simple?.Body?.Text?.Data).toBe('Vi har modtaget din ansøgning.');
    expect(simple?.Attachments).toEqual([
      {
        FileName: 'afgoerelse-ABCDEF12.pdf',
        ContentType: 'application/pdf',
        RawContent: pdf,
        ContentDisposition: 'ATTACHMENT',
        ContentTransferEncoding: 'BASE64',
      },
    ]);
  });

  it('names the configuration set when one is given', async () => {
    await new SesMailer(new SESv2Client({}), 'no-reply@tilskud.example.dk', 'tilskud-mail').send(mail);

    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input.ConfigurationSetName).toBe('tilskud-mail');
  });
});
