import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocal } from '../../infra/local/runtime';
import { STATE } from '../../workflows/application-workflow';

const receipt = new TextEncoder().encode('%PDF-1.7\n% autostol\n%%EOF\n');

/** One family: uploads a receipt, submits a car-seat claim; resolves with the latency to the caseworker's e-mail. */
async function family(
  url: string,
  engine: Awaited<ReturnType<typeof startLocal>>['engine'],
  n: number,
): Promise<number> {
  const upload = await fetch(`${url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      fileName: `kvittering-${n}.pdf`,
      contentType: 'application/pdf',
      size: receipt.length,
    }),
  });
  const presigned = (await upload.json()) as {
    uploadId: string;
    url: string;
    headers: Record<string, string>;
  };
  const put = await fetch(presigned.url, { method: 'PUT', headers: presigned.headers, body: receipt });
  if (!put.ok) throw new Error(`upload failed: ${put.status}`);
  const started = performance.now();
  const response = await fetch(`${url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${n}-${randomUUID()}` },
    body: JSON.stringify({
      municipality: 'randers',
      benefit: 'ran-car-seat',
      applicant: {
        role: 'relief-family',
        name: `Familie ${n}`,
        email: `familie${n}@example.test`,
        cpr: '0101801234',
      },
      child: { birthDate: '2019-05-01' },
      expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol' }],
      receipts: [presigned.uploadId],
    }),
  });
  const { id } = (await response.json()) as { id: string };
  // The review step resolves this once its handler has stored the link and sent the caseworker's e-mail.
  const waiting = engine.whenWaiting(STATE.review, id);
  await waiting;
  return performance.now() - started;
}

/**
 * `npm run bench -- e2e [families] [applications]`: concurrent families submit over HTTP against the
 * local runtime; latency runs from the submission to the caseworker's e-mail.
 */
export async function benchE2e(concurrency = 20, total = 200) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-e2e-'));
  const runtime = await startLocal({ port: 0, dataDir, log: () => {} });
  try {
    // Warm-up: DynamoDB Local's JVM and ours compile their hot paths over the first few dozen applications.
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, n) => family(runtime.url, runtime.engine, -1 - round * 10 - n)),
      );
    }
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) latencies.push(await family(runtime.url, runtime.engine, next++));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? 0;
    return {
      name: 'e2e',
      applications: total,
      perSecond: Math.round((total / seconds) * 10) / 10,
      p95Ms: Math.round(p95),
    };
  } finally {
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
