import { describe, expect, it } from 'vitest';
import { bodyOf, claim, harness, send } from './client';

const nested = (levels: number): unknown => (levels === 0 ? 'x' : [nested(levels - 1)]);

const routes = [
  ['POST', '/api/applications', { 'idempotency-key': 'hostile-bodies-01' }],
  ['POST', '/api/uploads', {}],
  ['POST', '/api/rules/evaluate', {}],
  ['POST', '/api/payout-batches/20260304T0600/reconciliation', {}],
] as const;

const hostile: [string, Record<string, unknown>][] = [
  ['a 40-level nested field', { benefit: nested(40) }],
  ['a 500,000-character field', { benefit: 'x'.repeat(500_000) }],
  ['a 500,000-character field name', { ['k'.repeat(500_000)]: 1 }],
];

describe('hostile JSON bodies on every JSON route', () => {
  for (const [method, path, headers] of routes) {
    it.each(hostile)(
      `${method} ${path}: %s is a short 400 naming the field, storing nothing`,
      async (_, extra) => {
        const h = harness();
        // The finance route as the local runtime serves it: the body is what is under test here.
        h.deps.settings.staffApiWithoutSignIn = true;
        const response = await send(h, method, path, { headers, json: { ...claim(), ...extra } });
        expect(response.status).toBe(400);
        expect(response.body.length).toBeLessThan(5000);
        expect(bodyOf(response).errors.length).toBeGreaterThan(0);
        expect(h.applications.items.size).toBe(0);
      },
    );
  }
});
