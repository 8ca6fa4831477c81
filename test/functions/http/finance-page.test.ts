import { describe, expect, it } from 'vitest';
import type { Deps } from '../../../shared/app/deps';
import type { Identity } from '../../../shared/app/identity';
import { runPayoutsNow } from '../../../shared/app/use-cases/payout-run';
import { applyStatusReport } from '../../../shared/app/use-cases/payout-status-report';
import { handleRequest } from '../../../shared/http/router';
import { signIn } from '../../../shared/http/session';
import { batchPmtInfId, lineReference } from '../../../shared/payouts/lines';
import { payoutHarness, seed } from '../../payouts/fixtures';
import { statusReportXml } from '../../payouts/pain002-builder';

/** The router over the payout harness, with the payout parts where the composition root puts them. */
function finance() {
  const h = payoutHarness();
  const deps = {
    ...h.deps,
    payouts: { batches: h.batches, files: h.files, settings: h.deps.settings },
  } as unknown as Deps;
  const sessions: Record<string, { cookie: string; csrf: string }> = {};
  /** Signs a made-up finance user in (as the sign-in callback would) and keeps the cookie. */
  const as = async (who: 'anna' | 'bo') => {
    sessions[who] ??= await signedIn(deps, {
      kind: 'staff',
      sub: `sub-${who}`,
      name: who === 'anna' ? 'Anna Holm' : 'Bo Berg',
      email: `${who}@kommune.test`,
      roles: ['finance'],
      municipalities: ['randers'],
    });
    return sessions[who];
  };
  const get = async (path: string, query: Record<string, string> = {}, who: 'anna' | 'bo' = 'anna') =>
    handleRequest(deps, {
      method: 'GET',
      path,
      headers: { cookie: (await as(who)).cookie },
      query,
      body: undefined,
    });
  const post = async (path: string, who: 'anna' | 'bo', form: Record<string, string> = {}) => {
    const session = await as(who);
    return handleRequest(deps, {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
      query: {},
      body: new URLSearchParams({ csrf: session.csrf, ...form }).toString(),
    });
  };
  return { ...h, routerDeps: deps, get, post };
}

/** A session for the identity: its cookie header and the forms' anti-forgery value. */
async function signedIn(deps: Deps, identity: Identity) {
  const { session, setCookie } = await signIn(deps, identity);
  return { cookie: setCookie.split(';')[0] ?? '', csrf: session.csrf };
}

/** The text of each cell of each row in the page's table body. */
function rows(page: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
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
    expect(danish?.slice(0, 4)).toEqual([batch.id, '5. marts 2026', '2', '3.000,00 kr.']);
    expect(english?.slice(0, 4)).toEqual([batch.id, '5 March 2026', '2', 'DKK 3,000.00']);
    expect(danish?.[4]).toContain(`payouts-${batch.id}.csv`);
  });

  it('shows a batch with its lines: case reference, amount, due date, posting reference and the CPR masked', async () => {
    const f = finance();
    await seed(f.ledger, 2);
    const batch = await runPayoutsNow(f.deps);

    const page = await f.get(`/finance/batches/${batch.id}`);

    expect(page.status).toBe(200);
    const lines = rows(page.body);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual([
      'APP00000',
      '010101-****',
      '101,37 kr.',
      '4. marts 2026',
      '5.28.21',
      'I kørslen',
    ]);
    expect(page.body).not.toMatch(/0101011234|010101-1234/);
    expect(page.body).toContain('data-status="ready"');
  });

  it('sends someone not signed in to sign in, refuses a caseworker, and refuses a release without the session token', async () => {
    const f = finance();
    await seed(f.ledger, 1);
    const batch = await runPayoutsNow(f.deps);
    const caseworker = await signedIn(f.routerDeps, {
      kind: 'staff',
      sub: 'sub-cw',
      name: 'Cai Winther',
      email: 'cw@kommune.test',
      roles: ['caseworker'],
      municipalities: ['randers'],
    });
    const request = (method: string, path: string, cookie?: string, body?: string) =>
      handleRequest(f.routerDeps, {
        method,
        path,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        query: {},
        body,
      });

    const anonymous = await request('GET', '/finance');
    const wrongRole = await request('GET', `/finance/batches/${batch.id}`, caseworker.cookie);
    const forged = await f.post(`/finance/batches/${batch.id}/release`, 'anna', { csrf: 'forged' });
    const apiAnonymous = await request('GET', '/api/payout-batches');

    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toBe('/log-ind?som=medarbejder&til=%2Ffinance');
    expect(wrongRole.status).toBe(403);
    expect(forged.status).toBe(400);
    expect(forged.body).not.toContain('data-status="released"');
    expect(apiAnonymous.status).toBe(401);
  });

  it('releases a batch with four eyes: the same person cannot confirm, another can, and only then are the files downloadable', async () => {
    const f = finance();
    await seed(f.ledger, 1);
    const batch = await runPayoutsNow(f.deps);
    const path = `/finance/batches/${batch.id}`;

    const released = await f.post(`${path}/release`, 'anna');
    const before = await f.get('/finance');
    const same = await f.post(`${path}/confirm`, 'anna');
    const confirmed = await f.post(`${path}/confirm`, 'bo');
    const after = await f.get('/finance');

    expect(released.body).toContain('data-status="released"');
    expect(before.body).not.toContain('download=');
    expect(same.status).toBe(400);
    expect(same.body).toContain('En anden end den, der frigav kørslen, skal godkende den.');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toContain('data-status="sent"');
    expect(confirmed.body).toContain('id="status-report"');
    expect(after.body).toContain(`download="payouts-${batch.id}.pain.001.001.03.xml"`);
    expect(f.journal.entries.map((e) => e.entry.kind)).toEqual(['batch-released', 'batch-release-confirmed']);
  });

  it('shows the batch partly rejected after a pain.002 with a rejected line, in English too', async () => {
    const f = finance();
    await seed(f.ledger, 2);
    const batch = await runPayoutsNow(f.deps);
    await f.post(`/finance/batches/${batch.id}/release`, 'anna');
    await f.post(`/finance/batches/${batch.id}/confirm`, 'bo');
    const report = statusReportXml({
      originalMsgId: `SUPPL-${batch.id}`,
      groupStatus: 'PART',
      payments: [
        {
          pmtInfId: batchPmtInfId(batch.id, 'rudersdal'),
          transactions: [
            {
              endToEndId: lineReference(batch.id, 'app000000000000000000002'),
              status: 'RJCT',
              reason: 'AC06',
            },
          ],
        },
      ],
    });
    await applyStatusReport(f.deps, batch.id, report);

    const page = await f.get(`/finance/batches/${batch.id}`, { lang: 'en' });

    expect(page.body).toContain('data-status="partly-rejected"');
    expect(page.body).toContain('Rejected, awaiting correction');
    expect(page.body).toContain('AC06 Kontoen er spærret / Blocked account');
  });
});
