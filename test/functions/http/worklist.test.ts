import { describe, expect, it } from 'vitest';
import { MADE_UP_STAFF } from '../../../infra/local/made-up-users';
import {
  MemoryFinanceFileStore,
  MemoryPayoutBatchStore,
} from '../../../shared/adapters/memory/payout-stores';
import { staffFromClaims } from '../../../shared/app/identity-claims';
import { caseRef } from '../../../shared/domain/case-ref';
import { signIn } from '../../../shared/http/session';
import { entry, payoutSettings } from '../../payouts/fixtures';
import { type H, harness, STATE, send, submitAndWait } from './client';

/** The cookie and anti-forgery value of a made-up member of staff signed in (as POST /local/session gives them). */
async function signedIn(h: H, user: string) {
  const claims = MADE_UP_STAFF[user];
  const identity = claims && staffFromClaims({ ...claims });
  if (!identity || 'refused' in identity) throw new Error(`no made-up staff ${user}`);
  const { setCookie, session } = await signIn(h.deps, identity);
  const cookie = setCookie.split(';')[0] ?? '';
  return {
    csrf: session.csrf,
    get: (path: string) => send(h, 'GET', path, { headers: { cookie, accept: 'text/html' } }),
    post: (path: string, form: Record<string, string> = {}) =>
      send(h, 'POST', path, {
        headers: { cookie, accept: 'text/html' },
        form: { csrf: session.csrf, ...form },
      }),
  };
}

/** A Randers car seat waiting for the caseworker, the child identified as the family's form gives it. */
async function caseWaiting(h: H) {
  const submitted = await submitAndWait(h);
  const stored = h.applications.items.get(submitted.id);
  if (stored) stored.child = { name: 'Ida Jensen', cpr: '0105192345' };
  return submitted;
}

describe('GET /sager, the worklist', () => {
  it('sends someone not signed in to sign in, and refuses a member of staff without a case role', async () => {
    const h = harness();
    const anonymous = await send(h, 'GET', '/sager', { headers: { accept: 'text/html' } });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toBe('/log-ind?som=medarbejder&til=%2Fsager');
    expect((await (await signedIn(h, 'finance')).get('/sager')).status).toBe(403);
  });

  it("lists the municipality's open case with its reference, what it waits for, the deadline and the amount", async () => {
    const h = harness();
    const { id } = await caseWaiting(h);
    const anders = await signedIn(h, 'caseworker@randers');
    const page = (await anders.get('/sager')).body;
    expect(page).toContain(`<a href="/sager/${id}">${caseRef(id)}</a>`);
    expect(page).toContain('<strong>1 sag</strong>');
    expect(page).toContain('Autostol');
    expect(page).toContain('Sagsbehandleren');
    expect(page).toContain('Afgørelse senest: 18. marts 2026');
    expect(page).toContain('1.500,00 kr.');
    expect(page).toContain('Logget ind som Anders Bak');
    expect(page).not.toContain('0105192345');
    const english = (await anders.get('/sager?lang=en')).body;
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<strong>1 case</strong>');
    expect(english).toContain('The caseworker');
    expect(english).toContain(`<a href="/sager/${id}?lang=en">`);
    // Rudersdal's caseworker does not see it, nor open it.
    const birgitte = await signedIn(h, 'caseworker@rudersdal');
    const other = (await birgitte.get('/sager')).body;
    expect(other).not.toContain(caseRef(id));
    expect(other).toContain('Der er ingen sager, der passer til filtrene.');
    const refused = await birgitte.get(`/sager/${id}`);
    expect(refused.status).toBe(404);
    expect(refused.body).not.toContain('Mette Jensen');
  });

  it("searches by the child's CPR number in the form's body, never the address, and says when nothing matches", async () => {
    const h = harness();
    const { id } = await caseWaiting(h);
    const anders = await signedIn(h, 'caseworker@randers');
    const found = await anders.post('/sager', { q: '010519-2345' });
    expect(found.status).toBe(200);
    expect(found.body).toContain(caseRef(id));
    expect(found.body).toContain('fundet ved søgningen');
    const none = await anders.post('/sager', { q: '0105190000' });
    expect(none.body).toContain('Ingen sager passer til søgningen.');
    const forged = await send(h, 'POST', '/sager', { form: { q: '0105192345' } });
    expect(forged.status).toBe(303);
    const withoutToken = await anders.post('/sager', { csrf: 'wrong', q: '0105192345' });
    expect(withoutToken.status).toBe(400);
    expect(withoutToken.body).not.toContain(caseRef(id));
  });

  it('takes the case and names who took it; filters "mine" and "not taken"', async () => {
    const h = harness();
    const { id } = await caseWaiting(h);
    const anders = await signedIn(h, 'caseworker@randers');
    expect((await anders.get('/sager?assignee=none')).body).toContain(caseRef(id));
    const taken = await anders.post(`/sager/${id}/tag`);
    expect(taken.status).toBe(303);
    expect(taken.headers.location).toBe(`/sager/${id}`);
    expect((await anders.get('/sager?assignee=mine')).body).toContain('Dig (Anders Bak)');
    expect((await anders.get('/sager?assignee=none')).body).not.toContain(caseRef(id));
    expect((await h.accessLog.list(id)).map((e) => e.what)).toEqual(['took-case']);
  });
});

describe('GET /sager/{id}, the case page', () => {
  it('identifies the child with the CPR number masked until shown, and logs both views', async () => {
    const h = harness();
    const { id, receipt } = await caseWaiting(h);
    const anders = await signedIn(h, 'caseworker@randers');
    const page = (await anders.get(`/sager/${id}`)).body;
    expect(page).toContain('<dd id="child-name">Ida Jensen</dd>');
    expect(page).toContain('010519-<span aria-hidden="true">••••</span>');
    expect(page).not.toContain('0105192345');
    expect(page).not.toContain('010519-2345');
    expect(page).toContain('Vis CPR-nummer');
    expect(page).toContain(`href="/sager/${id}/kvitteringer/${receipt}"`);
    expect(page).toContain(`action="/sager/${id}/afgoerelse#error-summary"`);
    expect(page).not.toContain('adgangslog');
    const shown = (await anders.get(`/sager/${id}?vis=cpr`)).body;
    expect(shown).toContain('<span id="child-cpr">010519-2345</span>');
    const pdf = await anders.get(`/sager/${id}/kvitteringer/${receipt}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect((await h.accessLog.list(id)).map((e) => e.what)).toEqual([
      'viewed-case',
      'viewed-case',
      'showed-cpr',
      'viewed-receipt',
    ]);
  });

  it('decides signed in: a refused form comes back as typed; the decision names the person', async () => {
    const h = harness();
    const { id } = await caseWaiting(h);
    const anders = await signedIn(h, 'caseworker@randers');
    const refused = await anders.post(`/sager/${id}/afgoerelse`, { action: 'reject' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Skriv en begrundelse.');
    expect(refused.body).toContain('value="reject" class="form-radio" checked>');
    // DKFDS's error summary, linked to the field, the field tied to its own message.
    expect(refused.body).toContain('id="error-summary" role="alert"');
    expect(refused.body).toContain('Der er problemer');
    expect(refused.body).toContain('<a class="function-link" href="#reason">Skriv en begrundelse.</a>');
    expect(refused.body).toMatch(
      /<textarea id="reason"[^>]* aria-invalid="true" aria-describedby="reason-error">/,
    );
    expect(refused.body).toMatch(/<script src="\/assets\/app\/error-summary\.js\?v=[0-9a-f]+" defer>/);
    const decided = h.engine.whenWaiting(STATE.schedulePayout, id);
    const ok = await anders.post(`/sager/${id}/afgoerelse`, { action: 'approve' });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Afgørelsen er registreret');
    await decided;
    const page = (await anders.get(`/sager/${id}`)).body;
    expect(page).toContain('<dt>Truffet af</dt><dd>Anders Bak</dd>');
    expect(page).not.toContain('id="decision-form"');
    const again = await anders.post(`/sager/${id}/afgoerelse`, { action: 'approve' });
    expect(again.status).toBe(409);
  });

  it('names a signed-in member of staff who decides through the e-mailed link', async () => {
    const h = harness();
    const { id, link } = await caseWaiting(h);
    const claims = MADE_UP_STAFF['caseworker-2'];
    const identity = claims && staffFromClaims({ ...claims });
    if (!identity || 'refused' in identity) throw new Error('no caseworker-2');
    const cookie = (await signIn(h.deps, identity)).setCookie.split(';')[0] ?? '';
    const decided = h.engine.whenWaiting(STATE.schedulePayout, id);
    const posted = await send(h, 'POST', `/decisions/${link.id}`, {
      headers: { cookie },
      form: { formToken: link.formToken, action: 'approve' },
    });
    expect(posted.status).toBe(200);
    await decided;
    expect(h.applications.items.get(id)?.review?.decidedBy).toBe('Jonas Holm');
  });

  it('shows the access log to the team lead, in words and Copenhagen time, and refuses a caseworker', async () => {
    const h = harness();
    const { id } = await caseWaiting(h);
    const anders = await signedIn(h, 'caseworker@randers');
    await anders.get(`/sager/${id}`);
    expect((await anders.get(`/sager/${id}/adgangslog`)).status).toBe(403);
    const lone = await signedIn(h, 'team-lead');
    const log = await lone.get(`/sager/${id}/adgangslog`);
    expect(log.status).toBe(200);
    expect(log.body).toMatch(/<td data-title="Hvem">Anders Bak<\/td><td data-title="Hvad">Så sagen<\/td>/);
    expect(log.body).toContain('4. marts 2026 kl. 10.15');
    expect(log.body).toContain('Læste adgangsloggen');
    expect((await lone.get(`/sager/${id}`)).body).toContain(`href="/sager/${id}/adgangslog"`);
  });
});

describe('a payout the bank returned, on the case page', () => {
  it("shows the bank's reason and corrects the payout signed in, named in the ledger, journal and access log", async () => {
    const h = harness();
    h.deps.payouts = {
      batches: new MemoryPayoutBatchStore(),
      files: new MemoryFinanceFileStore(),
      settings: payoutSettings,
    };
    const { id } = await caseWaiting(h);
    const stored = h.applications.items.get(id);
    if (!stored) throw new Error('no application');
    Object.assign(stored, {
      status: 'payout-scheduled',
      wait: undefined,
      payout: {
        amountOre: 150_000,
        dueDate: '2026-03-05',
        returned: { at: '2026-03-04T09:00:00Z', tokenHash: 'h' },
      },
    });
    const at = '2026-03-04T09:00:00Z';
    h.ledger.entries.set(
      id,
      entry(1, {
        applicationId: id,
        amountOre: 150_000,
        status: 'rejected',
        rejection: { reason: 'AC04 Kontoen er lukket', batchId: 'B1', at },
      }),
    );
    await h.journal.record(id, at, {
      kind: 'payout-rejected',
      batchId: 'B1',
      reason: 'AC04 Kontoen er lukket',
    });
    const anders = await signedIn(h, 'caseworker@randers');
    const page = (await anders.get(`/sager/${id}`)).body;
    expect(page).toContain('<span id="bank-reason">AC04 Kontoen er lukket</span>');
    expect(page).toContain(`action="/sager/${id}/udbetaling#error-summary"`);
    const refused = await anders.post(`/sager/${id}/udbetaling`, { amount: '1.500,00', note: '' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(
      '<a class="function-link" href="#correction-note">Skriv, hvad der er rettet.</a>',
    );
    expect(refused.body).toMatch(
      /id="correction-note"[^>]* aria-invalid="true" aria-describedby="correction-note-error"/,
    );
    expect(refused.body).toContain('value="1.500,00"');
    const corrected = await anders.post(`/sager/${id}/udbetaling`, {
      amount: '1.500,00',
      note: 'Ny NemKonto',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toContain('Udbetalingen er rettet');
    expect(h.ledger.entries.get(id)).toMatchObject({
      status: 'scheduled',
      previous: [{ correctedBy: 'Anders Bak' }],
    });
    expect(h.applications.items.get(id)?.payout?.returned?.correctedAt).toBeDefined();
    expect((await h.journal.list(id)).at(-1)?.entry).toMatchObject({
      kind: 'payout-corrected',
      by: 'Anders Bak',
      sub: 'staff-caseworker-randers',
    });
    expect((await h.accessLog.list(id)).map((e) => e.what)).toContain('corrected-payout');
    const after = (await anders.get(`/sager/${id}`)).body;
    expect(after).not.toContain('id="correction-form"');
    expect(after).toContain('<dt>Rettet af</dt><dd>Anders Bak</dd>');
    expect((await anders.post(`/sager/${id}/udbetaling`, { amount: '1500', note: 'igen' })).status).toBe(409);
  });
});
