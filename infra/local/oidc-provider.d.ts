/** The part of oidc-provider's API the local identity provider uses (the package ships no types). */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** The Koa context as the configuration's functions see it: the parts read or set here. */
  export type ProviderContext = {
    body: unknown;
    type: string;
    status: number;
    host: string;
    set(name: string, value: string): void;
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string };
      result?: { login?: unknown };
      params?: Record<string, unknown>;
      requestParamScopes: Set<string>;
      requestParamClaims?: Set<string>;
      provider: Provider;
    };
  };

  export type Interaction = {
    uid: string;
    prompt: { name: string; reasons: string[] };
    params: Record<string, unknown>;
  };

  export class Grant {
    constructor(properties: { clientId: string; accountId: string });
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    readonly Grant: typeof Grant;
  }

  export class Check {
    constructor(reason: string, description: string, check: (ctx: ProviderContext) => boolean);
    static readonly REQUEST_PROMPT: true;
    static readonly NO_NEED_TO_PROMPT: false;
  }

  type Checks = Check[] & { add(check: Check): void };
  type Policy = { get(name: string): { checks: Checks } | undefined };

  export const interactionPolicy: { base(): Policy; Check: typeof Check };
  export default Provider;
}

/** oidc-provider's in-memory storage, one per provider instance (the default is shared by the process). */
declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  export function createMemoryAdapter(clockTolerance?: number): (model: string) => unknown;
}
