import { describe, expect, it } from 'vitest';
import type { CitizenIdentity, StaffIdentity } from '../../../shared/app/identity';
import { signIn } from '../../../shared/http/session';
import { bodyOf, claim, type H, harness, linkFor, STATE, send, upload } from './client';

const karen: CitizenIdentity = {
  kind: 'citizen',
  sub: 'citizen-karen',
  name: 'Karen Jensen',
  cpr: '0101804321',
};
const thomas: CitizenIdentity = {
  kind: 'citizen',
  sub: 'citizen-thomas',
  name: 'Thomas Poulsen',
  cpr: '1502756789',
};
const caseworker: StaffIdentity = {
  kind: 'staff',
  sub: 'staff-caseworker',
  name: 'Mette Sørensen',
  email: 'sagsbehandler@kommune.local',
  roles: ['caseworker'],
  municipalities: ['randers', 'rudersdal'],
};

/** The cookie header signing in as someone gives. */
async function cookieOf(h: H, who: CitizenIdentity | StaffIdentity) {
  return (await signIn(h.deps, who)).setCookie.split(';')[0] ?? '';
}

/** A signed-in family applies (no name, no CPR typed) and the caseworker's review waits; its link. */
async function applySignedIn(h: H, cookie: string, key: string) {
  const receipt = await upload(h);
  const waiting = h.engine.whenWaiting(STATE.review);
  const response = await send(h, 'POST', '/api/applications', {
    headers: { 'idempotency-key': key, cookie },
    json: claim({
      applicant: { role: 'relief-family', email: 'karen@example.test' },
      child: { birthDate: '2019-05-01', name: 'Liva Jensen', cpr: '0105194321' },
      receipts: [receipt],
    }),
  });
  expect(response.status).toBe(201);
  const { id } = bodyOf(response) as { id: string };
  return { id, link: linkFor(h, await waiting) };
}

const page = (h: H, path: string, cookie?: string) =>
  send(h, 'GET', path, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

describe('GET /mine-ansoegninger', () => {
  it('sends someone who is not signed in to MitID sign-in, coming back here', async () => {
    const h = harness();
    for (const path of ['/mine-ansoegninger', '/mine-ansoegninger/abcdefghijkl']) {
      const response = await page(h, path);
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe(`/log-ind?som=borger&til=${encodeURIComponent(path)}`);
    }
  });

  it('refuses a member of staff with a 403 page', async () => {
    const h = harness();
    const staff = await cookieOf(h, caseworker);
    expect((await page(h, '/mine-ansoegninger', staff)).status).toBe(403);
    const { id } = await applySignedIn(h, await cookieOf(h, karen), 'karen-staff-key');
    const response = await page(h, `/mine-ansoegninger/${id}`, staff);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('Autostol');
  });

  it("lists the family's applications with benefit, case, received day, status and what happens next", async () => {
    const h = harness();
    const cookie = await cookieOf(h, karen);
    const { id } = await applySignedIn(h, cookie, 'karen-list-key');
    const response = await page(h, '/mine-ansoegninger', cookie);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.body;
    expect(body).toContain('<h1>Mine ansøgninger</h1>');
    expect(body).toContain(`<a href="/mine-ansoegninger/${id}">Autostol</a>`);
    expect(body).toContain(`<dd data-fact="case">${id.slice(0, 8).toUpperCase()}</dd>`);
    expect(body).toContain('<dd data-fact="received">4. marts 2026</dd>');
    expect(body).toContain('<dd data-fact="status">Under behandling</dd>');
    expect(body).toContain('En sagsbehandler ser på ansøgningen.');
    expect(body).toContain('Logget ind som Karen Jensen');
    // Nothing the family did not need: not the CPR numbers, not the caseworker.
    expect(body).not.toMatch(/0101804321|0105194321|Sørensen/);
    const english = (await page(h, '/mine-ansoegninger?lang=en', cookie)).body;
    expect(english).toContain('<h1>My applications</h1>');
    expect(english).toContain(`<a href="/mine-ansoegninger/${id}?lang=en">Car seat</a>`);
    expect(english).toContain('<dd data-fact="received">4 March 2026</dd>');
    expect(english).toContain('<dd data-fact="status">In review</dd>');
  });

  it("never shows one family another's application, in the list or by its id", async () => {
    const h = harness();
    const { id } = await applySignedIn(h, await cookieOf(h, karen), 'karen-other-key');
    const other = await cookieOf(h, thomas);
    const list = await page(h, '/mine-ansoegninger', other);
    expect(list.status).toBe(200);
    expect(list.body).not.toContain(id);
    expect(list.body).toContain('Du har ingen ansøgninger endnu.');
    const foreign = await page(h, `/mine-ansoegninger/${id}`, other);
    const unknown = await page(h, `/mine-ansoegninger/${'x'.repeat(22)}`, other);
    const malformed = await page(h, '/mine-ansoegninger/..%2F', other);
    expect([foreign.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    expect(foreign.body).toBe(unknown.body);
    expect(foreign.body).toBe(malformed.body);
  });
});

describe('GET /mine-ansoegninger/{id}', () => {
  it('shows the open question with a button to answer it through the family’s own link', async () => {
    const h = harness();
    const cookie = await cookieOf(h, karen);
    const { id, link } = await applySignedIn(h, cookie, 'karen-question-key');
    const asked = h.engine.whenWaiting(STATE.askInformation, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'request-information', reason: 'Hvilken stol er det?' },
    });
    const answer = linkFor(h, await asked);
    const body = (await page(h, `/mine-ansoegninger/${id}`, cookie)).body;
    expect(body).toContain('Sagsbehandleren har et spørgsmål');
    expect(body).toContain('Hvilken stol er det?');
    expect(body).toContain(`href="/answers/${answer.id}">Svar på spørgsmålet</a>`);
    expect(body).toContain('<dd data-fact="status">Oplysninger efterspurgt</dd>');
    const list = (await page(h, '/mine-ansoegninger', cookie)).body;
    expect(list).toContain('Kommunen venter på dit svar.');
    // The link works: it is the family's answer page.
    expect((await page(h, `/answers/${answer.id}`, cookie)).status).toBe(200);
  });

  it('shows the timeline and the decision letter, in the page’s language', async () => {
    const h = harness();
    const cookie = await cookieOf(h, karen);
    const { id, link } = await applySignedIn(h, cookie, 'karen-letter-key');
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'reject', reason: 'Stolen er ikke godkendt.' },
    });
    await h.engine.executions.get(id)?.done;
    const body = (await page(h, `/mine-ansoegninger/${id}`, cookie)).body;
    expect(body).toContain('<dd data-fact="status">Afslået</dd>');
    expect(body).toMatch(/<ol class="timeline" id="timeline">[\s\S]*Modtaget[\s\S]*Afslået[\s\S]*<\/ol>/);
    expect(body).toContain(`Afgørelse om din ansøgning (sag ${id.slice(0, 8).toUpperCase()})`);
    expect(body).toContain('Stolen er ikke godkendt.');
    expect(body).toContain('Klagevejledning:');
    expect(body).not.toContain('How to complain');
    expect(body).not.toContain('id="open-question"');
    const english = (await page(h, `/mine-ansoegninger/${id}?lang=en`, cookie)).body;
    expect(english).toContain('<h3 id="letter-0">Decision on your application</h3>');
    expect(english).toContain('How to complain:');
    expect(english).not.toContain('Klagevejledning');
  });

  it('shows the amount granted and the payout day once approved', async () => {
    const h = harness();
    const cookie = await cookieOf(h, karen);
    const { id, link } = await applySignedIn(h, cookie, 'karen-granted-key');
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve' },
    });
    await scheduled;
    const body = (await page(h, `/mine-ansoegninger/${id}`, cookie)).body;
    const stored = h.applications.items.get(id);
    expect(body).toContain('<dd data-fact="granted">1.500,00 kr.</dd>');
    expect(body).toMatch(/<dd data-fact="payout">\d{1,2}\. \p{L}+ 2026<\/dd>/u);
    expect(stored?.payout?.dueDate).toBeDefined();
  });
});

describe('the apply page and the receipt page, signed in or not', () => {
  it('shows a signed-in family its name and CPR number from MitID, not as fields', async () => {
    const h = harness();
    const body = (await page(h, '/ansoeg/ran-car-seat', await cookieOf(h, karen))).body;
    expect(body).toContain('Navn og CPR-nummer fra MitID');
    expect(body).toContain('<dd id="applicant-name-mitid">Karen Jensen</dd>');
    expect(body).toContain('<dd id="applicant-cpr-mitid">010180-****</dd>');
    expect(body).not.toContain('0101804321');
    expect(body).not.toContain('id="applicant-name"');
    expect(body).not.toContain('id="applicant-cpr"');
    expect(body).toContain('id="applicant-email"');
    expect(body).not.toContain('Log ind med MitID');
    expect(body).toContain('<label class="form-label" for="child-name">Barnets navn</label>');
    expect(body).toContain('<label class="form-label" for="child-cpr">Barnets CPR-nummer</label>');
  });

  it('offers MitID sign-in to a family that is not signed in, besides applying as before', async () => {
    const h = harness();
    const body = (await page(h, '/ansoeg/ran-car-seat?lang=en', undefined)).body;
    expect(body).toContain(
      `href="/log-ind?som=borger&amp;til=${encodeURIComponent('/ansoeg/ran-car-seat?lang=en')}">Sign in with MitID</a>`,
    );
    expect(body).toContain('id="applicant-name"');
    expect(body).toContain('id="applicant-cpr"');
    expect(body).toContain('<label class="form-label" for="child-cpr">The child&#39;s CPR number</label>');
  });

  it('tells a signed-in family the application is under Mine ansøgninger, and nobody that the link is the only access', async () => {
    const h = harness();
    const cookie = await cookieOf(h, karen);
    const { id } = await applySignedIn(h, cookie, 'karen-receipt-key');
    const signedIn = (await page(h, `/kvittering/${id}`, cookie)).body;
    expect(signedIn).toContain('<a id="my-applications-link" href="/mine-ansoegninger">Mine ansøgninger</a>');
    const anonymous = (await page(h, `/kvittering/${id}`)).body;
    expect(anonymous).not.toContain('my-applications-link');
    expect(anonymous).toContain('Vi har også sendt det til dig på e-mail.');
    // Another family signed in sees no pointer to an application that is not theirs.
    expect((await page(h, `/kvittering/${id}`, await cookieOf(h, thomas))).body).not.toContain(
      'my-applications-link',
    );
    for (const body of [signedIn, anonymous]) expect(body).not.toMatch(/eneste adgang|only way/);
  });
});
