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

  it('names the configuration set when one is given', async () => {
    await new SesMailer(new SESv2Client({}), 'no-reply@tilskud.example.dk', 'tilskud-mail').send(mail);

    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input.ConfigurationSetName).toBe('tilskud-mail');
  });
});
