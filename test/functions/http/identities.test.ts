import { describe, expect, it } from 'vitest';
import { bodyOf, claim, harness, send } from './client';

const withCpr = (cpr: string) =>
  claim({ applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr } });

describe('CPR numbers at the boundary', () => {
  it('stores only the ten digits of a CPR number typed with a hyphen and spaces', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-cpr-spaces' },
      json: withCpr(' 010180-1234 '),
    });
    expect(response.status).toBe(201);
    expect(h.applications.items.get(bodyOf(response).id)?.applicant.cpr).toBe('0101801234');
  });

  it.each(['0101801234\v', '\v0101801234', '0101801234\u0000', '\u001b0101801234'])(
    'refuses the CPR number %j in Danish and English and stores nothing',
    async (cpr) => {
      const h = harness();
      const response = await send(h, 'POST', '/api/applications', {
        headers: { 'idempotency-key': 'family-cpr-control' },
        json: withCpr(cpr),
      });
      expect(response.status).toBe(400);
      expect(bodyOf(response).errors).toEqual([
        expect.objectContaining({
          path: 'applicant.cpr',
          da: expect.stringContaining('CPR-nummer'),
          en: expect.stringContaining('CPR number'),
        }),
      ]);
      expect(h.applications.items.size).toBe(0);
      expect(h.engine.executions.size).toBe(0);
    },
  );
});

describe('names and addresses at the boundary', () => {
  it.each([
    ['name', 'Mette\u0000Jensen'],
    ['name', 'Mette\u000bJensen'],
    ['name', '\u202eMette'],
    ['email', 'mette@example.test\r\nBcc: x@example.test'],
  ])('refuses a control character in applicant.%s and stores nothing', async (field, value) => {
    const h = harness();
    const applicant = {
      role: 'relief-family',
      name: 'Mette Jensen',
      email: 'mette@example.test',
      cpr: '0101801234',
    };
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-control-chars' },
      json: claim({ applicant: { ...applicant, [field]: value } }),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual([`applicant.${field}`]);
    expect(h.applications.items.size).toBe(0);
  });
});
