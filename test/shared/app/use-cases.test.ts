import { describe, expect, it } from 'vitest';
import { letter } from '../../../shared/app/letters';
import { sniffType } from '../../../shared/app/receipt-files';
import { evaluateApplication } from '../../../shared/app/use-cases/evaluate-application';
import { submitApplication } from '../../../shared/app/use-cases/submit-application';
import { harness } from '../../workflows/harness';

const body = (overrides: Record<string, unknown> = {}) => ({
  municipality: 'randers',
  benefit: 'ran-car-seat',
  applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr: '010180-1234' },
  child: { birthDate: '2019-05-01' },
  expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' }],
  receipts: [],
  ...overrides,
});

describe('submitting an application', () => {
  it('stores it and starts one execution named by its id', async () => {
    const h = harness();
    const result = await submitApplication(h.deps, body(), 'key-12345678');
    expect(result).toMatchObject({ ok: true, status: 'submitted', repeated: false });
    if (!result.ok) return;
    expect(h.applications.items.get(result.id)?.applicant.cpr).toBe('0101801234');
    expect(h.engine.executions.get(result.id)?.applicationId).toBe(result.id);
    expect(result.statusToken).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(h.applications.items.get(result.id)?.statusTokenHash).not.toContain(result.statusToken ?? '∅');
  });

  it('returns the same application for the same idempotency key and starts nothing new', async () => {
    const h = harness();
    const first = await submitApplication(h.deps, body(), 'key-12345678');
    const second = await submitApplication(h.deps, body(), 'key-12345678');
    expect(second).toMatchObject({ ok: true, repeated: true, id: first.ok ? first.id : '' });
    expect(h.applications.items.size).toBe(1);
    expect(h.engine.executions.size).toBe(1);
  });

  it('lists every wrong field at once and stores nothing', async () => {
    const h = harness();
    const result = await submitApplication(
      h.deps,
      body({
        applicant: { role: 'relief-family', name: '', email: 'not-an-email', cpr: '12' },
        expenses: [{ date: '2026-02-30', amount: '-1', description: 'x' }],
      }),
      undefined,
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (result.ok || result.code !== 'invalid') return;
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'Idempotency-Key',
        'applicant.name',
        'applicant.email',
        'applicant.cpr',
        'expenses[0].date',
        'expenses[0].amount',
      ]),
    );
    for (const error of result.errors) expect(error.message).toBe(`${error.da} / ${error.en}`);
    expect(h.applications.items.size).toBe(0);
    expect(h.engine.executions.size).toBe(0);
  });
});

describe('evaluating an application', () => {
  it('asks for receipts when the rules need them and none came', async () => {
    const h = harness();
    const result = await submitApplication(h.deps, body(), 'key-abcdefgh');
    if (!result.ok) throw new Error('invalid');
    expect(await evaluateApplication(h.deps, result.id)).toEqual({
      outcome: 'approvable',
      receiptsMissing: true,
    });
    expect(h.applications.items.get(result.id)?.decision?.payable).toBe('1500.00');
  });
});

describe('receipts judged by content', () => {
  it.each([
    ['%PDF-1.7', 'application/pdf'],
    ['\xff\xd8\xff\xe0', 'image/jpeg'],
    ['\x89PNG\r\n', 'image/png'],
    ['RIFF\0\0\0\0WEBP', 'image/webp'],
    ['\0\0\0\x18ftypheic', 'image/heic'],
    ['MZ\x90\0', undefined],
    ['<html>', undefined],
  ])('reads %j as %s', (head, type) => {
    expect(sniffType(Uint8Array.from(head, (c) => c.charCodeAt(0)))).toBe(type);
  });
});

describe('decision letters', () => {
  it('tell a family that § 11, stk. 6 leisure decisions cannot be appealed', async () => {
    const h = harness();
    const result = await submitApplication(
      h.deps,
      body({
        municipality: 'rudersdal',
        benefit: 'rud-s11-leisure',
        applicant: { role: 'parent', name: 'A', email: 'a@example.test', cpr: '0101801234' },
      }),
      'key-leisure1',
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const application = h.applications.items.get(result.id);
    if (!application) throw new Error('not stored');
    expect(letter('rejection', application).text).toContain(
      'kan ikke indbringes for anden administrativ myndighed',
    );
  });
});
