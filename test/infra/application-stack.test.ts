import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { config } from '../../infra/config';
import { ENV } from '../../shared/config/env';
import { workflowHandlers } from '../../workflows/definition';
import { supplementsStacks } from './stacks';

// One synthesis for the whole file.
const template = Template.fromStack(supplementsStacks().application);

type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = Object.entries(template.toJSON().Resources as Record<string, Resource>);
const ofType = (type: string) => resources.filter(([, r]) => r.Type === type);

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
// The system's functions; CDK's own reader of the edge stack's web ACL ARN (cross-region
// reference, a custom resource provider) has no environment and is not one of them.
const functions = ofType('AWS::Lambda::Function')
  .filter(([, r]) => r.Properties.Environment !== undefined)
  .map(([id, r]) => ({
    id,
    service: (r.Properties.Environment as { Variables: Record<string, unknown> }).Variables
      .POWERTOOLS_SERVICE_NAME,
    properties: r.Properties,
  }));

/** Every Allow statement of the policies attached to the role of the function with this handler. */
function statementsOf(handler: string): Statement[] {
  const fn = functions.find((f) => f.service === handler);
  if (!fn) throw new Error(`no function ${handler}`);
  const role = (fn.properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}
const actionsOf = (handler: string) => statementsOf(handler).flatMap((s) => [s.Action].flat());

describe('ApplicationStack functions', () => {
  it('deploys one function per workflow handler plus http-api, finance-api, review-reminders and payout-run', () => {
    const expected = [
      ...Object.values(workflowHandlers),
      'http-api',
      'finance-api',
      'review-reminders',
      'payout-run',
    ].sort();

    expect(functions.map((f) => f.service).sort()).toEqual(expected);
  });

  it('runs every function on Node 22 on ARM64 with active tracing, without looking for a source map it does not carry', () => {
    for (const fn of functions) {
      expect({ id: fn.id, ...fn.properties }).toMatchObject({
        id: fn.id,
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
        LoggingConfig: expect.objectContaining({ LogFormat: 'JSON', LogGroup: expect.anything() }),
      });
      // The map is a build artifact (build/sourcemaps), not in the zip: nothing to enable.
      expect(
        (fn.properties.Environment as { Variables: Record<string, string> }).Variables.NODE_OPTIONS,
      ).toBeUndefined();
    }
  });

  it('gives every function its own log group with the configured retention', () => {
    const groups = ofType('AWS::Logs::LogGroup').map(([id]) => id);
    const used = functions.map(
      (f) => (f.properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref,
    );

    expect(new Set(used).size).toBe(functions.length);
    for (const id of used) expect(groups).toContain(id);
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
  });

  it('tells every function every name the composition root reads at start', () => {
    const names = [
      ENV.applicationsTable,
      ENV.decisionsTable,
      ENV.decisionLinksTable,
      ENV.payoutLedgerTable,
      ENV.idempotencyTable,
      ENV.receiptsBucket,
      ENV.stateMachineArn,
      ENV.mailFrom,
      ENV.publicBaseUrl,
      ENV.caseworkerEmail,
      ENV.teamLeadEmail,
      ENV.secondApproverEmail,
      ENV.fourEyesAboveOre,
      ENV.reviewReminderWorkingDays,
    ];
    for (const fn of functions) {
      const variables = Object.keys((fn.properties.Environment as { Variables: object }).Variables);
      expect({ fn: fn.service, missing: names.filter((n) => !variables.includes(n)) }).toEqual({
        fn: fn.service,
        missing: [],
      });
    }
  });
});

describe('ApplicationStack permissions', () => {
  it('lets no function delete, scan or change retention (but for the one-day lock of staged uploads)', () => {
    const forbidden =
      /^(dynamodb:(DeleteItem|Scan|BatchWriteItem)|s3:(Delete|PutObjectRetention|PutObjectLegalHold|BypassGovernanceRetention|List).*)$/;
    // Uploads in staging get a one-day lock so that they can expire (issue 12); nothing else may set retention.
    const stagingOnly = (s: Statement) =>
      [s.Action].flat().every((a) => a === 's3:PutObjectRetention') &&
      JSON.stringify(s.Resource).endsWith('/uploads/*"]]}');
    for (const fn of functions) {
      const actions = statementsOf(fn.service as string)
        .filter((s) => !stagingOnly(s))
        .flatMap((s) => [s.Action].flat());
      expect({
        fn: fn.service,
        actions: actions.filter((a) => forbidden.test(a)),
      }).toEqual({
        fn: fn.service,
        actions: [],
      });
    }
  });

  it('lets check-payout only read the payout ledger', () => {
    const dynamo = actionsOf('check-payout').filter((a) => a.startsWith('dynamodb:'));

    expect(dynamo.sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']);
  });

  it('lets http-api start workflows and answer their waits', () => {
    expect(actionsOf('http-api')).toEqual(
      expect.arrayContaining(['states:StartExecution', 'states:SendTaskSuccess', 'states:SendTaskFailure']),
    );
    expect(actionsOf('evaluate-claim')).not.toContain('states:StartExecution');
  });

  it('uses the data key only through DynamoDB and S3', () => {
    const keyStatements = functions.flatMap((f) =>
      statementsOf(f.service as string).filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:'))),
    );

    expect(keyStatements.length).toBeGreaterThan(0);
    for (const statement of keyStatements) {
      expect(statement.Condition).toEqual({
        StringEquals: {
          'kms:ViaService': {
            'Fn::Join': [
              '',
              [expect.stringMatching(/^(dynamodb|s3)\.$/), { Ref: 'AWS::Region' }, '.amazonaws.com'],
            ],
          },
        },
      });
    }
  });

  it('lets only the mail-sending steps send mail, from the configured address', () => {
    const senders = functions
      .filter((f) => actionsOf(f.service as string).includes('ses:SendEmail'))
      .map((f) => f.service);

    expect(senders.sort()).toEqual(
      [
        // Reconciliation tells the caseworker of a line the bank rejected.
        'finance-api',
        'notify-paid',
        'payout-run',
        'request-information',
        'request-receipts',
        'request-review',
        'request-second-approval',
        'review-reminders',
        'send-decision-letter',
      ].sort(),
    );
    const send = statementsOf('notify-paid').find((s) => s.Action === 'ses:SendEmail');
    expect(send?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': config.mailFrom } });
  });
});

describe('ApplicationStack workflow', () => {
  it('runs the application workflow as a traced STANDARD state machine logging errors only', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      StateMachineName: 'supplements-applications',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: {
        Level: 'ERROR',
        IncludeExecutionData: false,
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: Match.anyValue() } }],
      },
    });
  });
});

describe('ApplicationStack workflow ARN', () => {
  it('tells every function the ARN of the state machine that runs the workflow', () => {
    const [, machine] = ofType('AWS::StepFunctions::StateMachine')[0] ?? [];
    const arns = new Set(
      functions.map((f) =>
        JSON.stringify(
          (f.properties.Environment as { Variables: Record<string, unknown> }).Variables[ENV.stateMachineArn],
        ),
      ),
    );

    expect(arns.size).toBe(1);
    expect([...arns][0]).toContain(`:states:${config.region}:`);
    expect([...arns][0]).toContain(`:stateMachine:${machine?.Properties.StateMachineName}"`);
  });
});

describe('ApplicationStack HTTP API', () => {
  it('routes every path of spec §4 and every page to http-api or, for finance, finance-api', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route')
      .map(([, r]) => r.Properties.RouteKey)
      .sort();

    expect(routes).toEqual(
      [
        'GET /health',
        'POST /api/uploads',
        'POST /api/applications',
        'GET /api/applications/{id}',
        'GET /decisions/{opaqueId}',
        'POST /decisions/{opaqueId}',
        'GET /api/payout-batches',
        'POST /api/payout-batches/{batchId}/reconciliation',
        'POST /api/payout-batches/{batchId}/status-report',
        'GET /payouts/{applicationId}/correction',
        'GET /finance/batches/{batchId}',
        'POST /finance/batches/{batchId}/release',
        'POST /finance/batches/{batchId}/confirm',
        'POST /payouts/{applicationId}/correction',
        'GET /answers/{opaqueId}',
        'POST /answers/{opaqueId}',
        'GET /decisions/{opaqueId}/receipts/{uploadId}',
        'GET /',
        'GET /ansoeg/{benefitId}',
        'GET /kvittering/{id}',
        'GET /status/{id}',
        'GET /finance',
        'GET /assets/{proxy+}',
        'GET /api/catalogue',
        'POST /api/rules/evaluate',
        'GET /log-ind',
        'POST /log-ind',
        'GET /auth/callback',
        'POST /log-ud',
        'GET /mine-ansoegninger',
        'GET /mine-ansoegninger/{proxy+}',
        'POST /mine-ansoegninger/{proxy+}',
        'GET /api/session',
        'GET /sager',
        'POST /sager',
        'GET /sager/{proxy+}',
        'POST /sager/{proxy+}',
        'POST /sager/{applicationId}/udbetaling',
      ].sort(),
    );
    // One integration for the public function, one for finance's (test/infra/finance-apart.test.ts).
    const integrations = ofType('AWS::ApiGatewayV2::Integration');
    expect(integrations).toHaveLength(2);
  });

  it('lets only signed-in staff list payout batches, which name payees by CPR (test/infra/staff-routes.test.ts)', () => {
    const auth = Object.fromEntries(
      ofType('AWS::ApiGatewayV2::Route').map(([, r]) => [
        r.Properties.RouteKey,
        r.Properties.AuthorizationType,
      ]),
    );

    expect(auth['GET /api/payout-batches']).toBe('JWT');
    expect(auth['POST /api/payout-batches/{batchId}/reconciliation']).toBe('JWT');
    expect(auth['POST /api/payout-batches/{batchId}/status-report']).toBe('JWT');
    expect(auth['GET /finance']).toBe('JWT');
    expect(auth['POST /api/applications']).toBe('NONE');
  });

  it('logs every request by route, never by path, and throttles', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: config.apiThrottle.rateLimit,
        ThrottlingBurstLimit: config.apiThrottle.burstLimit,
      },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('\\$context\\.routeKey'),
      },
    });
    const format = ofType('AWS::ApiGatewayV2::Stage')[0]?.[1].Properties.AccessLogSettings as {
      Format: string;
    };
    expect(format.Format).not.toContain('$context.path');
  });
});

describe('ApplicationStack mail and schedules', () => {
  it('sends mail from the configured domain through a configuration set that requires TLS', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: config.mailDomain,
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });

  it('runs review reminders every working morning in Copenhagen time, dead-lettering failures', () => {
    const reminders = functions.find((f) => f.service === 'review-reminders');
    const [queue] = ofType('AWS::SQS::Queue').map(([id]) => ({ 'Fn::GetAtt': [id, 'Arn'] }));

    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 ? * MON-FRI *)',
      ScheduleExpressionTimezone: 'Europe/Copenhagen',
      Target: { Arn: { 'Fn::GetAtt': [reminders?.id, 'Arn'] }, DeadLetterConfig: { Arn: queue } },
    });
    expect(reminders?.properties.DeadLetterConfig).toEqual({ TargetArn: queue });
  });

  it('runs payouts every weekday at 06:00 Copenhagen time, the handler applying cadence and banking days', () => {
    const run = functions.find((f) => f.service === 'payout-run');

    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 ? * MON-FRI *)',
      ScheduleExpressionTimezone: 'Europe/Copenhagen',
      Target: { Arn: { 'Fn::GetAtt': [run?.id, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 3 } },
    });
  });

  it('lets payout-run read and write the ledger and put and get finance files, and nothing else on data', () => {
    const actions = statementsOf('payout-run').flatMap((s) => [s.Action].flat());

    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:Query', 'dynamodb:UpdateItem', 's3:PutObject', 's3:GetObject']),
    );
    expect(actions).not.toEqual(expect.arrayContaining(['dynamodb:DeleteItem']));
    expect(actions).not.toEqual(expect.arrayContaining(['s3:DeleteObject']));
    expect(actions.some((a) => a === '*' || a === 's3:*' || a === 'dynamodb:*')).toBe(false);
  });
});

describe('ApplicationStack alarms', () => {
  const alarms = ofType('AWS::CloudWatch::Alarm').map(([, r]) => r.Properties);
  const topic = ofType('AWS::SNS::Topic')[0];

  it('raises an alarm when an application workflow fails', () => {
    expect(alarms).toContainEqual(
      expect.objectContaining({ Namespace: 'AWS/States', MetricName: 'ExecutionsFailed', Threshold: 1 }),
    );
  });

  it('raises an alarm when reviews are overdue', () => {
    expect(alarms).toContainEqual(
      expect.objectContaining({ Namespace: 'Supplements', MetricName: 'ReviewsOverdue', Threshold: 1 }),
    );
  });

  it('raises an alarm when a reminder run lands in its dead-letter queue', () => {
    expect(alarms).toContainEqual(
      expect.objectContaining({ Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible' }),
    );
  });

  it('sends every alarm to one KMS-encrypted topic', () => {
    expect(topic?.[1].Properties.KmsMasterKeyId).toBeDefined();
    expect(alarms).toHaveLength(4);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic?.[0] }]);
  });
});
