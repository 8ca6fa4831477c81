import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../shared/app/application';

// On AWS the catalogue is read from the JSON file beside the bundle; from the sources it is the
// same JSON, made from the TypeScript data as the build makes it (infra/build/catalogue-file.ts).
vi.mock('../../shared/runtime/compose/catalogue', async (original) => {
  const actual = await original<typeof import('../../shared/runtime/compose/catalogue')>();
  const { catalogueJson } = await import('../../infra/build/catalogue-file');
  return { ...actual, catalogue: () => actual.catalogueFromJson(catalogueJson()) };
});

const env = {
  APPLICATIONS_TABLE: 'applications',
  DECISIONS_TABLE: 'decisions',
  DECISION_LINKS_TABLE: 'links',
  PAYOUT_LEDGER_TABLE: 'ledger',
  IDEMPOTENCY_TABLE: 'idempotency',
  RECEIPTS_BUCKET: 'receipts',
  STATE_MACHINE_ARN: 'arn:aws:states:eu-north-1:000000000000:stateMachine:applications',
  MAIL_FROM: 'noreply@kommune.test',
  PUBLIC_BASE_URL: 'https://ydelser.kommune.test',
  CASEWORKER_EMAIL: 'sagsbehandler@kommune.test',
  TEAM_LEAD_EMAIL: 'teamleder@kommune.test',
  SECOND_APPROVER_EMAIL: 'godkender@kommune.test',
  FOUR_EYES_ABOVE_ORE: '1000000',
  REVIEW_REMINDER_WORKING_DAYS: '3',
  AWS_REGION: 'eu-north-1',
};

const dynamo = mockClient(DynamoDBDocumentClient);
const ses = mockClient(SESv2Client);

const application: Application = {
  id: 'app00000000000000000001',
  municipality: 'randers',
  benefit: 'ran-car-seat',
  submittedAt: '2026-03-04T09:15:00.000Z',
  claim: {
    municipality: 'randers',
    benefit: 'ran-car-seat',
    applicant: { role: 'relief-family' },
    submittedAt: '2026-03-04T09:15:00.000Z',
    child: { birthDate: '2019-05-01' },
    expenses: [
      { date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' },
    ],
  },
  applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr: '0101801234' },
  receipts: ['upload000000000000001'],
  status: 'submitted',
  statusTokenHash: 'x',
  timeline: [{ at: '2026-03-04T09:15:00.000Z', status: 'submitted' }],
  version: 1,
};

beforeAll(() => Object.assign(process.env, env));
afterEach(() => {
  dynamo.reset();
  ses.reset();
});

describe('Lambda handlers over AWS clients', () => {
  it('evaluates the stored claim and writes the next version conditionally', async () => {
    dynamo.on(GetCommand).resolves({ Item: application });
    dynamo.on(PutCommand).resolves({});
    const { handler } = await import('../../functions/evaluate-claim');
    expect(await handler({ applicationId: application.id })).toEqual({
      outcome: 'approvable',
      receiptsMissing: false,
    });
    const put = dynamo.commandCalls(PutCommand).find((c) => c.args[0].input.TableName === 'applications');
    expect(put?.args[0].input.Item).toMatchObject({ id: application.id, version: 2, status: 'in-review' });
    expect(put?.args[0].input.ConditionExpression).toBeDefined();
  });

  it('refuses an event that is not an application id, before touching AWS', async () => {
    const { handler } = await import('../../functions/evaluate-claim');
    await expect(handler({ applicationId: '../../etc/passwd' })).rejects.toThrow();
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('e-mails the caseworker a link with an opaque id, never the task token or personal data', async () => {
    dynamo.on(GetCommand).resolves({ Item: application });
    dynamo.on(PutCommand).resolves({});
    ses.on(SendEmailCommand).resolves({});
    const { handler } = await import('../../functions/request-review');
    await handler({ applicationId: application.id, taskToken: 'TOKEN-SECRET-123', purpose: 'review' });
    const mail = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(mail?.Destination?.ToAddresses).toEqual(['sagsbehandler@kommune.test']);
    const subject = mail?.Content?.Simple?.Subject?.Data ?? '';
    const text = mail?.Content?.Simple?.Body?.Text?.Data ?? '';
    expect(text).toMatch(/https:\/\/ydelser\.kommune\.test\/decisions\/[A-Za-z0-9_-]{20,}/);
    for (const secret of ['TOKEN-SECRET-123', 'Mette', '0101801234']) {
      expect(subject).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
    const link = dynamo.commandCalls(PutCommand).find((c) => c.args[0].input.TableName === 'links');
    expect(link?.args[0].input.Item).toMatchObject({ taskToken: 'TOKEN-SECRET-123', purpose: 'review' });
  });
});
