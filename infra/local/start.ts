import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { loadCatalogue } from '../../shared/rules/catalogue';
import { catalogueToJson } from '../../shared/rules/catalogue/to-json';
import { decisionToJson } from '../../shared/rules/decision';
import { evaluateClaim } from '../../shared/rules/engine/evaluate';
import { validateClaim } from '../../shared/rules/validate';

const MAX_BODY = 1_000_000;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** The local system: for now the rules over HTTP; the workflow runtime joins it later. */
export function startLocal(port: number) {
  const catalogue = loadCatalogue();
  const server = createServer(async (req, res) => {
    try {
      if (req.method === 'GET' && req.url === '/health') return send(res, 200, { status: 'ok' });
      if (req.method === 'GET' && req.url === '/api/catalogue')
        return send(res, 200, catalogueToJson(catalogue));
      if (req.method === 'POST' && req.url === '/api/rules/evaluate') {
        const check = validateClaim(await readJson(req), catalogue);
        if (!check.ok) return send(res, 400, { errors: check.errors });
        return send(res, 200, decisionToJson(evaluateClaim(catalogue, check.claim)));
      }
      return send(res, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof SyntaxError)
        return send(res, 400, { errors: [{ path: '', message: 'ugyldig JSON / invalid JSON' }] });
      if (error instanceof RangeError) return send(res, 413, { error: 'body too large' });
      return send(res, 500, { error: 'internal error' });
    }
  });
  return new Promise<typeof server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const port = Number(process.env.PORT ?? 3000);
const server = await startLocal(port);
process.stdout.write(
  `Rules service on http://127.0.0.1:${port} (GET /health, GET /api/catalogue, POST /api/rules/evaluate)\n`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
