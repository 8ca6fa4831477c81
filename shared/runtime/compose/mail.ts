import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../../adapters/aws/ses-mailer';
import type { Mailer } from '../../app/ports';
import { readConfig } from '../../config/env';
import { region } from './ports';

let sent: Mailer | undefined;

/** E-mail through SES, from the deployment's sender; one per process. */
export const mailer = (): Mailer =>
  (sent ??= new SesMailer(new SESv2Client({ region: region() }), readConfig(['mailFrom']).mailFrom));
