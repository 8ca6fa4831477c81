import { describe, expect, it } from 'vitest';
import type { CitizenIdentity } from '../../../shared/app/identity';
import { signIn } from '../../../shared/http/session';
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

describe("the child's name and CPR number", () => {
  const withChild = (child: Record<string, unknown>) =>
    claim({ child: { birthDate: '2019-05-01', ...child } });

  it('stores them beside the applicant, the CPR number as ten digits, and keeps them out of the claim', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-child-ok' },
      json: withChild({ name: ' Liva Jensen ', cpr: '010519-4321' }),
    });
    expect(response.status).toBe(201);
    const stored = h.applications.items.get(bodyOf(response).id);
    expect(stored?.child).toEqual({ name: 'Liva Jensen', cpr: '0105194321' });
    expect(stored?.claim.child).toEqual({ birthDate: '2019-05-01' });
  });

  it('takes an application without them, as before', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-child-none' },
      json: claim(),
    });
    expect(response.status).toBe(201);
    expect(h.applications.items.get(bodyOf(response).id)).not.toHaveProperty('child');
  });

  it.each([
    ['0105194321', '2019-05-02', 'a birth date the CPR number does not encode'],
    ['0105994321', '2019-05-01', 'a CPR number of another century'],
  ])(
    'refuses %s with %s (%s), naming child.cpr in both languages, and stores nothing',
    async (cpr, birthDate) => {
      const h = harness();
      const response = await send(h, 'POST', '/api/applications', {
        headers: { 'idempotency-key': 'family-child-mismatch' },
        json: claim({ child: { birthDate, cpr } }),
      });
      expect(response.status).toBe(400);
      expect(bodyOf(response).errors).toEqual([
        expect.objectContaining({
          path: 'child.cpr',
          da: expect.stringContaining('fødselsdato'),
          en: expect.stringContaining('date of birth'),
        }),
      ]);
      expect(h.applications.items.size).toBe(0);
      expect(h.engine.executions.size).toBe(0);
    },
  );

  it.each([
    ['name', 'Liva\u0000Jensen'],
    ['name', '\u202eLiva'],
    ['name', ''],
    ['cpr', '3205194321'],
    ['cpr', '0105194321\v'],
    ['cpr', 105194321],
  ])('refuses child.%s %j and stores nothing', async (field, value) => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-child-unsafe' },
      json: withChild({ [field]: value }),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual([`child.${field}`]);
    expect(h.applications.items.size).toBe(0);
  });

  it('counts them in the Idempotency-Key fingerprint: another child under the same key is refused', async () => {
    const h = harness();
    const first = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-child-key' },
      json: withChild({ name: 'Liva Jensen', cpr: '0105194321' }),
    });
    expect(first.status).toBe(201);
    const other = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'family-child-key' },
      json: withChild({ name: 'Liva Jensen', cpr: '0105194322' }),
    });
    expect(other.status).toBe(422);
    expect(h.applications.items.size).toBe(1);
  });
});

describe('a family signed in with MitID', () => {
  const karen: CitizenIdentity = {
    kind: 'citizen',
    sub: 'citizen-0101804321',
    name: 'Karen Jensen',
    cpr: '0101804321',
  };

  /** The session cookie signing in as the citizen gives. */
  async function cookieOf(h: ReturnType<typeof harness>, who = karen) {
    const { setCookie } = await signIn(h.deps, who);
    return setCookie.split(';')[0] ?? '';
  }
  const applicantTyped = (typed: Record<string, unknown>) =>
    claim({ applicant: { role: 'relief-family', email: 'karen@example.test', ...typed } });

  it("applies under the identity's name and CPR number, without typing them", async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'signed-in-plain', cookie: await cookieOf(h) },
      json: applicantTyped({}),
    });
    expect(response.status).toBe(201);
    const stored = h.applications.items.get(bodyOf(response).id);
    expect(stored?.applicant).toEqual({
      role: 'relief-family',
      name: 'Karen Jensen',
      email: 'karen@example.test',
      cpr: '0101804321',
    });
    expect(await h.applications.listForApplicant('0101804321', 10)).toHaveLength(1);
  });

  it('lets the identity win over a typed name, and takes its own CPR number typed with a hyphen', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'signed-in-typed', cookie: await cookieOf(h) },
      json: applicantTyped({ name: 'Someone Else', cpr: '010180-4321' }),
    });
    expect(response.status).toBe(201);
    const stored = h.applications.items.get(bodyOf(response).id);
    expect(stored?.applicant.name).toBe('Karen Jensen');
    expect(stored?.applicant.cpr).toBe('0101804321');
  });

  it.each([
    ['another CPR number', '0101801234', 'MitID'],
    ['no CPR number at all', '01018-04321x', 'CPR-nummer'],
  ])('refuses %s in applicant.cpr with 400, and stores and starts nothing', async (_what, cpr, da) => {
    const h = harness();
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'signed-in-other', cookie: await cookieOf(h) },
      json: applicantTyped({ name: 'Karen Jensen', cpr }),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors).toEqual([
      expect.objectContaining({ path: 'applicant.cpr', da: expect.stringContaining(da) }),
    ]);
    expect(h.applications.items.size).toBe(0);
    expect(h.engine.executions.size).toBe(0);
    expect(h.mailer.sent).toEqual([]);
  });

  it("never gives one family another's application for the same key and body", async () => {
    const h = harness();
    const request = (cookie: string) => ({
      headers: { 'idempotency-key': 'signed-in-shared-key', cookie },
      json: applicantTyped({}),
    });
    const first = await send(h, 'POST', '/api/applications', request(await cookieOf(h)));
    expect(first.status).toBe(201);
    const thomas = {
      ...karen,
      sub: 'citizen-1502756789',
      name: 'Thomas Poulsen',
      cpr: '1502756789',
    };
    const other = await send(h, 'POST', '/api/applications', request(await cookieOf(h, thomas)));
    expect(other.status).toBe(422);
    expect(other.body).not.toContain(bodyOf(first).id);
  });

  it('still needs name and CPR number from a member of staff, who applies as anyone does', async () => {
    const h = harness();
    const { setCookie } = await signIn(h.deps, {
      kind: 'staff',
      sub: 'staff-caseworker',
      name: 'Mette Sørensen',
      email: 'sagsbehandler@kommune.local',
      roles: ['caseworker'],
      municipalities: ['randers'],
    });
    const response = await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'staff-applies', cookie: setCookie.split(';')[0] ?? '' },
      json: applicantTyped({}),
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual([
      'applicant.name',
      'applicant.cpr',
    ]);
  });
});
