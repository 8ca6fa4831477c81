import { describe, expect, it } from 'vitest';
import type { Deps } from '../../../shared/app/deps';
import { evaluateRules } from '../../../shared/http/rules-api';
import { catalogue, claim } from '../rules/fixtures';

const post = (body: unknown) =>
  evaluateRules({ catalogue } as unknown as Deps, {
    method: 'POST',
    path: '/api/rules/evaluate',
    headers: {},
    query: {},
    body: JSON.stringify(body),
  });

describe('the rules endpoint at the bounds of the contract', () => {
  it('answers 400 naming each amount for ten lines of 9.999.999.999.999,99 kr., not 500', async () => {
    const expenses = Array.from({ length: 10 }, () => ({
      date: '2026-02-20',
      amount: '9999999999999.99',
      description: 'Autostol',
    }));
    const response = await post(claim({ expenses }));
    expect(response.status).toBe(400);
    const { errors } = JSON.parse(String(response.body));
    expect(errors.map((e: { path: string }) => e.path)).toEqual(
      expenses.map((_, i) => `expenses[${i}].amount`),
    );
  });

  it('answers 200 for 200 lines of 1.000.000,00 kr.', async () => {
    const expenses = Array.from({ length: 200 }, () => ({
      date: '2026-02-20',
      amount: '1000000.00',
      description: 'Autostol',
    }));
    const response = await post(claim({ expenses }));
    expect(response.status).toBe(200);
  });
});
