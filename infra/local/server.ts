import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { compressFor } from '../../shared/http/compress';
import { bodyTooLarge, json } from '../../shared/http/http';
import type { HttpRequest, HttpResponse } from '../../shared/http/router';
import { localRefusal } from './guard';

/** A little more than the router's own limit, so the router answers an oversized body itself. */
const MAX_BODY_BYTES = 1_100_000;

class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
}

/** Reads a request as the router sees it: lower-case headers, the query, the body as text. */
async function toHttpRequest(req: IncomingMessage): Promise<HttpRequest> {
  // Appended to the base rather than resolved against it: "//evil.example/x" (or thousands of
  // slashes) is a path here, not another host with the rest of the path.
  const target = req.url ?? '/';
  const url = target.startsWith('/')
    ? new URL(`http://127.0.0.1${target}`)
    : new URL(target, 'http://127.0.0.1');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method ?? 'GET',
    // Not decoded: API Gateway hands the Lambda the raw path too.
    path: url.pathname,
    headers,
    query: Object.fromEntries(url.searchParams),
    body: chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined,
  };
}

function write(res: ServerResponse, response: HttpResponse): void {
  const cookies = response.cookies ?? [];
  res.writeHead(
    response.status,
    cookies.length > 0 ? { ...response.headers, 'set-cookie': cookies } : response.headers,
  );
  res.end(response.base64 ? Buffer.from(response.body, 'base64') : response.body);
}

/** The local HTTP server: Node's http carrying requests to `handle`, as API Gateway carries them to the Lambda. */
export function createLocalServer(
  handle: (req: HttpRequest) => Promise<HttpResponse>,
  onError: (error: unknown) => void,
): Server {
  return createServer(async (req, res) => {
    try {
      const request = await toHttpRequest(req);
      const response = localRefusal(request, req.socket.localPort ?? 0) ?? (await handle(request));
      // As the Lambda does (functions/http-api.ts): one shared place decides what is compressed.
      write(res, compressFor(request.headers['accept-encoding'], response));
    } catch (error) {
      // The rest of the body is not read, so this connection cannot carry another request.
      if (error instanceof BodyTooLarge) return write(res, bodyTooLarge({ connection: 'close' }));
      onError(error);
      write(res, json(500, { error: 'internal error' }));
    }
  });
}

/** Listens on 127.0.0.1 only; resolves with the port (useful when asked for port 0). */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Closes the server, ending idle keep-alive connections so that close does not wait for them. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
