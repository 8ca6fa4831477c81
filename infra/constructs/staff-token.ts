import {
  Function as EdgeFunction,
  type FunctionAssociation,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
} from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { STAFF_TOKEN_COOKIE } from '../../shared/http/sign-in';

/**
 * The paths only signed-in staff (or, for the status report, the bank's integration) may reach.
 * API Gateway puts its JWT authorizer on every route under them; CloudFront runs the staff-token
 * function on each of them.
 */
export const STAFF_PATH_PREFIXES = ['/sager', '/finance', '/api/payout-batches', '/payouts'] as const;

/** Whether a path (an API route's path, say) lies under one of the staff prefixes. */
export const isStaffPath = (path: string) =>
  STAFF_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** CloudFront's path patterns for the staff prefixes: the prefix itself and everything under it. */
export const staffPathPatterns = (): string[] =>
  STAFF_PATH_PREFIXES.flatMap((prefix) => [prefix, `${prefix}/*`]);

/**
 * The viewer-request code (cloudfront-js-2.0). Browsers carry the access token in a cookie, API
 * Gateway's JWT authorizer reads a header: the token (shaped like a JWT, bounded) becomes
 * `Authorization: Bearer …`. Without it a page request goes to the staff sign-in and comes back
 * (GET and HEAD; a form post lost its page, so it comes back to nothing); an API request or one
 * that brings its own Authorization (the bank's integration) goes on for the authorizer to judge.
 */
export const STAFF_TOKEN_CODE = `var COOKIE = ${JSON.stringify(STAFF_TOKEN_COOKIE)};
var JWT = /^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$/;
function handler(event) {
  var request = event.request;
  var cookie = request.cookies[COOKIE];
  var token = cookie ? cookie.value : '';
  if (token.length > 0 && token.length <= 8192 && JWT.test(token)) {
    request.headers.authorization = { value: 'Bearer ' + token };
    return request;
  }
  if (request.uri.indexOf('/api/') === 0 || request.headers.authorization) return request;
  var back = '';
  if (request.method === 'GET' || request.method === 'HEAD') {
    var lang = request.querystring.lang;
    var path = request.uri + (lang && lang.value === 'en' ? '?lang=en' : '');
    back = '&til=' + encodeURIComponent(path);
  }
  return {
    statusCode: 302,
    statusDescription: 'Found',
    headers: {
      location: { value: '/log-ind?som=medarbejder' + back },
      'cache-control': { value: 'no-store' }
    }
  };
}
`;

/** The CloudFront Function and its viewer-request association, for the staff behaviours. */
export function staffTokenFunction(scope: Construct, id: string): FunctionAssociation {
  const fn = new EdgeFunction(scope, id, {
    code: FunctionCode.fromInline(STAFF_TOKEN_CODE),
    runtime: FunctionRuntime.JS_2_0,
    comment: 'Staff paths: the access-token cookie becomes the Authorization header; no cookie, sign in',
  });
  return { function: fn, eventType: FunctionEventType.VIEWER_REQUEST };
}
