import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { type ApiRoute, ROUTES } from './api-routes';
import { acknowledgeGuard } from './guard';
import type { NodeFunction } from './node-function';
import { STATUS_REPORT_SCOPE } from './staff-directory';

/** The API's handlers (the public one and finance's), the staff token issuer and the limits it runs under. */
export type PublicApiProps = {
  handler: NodeFunction;
  financeHandler: NodeFunction;
  config: DeploymentConfig;
  /** The staff user pool's issuer and the app clients whose access tokens it accepts. */
  staffTokens: { issuer: string; audience: string[] };
};

/**
 * The scope every person's access token carries and no client-credentials token can (Cognito
 * grants those resource-server scopes only): staff routes take people, not the bank's integration.
 */
export const PERSON_SCOPE = 'openid';

/** The scopes a route's token needs (any one of them), by who may call it. */
export function scopesOf(route: ApiRoute): string[] | undefined {
  if (route.access === 'staff') return [PERSON_SCOPE];
  if (route.access === 'staff-or-bank') return [PERSON_SCOPE, STATUS_REPORT_SCOPE];
  return undefined;
}

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
 * `http-api` function or finance's; staff routes take Cognito access tokens (JWT authorizer); the
 * stage logs each request and throttles.
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
    // API Gateway checks the token's signature, expiry, issuer, client (`client_id` in Cognito's
    // access tokens) and the route's scopes; the handler then checks the person's session and role.
    const staffJwt = new HttpJwtAuthorizer('StaffJwt', props.staffTokens.issuer, {
      authorizerName: 'staff-cognito',
      jwtAudience: props.staffTokens.audience,
    });
    for (const route of ROUTES) {
      const open = typeof route.access === 'object' ? route.access.public : undefined;
      const [added] = this.api.addRoutes({
        path: route.path,
        methods: [route.method],
        integration: route.finance ? finance : integration,
        ...(open === undefined ? { authorizer: staffJwt, authorizationScopes: scopesOf(route) } : {}),
      });
      // The stage's per-route throttles name routes, which must exist before the stage refers to them.
      if (added) this.stage.node.addDependency(added);
      if (added && open !== undefined) {
        Validations.of(added).acknowledge({ id: 'AwsSolutions-APIG4', reason: open });
        acknowledgeGuard(added, 'routeAuthorization', open);
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
