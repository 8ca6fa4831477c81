import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../../shared/app/secret-hash';
import { bodyOf, claim, harness, STATE, send, submitAndWait, upload } from './client';

describe('POST /api/applications', () => {
  it('stores the application, starts its workflow and gives the family a status token', async () => {
    const h = harness();
    const receipt = await upload(h);
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-0001' },
      json: claim({ receipts: [receipt] }),
    });
    expect(response.status).toBe(201);
    const body = bodyOf(response);
    expect(body).toEqual({ id: body.id, status: 'submitted', statusToken: expect.any(String) });
    const stored = h.applications.items.get(body.id);
    expect(stored?.receipts).toEqual([receipt]);
    expect(stored?.statusTokenHash).toBe(hashSecret(body.statusToken));
    expect(h.engine.executions.has(body.id)).toBe(true);
  });

  it('e-mails the family a receipt with the case reference and its status link, the token in the fragment', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-mail' },
      json: claim(),
    });
    const { id, statusToken } = bodyOf(response);
    const mail = h.mailer.sent.find((m) => m.to === 'mette@example.test');
    expect(mail?.subject).toBe(`Vi har modtaget din ansøgning (sag ${id.slice(0, 8).toUpperCase()})`);
    expect(mail?.text).toContain(`/status/${id}#${statusToken}`);
    expect(mail?.text).toContain('Vi har modtaget din ansøgning om Autostol');
    expect(mail?.text).toContain('We have received your application for car seat');
    expect(`${mail?.subject}`).not.toMatch(/Mette|0101801234|1799/);
  });

  it('takes the application even when the receipt e-mail cannot be sent', async () => {
    const h = harness();
    h.deps.mailer = {
      send: async () => {
        throw new Error('mail service down');
      },
    };
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-nomail' },
      json: claim(),
    });
    expect(response.status).toBe(201);
    expect(h.engine.executions.has(bodyOf(response).id)).toBe(true);
  });

  it('returns the same id and status token for the same Idempotency-Key', async () => {
    const h = harness();
    const request = { headers: { 'idempotency-key': 'family-key-0002' }, json: claim() };
    const first = bodyOf(await send(h, 'POST', '/api/applications', request));
    const again = await send(h, 'POST', '/api/applications', request);
    expect(again.status).toBe(201);
    expect(bodyOf(again).id).toBe(first.id);
    expect(bodyOf(again).statusToken).toBe(first.statusToken);
    expect(h.applications.items.size).toBe(1);
  });

  it('lists every problem with a submission, the missing Idempotency-Key included', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      json: claim({
        applicant: { role: 'relief-family', name: '', email: 'no', cpr: '12' },
        benefit: 'nope',
      }),
    });
    expect(response.status).toBe(400);
    const paths = bodyOf(response).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'Idempotency-Key',
        'applicant.name',
        'applicant.email',
        'applicant.cpr',
        'benefit',
      ]),
    );
    expect(h.applications.items.size).toBe(0);
  });

  it('refuses another application under a used Idempotency-Key, and gives away nothing of the first', async () => {
    const h = harness();
    const first = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-0004' },
      json: claim(),
    });
    const other = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-0004' },
      json: claim({
        applicant: {
          role: 'foster-family',
          name: 'Anden Familie',
          email: 'anden@example.test',
          cpr: '0202805678',
        },
      }),
    });
    expect(first.status).toBe(201);
    expect(other.status).toBe(422);
    expect(other.body).not.toContain(bodyOf(first).id);
    expect(other.body).not.toContain(bodyOf(first).statusToken);
    expect(bodyOf(other).errors).toEqual([
      expect.objectContaining({
        path: 'Idempotency-Key',
        en: expect.stringContaining('different application'),
      }),
    ]);
    expect(h.applications.items.size).toBe(1);
  });

  it('refuses a CPR number whose first six digits are no date, in both languages', async () => {
    const h = harness();
    for (const cpr of ['3102831234', '999999-9999', '0113801234']) {
      const response = await send(h, 'POST', '/api/applications', {
        headers: { 'idempotency-key': `family-cpr-${cpr}` },
        json: claim({
          applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr },
        }),
      });
      expect(response.status, cpr).toBe(400);
      expect(bodyOf(response).errors).toEqual([
        expect.objectContaining({
          path: 'applicant.cpr',
          da: expect.stringContaining('gyldig fødselsdato'),
          en: expect.stringContaining('valid birth date'),
        }),
      ]);
    }
    // Numbers without a modulus-11 check digit exist since 2007 and are accepted.
    const valid = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-cpr-valid' },
      json: claim({
        applicant: {
          role: 'relief-family',
          name: 'Mette Jensen',
          email: 'mette@example.test',
          cpr: '010180-1235',
        },
      }),
    });
    expect(valid.status).toBe(201);
    expect(h.applications.items.size).toBe(1);
  });

  it('refuses receipts that were never uploaded, naming each, and stores nothing', async () => {
    const h = harness();
    const uploaded = await upload(h);
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-0005' },
      json: claim({ receipts: [uploaded, 'neverUploadedAAAAAAAA', 'neverUploadedBBBBBBBB'] }),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual([
      'receipts[1]',
      'receipts[2]',
    ]);
    expect(h.applications.items.size).toBe(0);
    expect(h.engine.executions.size).toBe(0);
    // The key is not used up: the family chooses the files again and sends with the same key.
    const again = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-0005' },
      json: claim({ receipts: [uploaded] }),
    });
    expect(again.status).toBe(201);
  });

  it('answers a body that is not JSON with one error at path ""', async () => {
    const response = await send(harness(), 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-key-0003', 'content-type': 'application/json' },
      body: 'municipality=randers',
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual(['']);
  });
});

describe('GET /api/applications/{id}', () => {
  it("shows the family its status with the rules' decision and the timeline", async () => {
    const h = harness();
    const { id, statusToken } = await submitAndWait(h);
    const response = await send(h, 'GET', `/api/applications/${id}`, {
      headers: { authorization: `Bearer ${statusToken}` },
    });
    expect(response.status).toBe(200);
    const body = bodyOf(response);
    expect(body).toMatchObject({
      id,
      status: 'in-review',
      decision: { outcome: 'approvable', payable: '1500.00' },
    });
    expect(body.timeline.map((t: { status: string }) => t.status)).toEqual(['submitted', 'in-review']);
    expect(body.payout).toBeUndefined();
    expect(response.body).not.toMatch(/Mette|0101801234|mette@example/);
  });

  it("shows the caseworker's outcome and the payout once it is scheduled", async () => {
    const h = harness();
    const { id, statusToken, link } = await submitAndWait(h);
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: {
        formToken: link.formToken,
        action: 'approve',
        amount: '1400.00',
        reason: 'Prisen for en tilsvarende stol.',
      },
    });
    await scheduled;
    const body = bodyOf(
      await send(h, 'GET', `/api/applications/${id}`, {
        headers: { authorization: `Bearer ${statusToken}` },
      }),
    );
    expect(body.status).toBe('payout-scheduled');
    expect(body.decision.caseworker).toEqual({
      action: 'approve',
      granted: '1400.00',
      reason: 'Prisen for en tilsvarende stol.',
      decidedAt: '2026-03-04T09:15:00.000Z',
    });
    expect(body.payout).toEqual({ amount: '1400.00', dueDate: '2026-03-05' });
    expect(JSON.stringify(body)).not.toContain('sagsbehandler@kommune.test');
  });

  it("refuses a status request without the family's token", async () => {
    const h = harness();
    const { id } = await submitAndWait(h);
    const response = await send(h, 'GET', `/api/applications/${id}`);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(bodyOf(response)).toEqual({ error: 'unauthorized' });
  });

  it("refuses another family's token and shows nothing of the application", async () => {
    const h = harness();
    const mine = await submitAndWait(h);
    const theirs = await submitAndWait(h, {
      applicant: { role: 'parent', name: 'Ole Hansen', email: 'ole@example.test', cpr: '0202802345' },
    });
    const response = await send(h, 'GET', `/api/applications/${theirs.id}`, {
      headers: { authorization: `Bearer ${mine.statusToken}` },
    });
    expect(response.status).toBe(401);
    expect(response.body).not.toContain(theirs.id);
  });

  it('refuses a malformed Authorization header', async () => {
    const h = harness();
    const { id, statusToken } = await submitAndWait(h);
    const response = await send(h, 'GET', `/api/applications/${id}`, {
      headers: { authorization: statusToken },
    });
    expect(response.status).toBe(401);
  });

  it('answers 404 for an application that does not exist', async () => {
    const response = await send(harness(), 'GET', '/api/applications/id9999999999999999999999', {
      headers: { authorization: 'Bearer some-token-value' },
    });
    expect(response.status).toBe(404);
    expect(bodyOf(response)).toEqual({ error: 'not found' });
  });
});
