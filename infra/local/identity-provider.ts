import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { interactionPolicy, type ProviderContext } from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { checkCpr } from '../../shared/domain/cpr';
import type { HttpResponse } from '../../shared/http/http';
import type { Lang } from '../../shared/http/i18n';
import { SOURCE_ASSET_ROOTS, serveAsset } from '../../shared/http/static-assets';
import {
  claimsOf,
  type Kept,
  keptSecrets,
  LOCAL_CLIENT_IDS,
  madeUpPerson,
} from './identity-provider-accounts';
import {
  citizenSignInPage,
  LOGOUT_SCRIPT,
  logoutPage,
  providerMessagePage,
  staffSignInPage,
} from './identity-provider-pages';
import { close, listen } from './server';

// The local OpenID provider (npm oidc-provider) that `npm start` runs on its own loopback port: it
// plays the municipality's identity provider for staff and the MitID broker for families, with
// the made-up people of made-up-users.ts. The application signs in through it exactly as it does
// through Cognito and the broker on AWS (shared/adapters/oidc). Its signing and cookie keys and the
// client secrets are made once and kept in the data directory, so a restart keeps them; what is in
// flight (a sign-in half done, its sessions) lives in memory and starts again after a restart.

/** What the application needs to sign in through it. */
export type LocalIdentityProvider = {
  issuer: string;
  clients: Record<keyof typeof LOCAL_CLIENT_IDS, { clientId: string; clientSecret: string }>;
  stop: () => Promise<void>;
};

/** Grants the scopes a client asks for: both clients are the system's own, so nobody is asked to consent. */
async function loadExistingGrant(ctx: ProviderContext) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
  if (ctx.oidc.requestParamClaims) grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

/** Every sign-in asks whom to sign in as, even with a session here: a demo switches people often. */
function policy() {
  const { Check } = interactionPolicy;
  const base = interactionPolicy.base();
  base
    .get('login')
    ?.checks.add(
      new Check('choose_person', 'the local provider asks whom to sign in as every time', (ctx) =>
        ctx.oidc.result?.login ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT,
      ),
    );
  return base;
}

const scriptHash = `'sha256-${createHash('sha256').update(LOGOUT_SCRIPT).digest('base64')}'`;

/** The provider's configuration: two confidential clients, code flow with PKCE, the made-up people. */
function configuration(kept: Kept, appOrigins: string[]) {
  const client = (kind: keyof typeof LOCAL_CLIENT_IDS, name: string) => ({
    client_id: LOCAL_CLIENT_IDS[kind],
    client_secret: kept.clientSecrets[kind],
    client_name: name,
    redirect_uris: appOrigins.map((origin) => `${origin}/auth/callback`),
    post_logout_redirect_uris: appOrigins.map((origin) => `${origin}/`),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });
  return {
    adapter: createMemoryAdapter(),
    clients: [client('staff', 'Kommunens medarbejdere'), client('citizen', 'MitID (test)')],
    jwks: { keys: [kept.signingKey] },
    cookies: { keys: kept.cookieKeys },
    findAccount: async (_ctx: unknown, id: string) => {
      const person = madeUpPerson(id);
      return person && { accountId: id, claims: async () => claimsOf(person) };
    },
    scopes: ['openid', 'profile', 'email', 'ssn'],
    claims: { openid: ['sub'], profile: ['name', 'groups', 'municipality'], email: ['email'], ssn: ['cpr'] },
    // The claims in the ID token itself, as Cognito and the brokers put them there.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientBasedCORS: () => false,
    loadExistingGrant,
    interactions: { policy: policy(), url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: ProviderContext, form: string) => {
          ctx.set(
            'content-security-policy',
            `default-src 'self'; script-src ${scriptHash}; frame-ancestors 'none'`,
          );
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: ProviderContext) => {
          ctx.body = providerMessagePage(
            { da: 'Du er logget ud', en: 'You are signed out' },
            {
              da: 'Du er logget ud af den lokale login-tjeneste.',
              en: 'You are signed out of the local sign-in service.',
            },
          );
        },
      },
    },
    renderError: async (ctx: ProviderContext, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = providerMessagePage(
        { da: 'Log-in kunne ikke gennemføres', en: 'Sign-in could not be completed' },
        {
          da: 'Den lokale login-tjeneste kunne ikke bruge anmodningen. Gå tilbage til tjenesten, og start forfra.',
          en: 'The local sign-in service could not use the request. Go back to the service and start again.',
        },
        [out.error, out.error_description].filter(Boolean).join(': '),
      );
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 36_000,
      Grant: 36_000,
    },
  };
}

const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // No form-action: the sign-in form's redirects lead on to the application, on another port.
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'",
};

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, pageHeaders);
  res.end(body);
}

function sendAsset(res: ServerResponse, response: HttpResponse) {
  res.writeHead(response.status, response.headers);
  res.end(response.base64 ? Buffer.from(response.body, 'base64') : response.body);
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const expired = () =>
  providerMessagePage(
    { da: 'Log-in er udløbet', en: 'The sign-in has expired' },
    {
      da: 'Dette log-in er afsluttet eller udløbet. Gå tilbage til tjenesten, og start forfra.',
      en: 'This sign-in has ended or expired. Go back to the service and start again.',
    },
  );

/** The interaction pages: whom to sign in as (GET), the choice (POST …/login), cancel (POST …/abort). */
async function interaction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  step: string | undefined,
  query: URLSearchParams,
): Promise<void> {
  const details = await provider.interactionDetails(req, res).catch(() => undefined);
  if (!details || details.uid !== uid) return send(res, 400, expired());
  const staff = details.params.client_id === LOCAL_CLIENT_IDS.staff;
  const asked = query.get('lang') ?? String(details.params.ui_locales ?? '').split(' ')[0];
  const lang: Lang = asked === 'en' ? 'en' : 'da';
  const render = (status: number, cprError?: string) =>
    send(res, status, staff ? staffSignInPage(uid, lang) : citizenSignInPage(uid, lang, cprError));
  if (req.method === 'GET' && !step) return render(200);
  if (req.method !== 'POST' || !step) return send(res, 405, expired());
  if (step === 'abort') {
    const result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  const form = await formOf(req);
  const typed = form.get('cpr');
  const checked = typed === null ? undefined : checkCpr(typed.trim());
  const account = checked?.valid && !staff ? `citizen-${checked.cpr}` : (form.get('account') ?? '');
  const person = madeUpPerson(account);
  if (!person || person.kind !== (staff ? 'staff' : 'citizen')) {
    const message =
      lang === 'en'
        ? 'Type a valid CPR number: 10 digits, a real date of birth first.'
        : 'Skriv et gyldigt CPR-nummer: 10 cifre, der begynder med en rigtig fødselsdato.';
    return render(400, message);
  }
  return provider.interactionFinished(
    req,
    res,
    { login: { accountId: account } },
    { mergeWithLastSubmission: false },
  );
}

/**
 * Starts the provider on 127.0.0.1:`port` (0: a free port), issuer `http://127.0.0.1:<port>`, with
 * the application's origins as its clients' redirect addresses; keys and secrets kept in `secretsFile`.
 */
export async function startIdentityProvider(options: {
  port: number;
  secretsFile: string;
  appOrigins: string[];
  onError?: (error: unknown) => void;
}): Promise<LocalIdentityProvider> {
  const kept = keptSecrets(options.secretsFile);
  let provider: Provider | undefined;
  let callback: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let own: string[] = [];
  const server = createServer(async (req, res) => {
    try {
      // Only as itself (no other name pointing at 127.0.0.1: DNS rebinding).
      if (!own.includes(req.headers.host ?? '') || !provider || !callback) return send(res, 421, expired());
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname.startsWith('/assets/'))
        return sendAsset(
          res,
          await serveAsset(url.pathname, SOURCE_ASSET_ROOTS, url.searchParams.get('v') ?? undefined),
        );
      const match = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/.exec(url.pathname);
      if (match) return await interaction(provider, req, res, match[1] ?? '', match[2], url.searchParams);
      callback(req, res);
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) send(res, 500, expired());
    }
  });
  const port = await listen(server, options.port);
  own = [`127.0.0.1:${port}`, `localhost:${port}`];
  const issuer = `http://127.0.0.1:${port}`;
  provider = new Provider(issuer, configuration(kept, [...new Set(options.appOrigins)]));
  callback = provider.callback();
  return {
    issuer,
    clients: {
      staff: { clientId: LOCAL_CLIENT_IDS.staff, clientSecret: kept.clientSecrets.staff },
      citizen: { clientId: LOCAL_CLIENT_IDS.citizen, clientSecret: kept.clientSecrets.citizen },
    },
    stop: () => close(server),
  };
}
