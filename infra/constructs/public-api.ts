import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { acknowledgeGuard } from './guard';
import type { NodeFunction } from './node-function';

/** The API's handlers (the public one and finance's) and the limits it runs under. */
export type PublicApiProps = {
  handler: NodeFunction;
  financeHandler: NodeFunction;
  config: DeploymentConfig;
};

type Route = {
  method: HttpMethod;
  path: string;
  authorizer?: IHttpRouteAuthorizer;
  publicBecause?: string;
  /** Served by the finance function, not the internet-facing one. */
  finance?: true;
};

const CITIZEN =
  'Families apply without an account (MitID login is not part of the system yet); the route is throttled, idempotent and validated in the handler, and returns no one else’s data.';
const OPAQUE_LINK =
  'Authorised in the handler by the link’s unguessable single-use id (at least 128 bits) and, for the POST, its anti-forgery token: the link in the e-mail is the credential.';

const FAMILY_PAGE =
  'A page of the family’s: public information (the benefits, the form) or a shell whose script reads the status with the family’s bearer token; the page itself holds no personal data.';

/** The routes of spec §4 and the pages. Every route without IAM says why it is open to the internet. */
const ROUTES: Route[] = [
  { method: HttpMethod.GET, path: '/', publicBecause: FAMILY_PAGE },
  { method: HttpMethod.GET, path: '/ansoeg/{benefitId}', publicBecause: FAMILY_PAGE },
  { method: HttpMethod.GET, path: '/kvittering/{id}', publicBecause: FAMILY_PAGE },
  { method: HttpMethod.GET, path: '/status/{id}', publicBecause: FAMILY_PAGE },
  {
    method: HttpMethod.GET,
    path: '/assets/{proxy+}',
    publicBecause: 'The pages’ stylesheet, fonts, icons and scripts: static files of the deployment.',
  },
  {
    method: HttpMethod.GET,
    path: '/api/catalogue',
    publicBecause: 'The benefit catalogue: the municipalities’ published rules, no personal data.',
  },
  {
    method: HttpMethod.POST,
    path: '/api/rules/evaluate',
    publicBecause:
      'The form’s live calculation: the rules on a claim without applicant data; it stores and starts nothing.',
  },
  {
    method: HttpMethod.GET,
    path: '/health',
    publicBecause: 'A liveness probe: it returns {"status":"ok"} and nothing else.',
  },
  { method: HttpMethod.POST, path: '/api/uploads', publicBecause: CITIZEN },
  { method: HttpMethod.POST, path: '/api/applications', publicBecause: CITIZEN },
  {
    method: HttpMethod.GET,
    path: '/api/applications/{id}',
    publicBecause:
      'Authorised in the handler by the bearer status token given to the family once (compared by SHA-256).',
  },
  { method: HttpMethod.GET, path: '/decisions/{opaqueId}', publicBecause: OPAQUE_LINK },
  { method: HttpMethod.POST, path: '/decisions/{opaqueId}', publicBecause: OPAQUE_LINK },
  { method: HttpMethod.GET, path: '/decisions/{opaqueId}/receipts/{uploadId}', publicBecause: OPAQUE_LINK },
  { method: HttpMethod.GET, path: '/answers/{opaqueId}', publicBecause: OPAQUE_LINK },
  { method: HttpMethod.POST, path: '/answers/{opaqueId}', publicBecause: OPAQUE_LINK },
  // Payout batches name payees by CPR: only signed (SigV4) callers from the finance side, the
  // finance page included, until the municipality's own sign-in (SAML/OIDC) is put in front of it.
  {
    method: HttpMethod.GET,
    path: '/api/payout-batches',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  { method: HttpMethod.GET, path: '/finance', authorizer: new HttpIamAuthorizer(), finance: true },
  {
    method: HttpMethod.POST,
    path: '/api/payout-batches/{batchId}/reconciliation',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  {
    method: HttpMethod.POST,
    path: '/api/payout-batches/{batchId}/status-report',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  // The console's batch page and the four eyes on a release.
  {
    method: HttpMethod.GET,
    path: '/finance/batches/{batchId}',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  {
    method: HttpMethod.POST,
    path: '/finance/batches/{batchId}/release',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  {
    method: HttpMethod.POST,
    path: '/finance/batches/{batchId}/confirm',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  // The correction of a returned payout reads and writes the payout ledger: finance's function,
  // signed callers only until sign-in gives caseworkers their own way in.
  {
    method: HttpMethod.GET,
    path: '/payouts/{applicationId}/correction',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
  {
    method: HttpMethod.POST,
    path: '/payouts/{applicationId}/correction',
    authorizer: new HttpIamAuthorizer(),
    finance: true,
  },
];

/** What one access log line holds: the route template, never the path, whose ids are credentials. */
const ACCESS_LOG = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    route: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
    sourceIp: '$context.identity.sourceIp',
  }),
);

/**
 * The system's HTTP interface (spec §4) on an API Gateway HTTP API: every route goes to the
 * `http-api` function; the stage logs each request and throttles.
 */
export class PublicApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: PublicApiProps) {
    super(scope, id);
    const { config } = props;
    this.api = new HttpApi(this, 'Api', {
      description: 'Supplementary payments: applications, decisions, payout batches',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [config.publicOrigin],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
        allowHeaders: ['content-type', 'authorization', 'idempotency-key'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.apiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG },
    });

    (this.stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(
      Object.entries(config.routeThrottles).map(([route, limit]) => [
        route,
        { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit },
      ]),
    );

    const integration = new HttpLambdaIntegration('HttpApi', props.handler.function);
    const finance = new HttpLambdaIntegration('FinanceApi', props.financeHandler.function);
    for (const route of ROUTES) {
      const [added] = this.api.addRoutes({
        path: route.path,
        methods: [route.method],
        integration: route.finance ? finance : integration,
        authorizer: route.authorizer,
      });
      // The stage's per-route throttles name routes, which must exist before the stage refers to them.
      if (added) this.stage.node.addDependency(added);
      if (added && route.publicBecause) {
        Validations.of(added).acknowledge({ id: 'AwsSolutions-APIG4', reason: route.publicBecause });
        acknowledgeGuard(added, 'routeAuthorization', route.publicBecause);
      }
      if (added) {
        acknowledgeGuard(
          added,
          'lambdaPermission',
          'API Gateway’s permission to invoke the function, limited by SourceArn to this API; the control reads an ARN joined from the partition, account and API id as no condition.',
        );
      }
    }
  }

  /** The base URL of the default stage. */
  get url(): string {
    return this.stage.url;
  }
}
