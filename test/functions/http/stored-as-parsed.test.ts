import { describe, expect, it } from 'vitest';
import { bodyOf, claim, harness, send } from './client';

const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });

describe('what is stored is what was parsed', () => {
  it('drops unknown fields everywhere and stores the parsed claim and applicant', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-unknown-fields' },
      json: claim({
        isAdmin: true,
        applicant: {
          role: 'relief-family',
          name: 'Mette Jensen',
          email: 'mette@example.test',
          cpr: '0101801234',
          bankAccount: '1234',
        },
        child: { birthDate: '2019-05-01', diagnosis: 'secret' },
        expenses: [{ date: '2026-02-20', amount: '1799.00', description: ' Autostol ', note: 'x' }],
      }),
    });
    expect(response.status).toBe(201);
    const stored = h.applications.items.get(bodyOf(response).id);
    expect(stored?.claim).toEqual({
      municipality: 'randers',
      benefit: 'ran-car-seat',
      applicant: { role: 'relief-family' },
      submittedAt: stored?.submittedAt,
      child: { birthDate: '2019-05-01' },
      expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol' }],
    });
    expect(stored?.applicant).toEqual({
      role: 'relief-family',
      name: 'Mette Jensen',
      email: 'mette@example.test',
      cpr: '0101801234',
    });
  });

  it.each([
    ['a 40-level nested field', { extra: nested(40) }, /^extra(\.a)+$/],
    ['a 500,000-character field', { notes: 'x'.repeat(500_000) }, /^notes$/],
    [
      'a 500,000-character name',
      { applicant: { role: 'parent', name: 'x'.repeat(500_000), email: 'a@b.dk', cpr: '0101801234' } },
      /^applicant\.name$/,
    ],
    ['an array of 100,000 numbers', { extra: Array.from({ length: 100_000 }, (_, i) => i) }, /^extra$/],
    [
      'an object of 5,000 fields',
      { extra: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i])) },
      /^extra$/,
    ],
  ])(
    'answers %s with a clean 400 naming it, stores nothing and leaves the key free',
    async (_, hostile, path) => {
      const h = harness();
      const key = 'family-hostile-0001';
      const refused = await send(h, 'POST', '/api/applications', {
        headers: { 'idempotency-key': key },
        json: claim(hostile),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.length).toBeLessThan(5000);
      const errors = bodyOf(refused).errors as { path: string; da: string; en: string }[];
      expect(errors.some((e) => path.test(e.path) && e.da && e.en)).toBe(true);
      expect(h.applications.items.size).toBe(0);

      const correct = await send(h, 'POST', '/api/applications', {
        headers: { 'idempotency-key': key },
        json: claim(),
      });
      expect(correct.status).toBe(201);
      const { id, statusToken } = bodyOf(correct);
      const status = await send(h, 'GET', `/api/applications/${id}`, {
        headers: { authorization: `Bearer ${statusToken}` },
      });
      expect(status.status).toBe(200);
    },
  );

  it('takes the Idempotency-Key in the same write as the application: a failed write leaves it free', async () => {
    const h = harness();
    const create = h.applications.createWithKey.bind(h.applications);
    let failures = 1;
    h.applications.createWithKey = async (...args) => {
      if (failures-- > 0) throw new Error('ItemCollectionSizeLimitExceededException');
      return create(...args);
    };
    const request = { headers: { 'idempotency-key': 'family-key-fails-once' }, json: claim() };

    const failed = await send(h, 'POST', '/api/applications', { ...request, onFault: () => {} });
    const retried = await send(h, 'POST', '/api/applications', request);

    expect(failed.status).toBe(500);
    expect(retried.status).toBe(201);
    const { id, statusToken } = bodyOf(retried);
    expect(h.applications.items.has(id)).toBe(true);
    const status = await send(h, 'GET', `/api/applications/${id}`, {
      headers: { authorization: `Bearer ${statusToken}` },
    });
    expect(status.status).toBe(200);
  });

  it('keeps the status token only as a hash, and a repeat under the same key still gets it', async () => {
    const h = harness();
    const request = { headers: { 'idempotency-key': 'family-token-hash' }, json: claim() };
    const first = bodyOf(await send(h, 'POST', '/api/applications', request));
    const again = bodyOf(await send(h, 'POST', '/api/applications', request));

    expect(again).toMatchObject({ id: first.id, statusToken: first.statusToken });
    const everything = JSON.stringify({
      applications: [...h.applications.items.values()],
      keys: [...h.applications.keys.entries()],
    });
    expect(everything).not.toContain(first.statusToken);
    expect(everything).not.toContain('family-token-hash');
  });
});
