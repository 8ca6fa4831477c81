import { Duration, SecretValue, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeGuard } from './guard';
import { staffPathPatterns, staffTokenFunction } from './staff-token';

/** The header CloudFront adds to every request it forwards; the API's functions refuse requests without it. */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** What the distribution fronts and guards. */
export type EdgeDistributionProps = { apiDomain: string; webAclArn: string };

/**
 * CloudFront in front of the HTTP API, with the edge stack's web ACL. Nothing is cached (every
 * response is no-store); every viewer header but Host goes to the API. CloudFront adds a secret
 * header that the functions check, so the API's own endpoint is of no use to anyone else. The
 * staff paths have their own behaviours, which turn the staff token cookie into the header API
 * Gateway's JWT authorizer reads (infra/constructs/staff-token.ts).
 */
export class EdgeDistribution extends Construct {
  readonly distribution: Distribution;
  readonly originSecret: Secret;

  constructor(scope: Construct, id: string, props: EdgeDistributionProps) {
    super(scope, id);
    this.originSecret = new Secret(this, 'OriginVerify', {
      description: 'The value CloudFront sends in x-origin-verify; the API refuses requests without it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    // Caching disabled on every behaviour: no cache key, nothing stored, so neither the cookies nor
    // the Authorization header ever reach a cache; the origin request policy hands them to the API.
    const behaviour: BehaviorOptions = {
      origin: new HttpOrigin(props.apiDomain, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        readTimeout: Duration.seconds(30),
        customHeaders: {
          [ORIGIN_VERIFY_HEADER]: SecretValue.secretsManager(this.originSecret.secretArn).unsafeUnwrap(),
        },
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const staff: BehaviorOptions = {
      ...behaviour,
      functionAssociations: [staffTokenFunction(this, 'StaffToken')],
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Supplements: the pages and the API behind AWS WAF',
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: behaviour,
      additionalBehaviors: Object.fromEntries(staffPathPatterns().map((pattern) => [pattern, staff])),
    });
    Validations.of(this.originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A shared value between CloudFront and the API, not a credential of a person or a service; rotating it needs both updated at once, done by redeploying.',
    });
    const reasonsByNag = {
      CFR3: 'Requests are logged by route (never by path, whose ids are credentials) in the API access log and by AWS WAF; CloudFront standard logs would write full paths.',
    };
    for (const [rule, reason] of [
      [
        'AwsSolutions-CFR1',
        'Families and staff may be abroad (holidays, cross-border placements); no geo restriction.',
      ],
      ['AwsSolutions-CFR3', reasonsByNag.CFR3],
      [
        'AwsSolutions-CFR4',
        'The municipality’s own domain and its ACM certificate (TLS 1.2+) are set at deployment (infra/config.ts publicOrigin); until then the default certificate.',
      ],
    ] as const) {
      Validations.of(this.distribution).acknowledge({ id: rule, reason });
    }
    const domainAtDeployment =
      'The municipality’s own domain, its ACM certificate (SNI, TLS 1.2 or later) and the security policy are set at deployment (infra/config.ts publicOrigin); until then CloudFront’s default certificate, which takes none of them.';
    for (const [rule, reason] of [
      [
        'cloudFrontRootObject',
        'Every path, / included, goes to the API, which serves the start page; a default root object would rewrite / to a file that does not exist.',
      ],
      [
        'cloudFrontFailover',
        'One origin: the HTTP API in the system’s one region, beside its data. There is no second origin to fail over to.',
      ],
      ['cloudFrontLogging', reasonsByNag.CFR3],
      ['cloudFrontCertificate', domainAtDeployment],
      ['cloudFrontSni', domainAtDeployment],
      ['cloudFrontTls', domainAtDeployment],
    ] as const) {
      acknowledgeGuard(this.distribution, rule, reason);
    }
  }
}
