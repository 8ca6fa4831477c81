import { describe, expect, it } from 'vitest';
import type { Deps } from '../../../shared/app/deps';
import { handleRequest } from '../../../shared/http/router';
import { runPayoutsNow } from '../../../shared/payouts/run';
import { payoutHarness, seed } from '../../payouts/fixtures';

/** The router over the payout harness, with the payout parts where the composition root puts them. */
function finance() {
  const h = payoutHarness();
  const deps = {
    ...h.deps,
    payouts: { batches: h.batches, files: h.files, settings: h.deps.settings },
  } as unknown as Deps;
  const get = (path: string, query: Record<string, string> = {}) =>
    handleRequest(deps, { method: 'GET', path, headers: {}, query, body: undefined });
  return { ...h, get };
}

/** The text of each cell of each row in the page's table body. */
function rows(page: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
      (cell[1] ?? '').replace(/<[^>]+>/g, '').trim(),
    ),
  );
}

describe('the finance page', () => {
  it('shows each batch with its payout day, count and total in Danish and in English', async () => {
    const f = finance();
    await seed(f.ledger, 2, { amountOre: 150_000 });
    // Wednesday 4 March 2026, 10:15 Copenhagen: the next scheduled run pays on Thursday.
    const batch = await runPayoutsNow(f.deps);

    const da = await f.get('/finance');
    const en = await f.get('/finance', { lang: 'en' });

    expect(da.status).toBe(200);
    expect(en.status).toBe(200);
    const [danish] = rows(da.body);
    const [english] = rows(en.body);
    expect(danish?.slice(0, 4)).toEqual([batch.id, '2026-03-05', '2', '3.000,00 kr.']);
    expect(english?.slice(0, 4)).toEqual([batch.id, '2026-03-05', '2', 'DKK 3,000.00']);
    expect(danish?.[4]).toContain(`payouts-${batch.id}.csv`);
  });
});
