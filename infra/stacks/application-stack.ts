import {
  ArnFormat,
  Aspects,
  CfnOutput,
  Duration,
  RemovalPolicy,
  SecretValue,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaFunctionTarget } from 'aws-cdk-lib/aws-events-targets';
import { CfnLogGroup, LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { DEFAULT_CROSS_STACK_REFERENCES } from 'aws-cdk-lib/cx-api';
import type { Construct, IConstruct } from 'constructs';
import { STAGING_PREFIX } from '../../shared/app/receipt-files';
import { ENV } from '../../shared/config/env';
import { DKFDS_FILES_USED } from '../../shared/http/static-assets';
import { ApplicationWorkflow, type WorkflowFunctions } from '../../workflows/application-workflow';
import type { DeploymentConfig } from '../config';
import type { DataTableSet } from '../constructs/data-tables';
import { EdgeDistribution } from '../constructs/edge-distribution';
import { Mail } from '../constructs/mail';
import { Monitoring } from '../constructs/monitoring';
import { acknowledgeWildcardResources } from '../constructs/nag';
import { NodeFunction } from '../constructs/node-function';
import { PayoutRuns } from '../constructs/payout-runs';
import { PublicApi } from '../constructs/public-api';
import { ReviewReminders } from '../constructs/review-reminders';
import { StaffClients } from '../constructs/staff-clients';
import type { StaffDirectory } from '../constructs/staff-directory';
import { WorkflowSteps } from '../constructs/workflow-steps';
import { LOG_KEY_PARAMETER } from './stateful-stack';
import { systemEnvironment } from './system-environment';

/** The stateless stack's inputs: the configuration and the stateful stack's resources. */
export type ApplicationStackProps = StackProps & {
  config: DeploymentConfig;
  tables: DataTableSet;
  receiptsBucket: IBucket;
  financeBucket: IBucket;
  /** The staff user pool, its domain and federated providers (stateful stack). */
  staff: StaffDirectory;
  /** The edge stack's web ACL (us-east-1), for the CloudFront distribution in front of the API. */
  webAclArn: string;
};

/**
 * The state machine's fixed name. Its steps' functions are told its ARN, and the state machine
 * refers to them, so the ARN is spelt from the name rather than referenced (that would be a cycle).
 */
export const STATE_MACHINE_NAME = 'supplements-applications';

/**
 * Everything that can be replaced without losing data: the functions, the application workflow,
 * the HTTP API, mail, the reminder schedule and the alarms.
 */
export class ApplicationStack extends Stack {
  readonly stateMachine: StateMachine;
  readonly api: PublicApi;

  constructor(scope: Construct, id: string, props: ApplicationStackProps) {
    super(scope, id, props);
    // Strong references: the stateful stack cannot drop an export while this stack still uses it.
    this.node.setContext(DEFAULT_CROSS_STACK_REFERENCES, 'strong');
    // Every log group of this stack (functions, API access logs, the workflow) under the customer key:
    // logs carry routes, errors and ids of cases. One aspect, so no log group is left out.
    // The key is named by a dynamic reference to the stateful stack's parameter (resolved by
    // CloudFormation at deployment), a string that Control Tower's CT.CLOUDWATCH.PR.3 reads as a
    // key; a cross-stack import it cannot. The stack already depends on the stateful stack.
    const logKeyArn = StringParameter.fromStringParameterAttributes(this, 'LogKeyArn', {
      parameterName: LOG_KEY_PARAMETER,
      forceDynamicReference: true,
    }).stringValue;
    Aspects.of(this).add({
      visit(node: IConstruct) {
        if (node instanceof CfnLogGroup) node.kmsKeyId = logKeyArn;
      },
    });
    const { config, tables } = props;
    const environment = systemEnvironment({
      config,
      tables,
      receiptsBucket: props.receiptsBucket,
      stateMachineArn: this.formatArn({
        service: 'states',
        resource: 'stateMachine',
        resourceName: STATE_MACHINE_NAME,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    });
    const mail = new Mail(this, 'Mail', { domain: config.mailDomain, from: config.mailFrom });

    const steps = new WorkflowSteps(this, 'Steps', {
      config,
      environment,
      tables,
      receiptsBucket: props.receiptsBucket,
      mail,
    });
    this.stateMachine = this.workflow(steps, config);

    const httpApi = new NodeFunction(this, 'HttpApi', {
      name: 'http-api',
      description: 'The HTTP interface: uploads, applications, decision pages, payout batches',
      logRetention: config.logRetention,
      environment,
      // Under the HTTP API's 30-second integration limit, so a slow call ends as our error, not a 503.
      timeout: Duration.seconds(25),
      // The pages' stylesheet, fonts and icons (DKFDS) and scripts, served by the same function.
      copyIntoBundle: [
        ...DKFDS_FILES_USED.map((file) => ({
          from: `node_modules/dkfds/dist/${file}`,
          to: `assets/dkfds/${file}`,
        })),
        { from: 'shared/http/assets', to: 'assets/app' },
      ],
    })
      .useTable(tables.applications, ENV.applicationsTable, 'read-write')
      .useTable(tables.decisions, ENV.decisionsTable, 'read-write')
      .useTable(tables.decisionLinks, ENV.decisionLinksTable, 'read-write')
      .useTable(tables.idempotency, ENV.idempotencyTable, 'read-write')
      .useTable(tables.sessions, ENV.sessionsTable, 'read-write')
      // Write: pre-signed uploads; read: submission checks each receipt is there, the caseworker sees it.
      .useBucket(props.receiptsBucket, ENV.receiptsBucket, 'read-write')
      .allowStagingRetention(props.receiptsBucket, STAGING_PREFIX);
    this.stateMachine.grantStartExecution(httpApi);
    this.stateMachine.grantTaskResponse(httpApi);
    // Finance apart: the payout ledger and the finance bucket name every payee by CPR, so only this
    // function's role reaches them; the internet-facing http-api has neither.
    const financeApi = mail
      .allowSending(
        new NodeFunction(this, 'FinanceApi', {
          name: 'finance-api',
          description: 'Finance: the payout batches, their files on demand, the bank reconciliation',
          logRetention: config.logRetention,
          environment,
          timeout: Duration.seconds(25),
          // The bank's pain.002 is validated against its XSD before it settles anything.
          externalModules: ['xmllint-wasm'],
          copyIntoBundle: [
            { from: 'node_modules/xmllint-wasm', to: 'node_modules/xmllint-wasm' },
            { from: 'docs/sources/iso20022/pain.002.001.03.xsd', to: 'iso20022/pain.002.001.03.xsd' },
          ],
        }),
      )
      .useTable(tables.payoutLedger, ENV.payoutLedgerTable, 'read-write')
      // Read too: a returned payout is corrected from the staff case page (POST /sager/{id}/udbetaling),
      // which shows the case again, its journal and its open link, when a correction is refused.
      .useTable(tables.decisions, ENV.decisionsTable, 'read-write')
      .useTable(tables.decisionLinks, ENV.decisionLinksTable, 'read')
      // A returned or corrected payout is a line in the family's status.
      .useTable(tables.applications, ENV.applicationsTable, 'read-write')
      // Its pages are for people signed in: it reads their session (signing in is http-api's).
      .useTable(tables.sessions, ENV.sessionsTable, 'read-write')
      .useBucket(props.financeBucket, ENV.financeBucket, 'read');
    this.stateMachine.grantTaskResponse(financeApi);
    const staffClients = new StaffClients(this, 'StaffClients', {
      userPool: props.staff.userPool,
      providerNames: props.staff.providerNames,
      publicOrigin: config.publicOrigin,
    });
    this.signIn(staffClients, httpApi, config);
    this.api = new PublicApi(this, 'Api', {
      handler: httpApi,
      financeHandler: financeApi,
      config,
      staffTokens: {
        issuer: staffClients.issuer,
        audience: [staffClients.web.userPoolClientId, staffClients.bank.userPoolClientId],
      },
    });
    const edge = new EdgeDistribution(this, 'Edge', {
      apiDomain: `${this.api.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`,
      webAclArn: props.webAclArn,
    });
    // Both API functions refuse requests without CloudFront's header (resolved at deployment).
    const originVerify = SecretValue.secretsManager(edge.originSecret.secretArn).unsafeUnwrap();
    httpApi.setEnv(ENV.originVerify, originVerify);
    financeApi.setEnv(ENV.originVerify, originVerify);
    new CfnOutput(this, 'EdgeUrl', { value: `https://${edge.distribution.distributionDomainName}` });

    // Executions that end at a step after its retries (redrivable) are recorded as failed applications.
    new Rule(this, 'ExecutionEnded', {
      description: 'Marks an application failed when its execution fails, times out or is aborted',
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: {
          status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
          stateMachineArn: [this.stateMachine.stateMachineArn],
        },
      },
      targets: [new LambdaFunctionTarget(steps.functions.recordFailure.function, { retryAttempts: 4 })],
    });

    const reminders = new ReviewReminders(this, 'Reminders', { config, environment, tables, mail });
    const payoutRuns = new PayoutRuns(this, 'PayoutRuns', {
      config,
      environment,
      tables,
      financeBucket: props.financeBucket,
      mail,
    });
    // The morning run executes the lines the bank accepted for that day: it resumes their workflows.
    this.stateMachine.grantTaskResponse(payoutRuns.function.function);
    new Monitoring(this, 'Monitoring', {
      stateMachine: this.stateMachine,
      deadLetterQueues: {
        ReviewReminders: reminders.deadLetterQueue,
        PayoutRuns: payoutRuns.deadLetterQueue,
      },
      alarmEmail: config.alarmEmail,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'The HTTP API (spec §4)' });
  }

  /** The application workflow as a STANDARD state machine, traced, logging its errors. */
  /**
   * Tells http-api, which signs people in, where staff and families do so. The client secrets stay
   * in Secrets Manager: http-api is given their ARNs and may read those two secrets, nothing else
   * (shared/runtime/aws-deps.ts reads them at start). finance-api serves its pages to people signed
   * in through http-api and needs no provider.
   */
  private signIn(staff: StaffClients, httpApi: NodeFunction, config: DeploymentConfig): void {
    staff.webSecret.grantRead(httpApi);
    httpApi
      .setEnv(ENV.staffOidcIssuer, staff.issuer)
      .setEnv(ENV.staffOidcClientId, staff.web.userPoolClientId)
      .setEnv(ENV.staffOidcClientSecretArn, staff.webSecret.secretArn)
      // The edge turns the token cookie into the header API Gateway's JWT authorizer reads.
      .setEnv(ENV.staffAccessTokenCookie, 'true');
    const broker = config.citizenSignIn;
    if (!broker) return;
    const secret = Secret.fromSecretNameV2(this, 'CitizenClientSecret', broker.clientSecretName);
    secret.grantRead(httpApi);
    acknowledgeWildcardResources(
      httpApi.grantPrincipal,
      [`${secret.secretArn}-??????`],
      'The MitID broker’s client secret, put in Secrets Manager by hand under its name: the grant names that secret, whose ARN ends in a suffix Secrets Manager chooses.',
    );
    httpApi
      .setEnv(ENV.citizenOidcIssuer, broker.issuer)
      .setEnv(ENV.citizenOidcClientId, broker.clientId)
      .setEnv(ENV.citizenOidcClientSecretArn, secret.secretArn);
    if (broker.scopes) httpApi.setEnv(ENV.citizenOidcScopes, broker.scopes);
  }

  private workflow(steps: WorkflowSteps, config: DeploymentConfig): StateMachine {
    const functions = Object.fromEntries(
      Object.entries(steps.functions).map(([step, fn]) => [step, fn.function]),
    ) as unknown as WorkflowFunctions;
    const workflow = new ApplicationWorkflow(this, 'Workflow', functions);
    const stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: STATE_MACHINE_NAME,
      comment: 'One execution per application: evaluate, review, documents, approval, payout',
      definitionBody: DefinitionBody.fromChainable(workflow.definition),
      stateMachineType: StateMachineType.STANDARD,
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, 'WorkflowLogs', {
          // The vended-logs prefix keeps Step Functions clear of the log resource policy size limit.
          logGroupName: `/aws/vendedlogs/states/${STATE_MACHINE_NAME}`,
          retention: config.logRetention,
          removalPolicy: RemovalPolicy.RETAIN,
        }),
        level: LogLevel.ERROR,
        includeExecutionData: false,
      },
    });
    acknowledgeWildcardResources(
      stateMachine.role,
      Object.values(functions).map((fn) => `${fn.functionArn}:*`),
      'Step Functions invokes each step function, including its versions and aliases (`:*`); nothing else.',
    );
    Validations.of(stateMachine.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing (xray:PutTraceSegments and friends) and CloudWatch Logs delivery (logs:CreateLogDelivery and friends) support no resource-level permissions.',
    });
    Validations.of(stateMachine).acknowledge({
      id: 'AwsSolutions-SF1',
      reason:
        'ERROR only, without execution data: a STANDARD workflow keeps its full execution history in Step Functions for 90 days; CloudWatch gets the failures that alarms and searches need, and no personal data.',
    });
    return stateMachine;
  }
}
