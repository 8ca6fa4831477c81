import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';

/**
 * Who may call a route: anyone (with the reason it is open), signed-in staff (a person's Cognito
 * access token), or signed-in staff and the bank's integration (client credentials, the
 * status-report scope).
 */
export type RouteAccess = { public: string } | 'staff' | 'staff-or-bank';

/** One route of the HTTP API: method, path, who may call it, and which function serves it. */
export type ApiRoute = {
  method: HttpMethod;
  path: string;
  access: RouteAccess;
  /** Served by the finance function, not the internet-facing one. */
  finance?: true;
};

const CITIZEN =
  'Families apply without an account or signed in with MitID (the app’s own session, checked in the handler); the route is throttled, idempotent and validated in the handler, and returns no one else’s data.';
const OPAQUE_LINK =
  'Authorised in the handler by the link’s unguessable single-use id (at least 128 bits) and, for the POST, its anti-forgery token: the link in the e-mail is the credential.';
const FAMILY_PAGE =
  'A page of the family’s: public information (the benefits, the form) or a shell whose script reads the status with the family’s bearer token; the page itself holds no personal data.';
const SIGN_IN =
  'The sign-in itself (staff through the user pool, families through the MitID broker) and sign-out: the way in cannot require being in; the callback checks state, nonce and PKCE in the handler.';
const MY_APPLICATIONS =
  'The signed-in family’s pages: families sign in with MitID through the broker, not the staff user pool, so the handler checks the app’s own session and shows only that family’s applications.';

const get = (path: string, access: RouteAccess, finance?: true): ApiRoute => ({
  method: HttpMethod.GET,
  path,
  access,
  ...(finance ? { finance } : {}),
});
const post = (path: string, access: RouteAccess, finance?: true): ApiRoute => ({
  ...get(path, access, finance),
  method: HttpMethod.POST,
});

/**
 * The routes of spec §4 and the pages. Every public route says why it is open to the internet;
 * every route under a staff prefix (infra/constructs/staff-token.ts) takes the JWT authorizer.
 */
export const ROUTES: ApiRoute[] = [
  get('/', { public: FAMILY_PAGE }),
  get('/ansoeg/{benefitId}', { public: FAMILY_PAGE }),
  get('/kvittering/{id}', { public: FAMILY_PAGE }),
  get('/status/{id}', { public: FAMILY_PAGE }),
  get('/assets/{proxy+}', {
    public: 'The pages’ stylesheet, fonts, icons and scripts: static files of the deployment.',
  }),
  get('/api/catalogue', {
    public: 'The benefit catalogue: the municipalities’ published rules, no personal data.',
  }),
  post('/api/rules/evaluate', {
    public:
      'The form’s live calculation: the rules on a claim without applicant data; it stores and starts nothing.',
  }),
  get('/health', { public: 'A liveness probe: it returns {"status":"ok"} and nothing else.' }),
  post('/api/uploads', { public: CITIZEN }),
  post('/api/applications', { public: CITIZEN }),
  get('/api/applications/{id}', {
    public:
      'Authorised in the handler by the bearer status token given to the family once (compared by SHA-256).',
  }),
  get('/decisions/{opaqueId}', { public: OPAQUE_LINK }),
  post('/decisions/{opaqueId}', { public: OPAQUE_LINK }),
  get('/decisions/{opaqueId}/receipts/{uploadId}', { public: OPAQUE_LINK }),
  get('/answers/{opaqueId}', { public: OPAQUE_LINK }),
  post('/answers/{opaqueId}', { public: OPAQUE_LINK }),
  // Sign-in and the family's own pages.
  get('/log-ind', { public: SIGN_IN }),
  post('/log-ind', { public: SIGN_IN }),
  get('/auth/callback', { public: SIGN_IN }),
  post('/log-ud', { public: SIGN_IN }),
  get('/api/session', {
    public:
      'Who is signed in in this browser, from the app’s own session: the name, kind, roles and municipalities of that person only, never a CPR number.',
  }),
  get('/mine-ansoegninger', { public: MY_APPLICATIONS }),
  get('/mine-ansoegninger/{proxy+}', { public: MY_APPLICATIONS }),
  post('/mine-ansoegninger/{proxy+}', { public: MY_APPLICATIONS }),
  // The caseworkers' worklist and case pages.
  get('/sager', 'staff'),
  post('/sager', 'staff'),
  get('/sager/{proxy+}', 'staff'),
  post('/sager/{proxy+}', 'staff'),
  // Correcting a returned payout writes the payout ledger: finance's function (it shows the case too).
  post('/sager/{applicationId}/udbetaling', 'staff', true),
  // Payout batches name payees by CPR: finance's own function, staff signed in.
  get('/api/payout-batches', 'staff', true),
  get('/finance', 'staff', true),
  post('/api/payout-batches/{batchId}/reconciliation', 'staff', true),
  // The bank's integration posts its pain.002 here too, with a client-credentials token.
  post('/api/payout-batches/{batchId}/status-report', 'staff-or-bank', true),
  // The console's batch page and the four eyes on a release.
  get('/finance/batches/{batchId}', 'staff', true),
  post('/finance/batches/{batchId}/release', 'staff', true),
  post('/finance/batches/{batchId}/confirm', 'staff', true),
  // The correction of a returned payout reads and writes the payout ledger: finance's function.
  get('/payouts/{applicationId}/correction', 'staff', true),
  post('/payouts/{applicationId}/correction', 'staff', true),
];
