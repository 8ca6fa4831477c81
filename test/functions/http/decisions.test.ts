import { describe, expect, it } from 'vitest';
import { claim, harness, linkFor, STATE, send, snapshot, submitAndWait, upload } from './client';

describe('GET /decisions/{id}', () => {
  it('shows the case on GET and changes nothing', async () => {
    const h = harness();
    const { link, receipt } = await submitAndWait(h);
    const before = snapshot(h);
    const response = await send(h, 'GET', `/decisions/${link.id}`);
    await send(h, 'GET', `/decisions/${link.id}`);
    expect(snapshot(h)).toEqual(before);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const page = response.body;
    expect(page).toContain('<html lang="da">');
    expect(page).toContain(`href="/decisions/${link.id}?lang=en" lang="en" hreflang="en">English</a>`);
    expect(page).toMatch(
      /<td>Autostol<\/td><td>20\. februar 2026<\/td><td>1 stk\.<\/td><td>1\.799,00 kr\.<\/td><td>1\.500,00 kr\.<\/td>/,
    );
    expect(page).toContain('Højst det fastsatte beløb');
    expect(page).not.toContain('ran-car-seat/max');
    expect(page).toContain('Kilde:');
    expect(page).toContain(`/receipts/${receipt}" target="_blank" rel="noopener">Kvittering 1</a>`);
    expect(page).not.toContain(`<code>${receipt}</code>`);
    expect(page).toContain('Ingen tidligere ansøgninger for barnet.');
    expect(page).toContain(`<input type="hidden" name="formToken" value="${link.formToken}">`);
    // A refused form opens where the eye is: at the form, with its error on top.
    expect(page).toContain('<form method="post" action="#error-summary" id="decision-form" novalidate>');
    for (const action of ['approve', 'reject', 'request-information'])
      expect(page).toContain(`name="action" value="${action}"`);
    expect(page).toContain('name="amount"');
    expect(page).toContain('<textarea id="reason" name="reason"');
    expect(page).toContain('<label for="reason" class="form-label">');
    expect(page).toContain('Klagevejledning');
    expect(page).not.toContain('0101801234');
  });

  it('shows the case in English with ?lang=en, and a decision posted from it is recorded', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const page = (await send(h, 'GET', `/decisions/${link.id}?lang=en`)).body;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`href="/decisions/${link.id}" lang="da" hreflang="da">Dansk</a>`);
    expect(page).toMatch(
      /<td>Autostol<\/td><td>20 February 2026<\/td><td>1 item<\/td><td>DKK 1,799\.00<\/td><td>DKK 1,500\.00<\/td>/,
    );
    expect(page).toContain('Source:');
    expect(page).toContain('No earlier applications for the child.');
    expect(page).toContain('<label for="action-approve" class="form-label">Approve</label>');
    expect(page).not.toContain('Ingen tidligere ansøgninger');
    const posted = await send(h, 'POST', `/decisions/${link.id}?lang=en`, {
      form: { formToken: link.formToken, action: 'reject' },
    });
    expect(posted.status).toBe(400);
    expect(posted.body).toContain('<html lang="en">');
    expect(posted.body).toContain('Give a reason.');
    expect(posted.body).toContain('value="reject" class="form-radio" checked>');
    const approved = h.engine.whenWaiting(STATE.schedulePayout, id);
    const ok = await send(h, 'POST', `/decisions/${link.id}?lang=en`, {
      form: { formToken: link.formToken, action: 'approve' },
    });
    expect(ok.status).toBe(200);
    await approved;
    expect(h.applications.items.get(id)?.review?.action).toBe('approve');
  });

  it("lists the child's earlier applications with date, benefit and status", async () => {
    const h = harness();
    await submitAndWait(h);
    h.env.current = new Date('2026-03-20T10:00:00Z');
    const { link } = await submitAndWait(h, {
      benefit: 'ran-booster-cushion',
      expenses: [{ date: '2026-03-10', amount: '300.00', description: 'Selepude' }],
    });
    const page = (await send(h, 'GET', `/decisions/${link.id}`)).body;
    expect(page).toMatch(
      /<tr><td>4\. marts 2026<\/td><td>[^<]*[Aa]utostol[^<]*<\/td><td>Under behandling<\/td><\/tr>/,
    );
  });

  it('warns the caseworker before deciding when a receipt was already used in another application', async () => {
    const h = harness();
    // The first application's document check records its receipt (by SHA-256) when it is approved.
    const first = await submitAndWait(h);
    const paidLater = h.engine.whenWaiting(STATE.schedulePayout, first.id);
    await send(h, 'POST', `/decisions/${first.link.id}`, {
      form: { formToken: first.link.formToken, action: 'approve' },
    });
    await paidLater;
    // The same file again, under a new upload id, in a new application.
    const reused = await upload(h, first.receipt);
    const waiting = h.engine.whenWaiting(STATE.review);
    await send(h, 'POST', '/api/applications', {
      headers: { 'idempotency-key': 'reused-receipt-1' },
      json: claim({ receipts: [reused] }),
    });
    const link = linkFor(h, await waiting);

    const before = snapshot(h);
    const page = (await send(h, 'GET', `/decisions/${link.id}`)).body;
    expect(snapshot(h)).toEqual(before);
    expect(page).toContain('Dokumentkontrollen vil afvise kvitteringerne');
    expect(page).toContain(
      `Kvitteringen er allerede brugt i en anden ansøgning. (sag ${first.id.slice(0, 8).toUpperCase()})`,
    );
  });

  it('lets the caseworker set the amount, with how it was set, where the rules have no rate (the KL care fee after 2023)', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h, {
      benefit: 'ran-relief-fee',
      expenses: undefined,
      stays: [{ from: '2026-02-06T14:00:00+01:00', to: '2026-02-08T20:00:00+01:00' }],
    });
    expect(h.applications.items.get(id)?.decision).toMatchObject({
      outcome: 'needs-assessment',
      payable: '0.00',
    });
    const post = (form: Record<string, string>) =>
      send(h, 'POST', `/decisions/${link.id}`, {
        form: { formToken: link.formToken, action: 'approve', ...form },
      });

    const noAmount = await post({});
    expect(noAmount.status).toBe(400);
    expect(noAmount.body).toContain('skriv det beløb, der bevilges');
    expect((await post({ amount: '617.24' })).body).toContain('hvordan beløbet er fastsat');
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    const ok = await post({
      amount: '617.24',
      reason: '4 døgn à 154,31 kr. (KL-takst 2023, ikke reguleret).',
    });
    expect(ok.status).toBe(200);
    await scheduled;
    expect(h.applications.items.get(id)?.review?.grantedOre).toBe(61_724);
  });

  it('escapes everything the family wrote', async () => {
    const h = harness();
    const { link } = await submitAndWait(h, {
      expenses: [{ date: '2026-02-20', amount: '1799.00', description: '<script>alert("x")</script>' }],
    });
    const page = (await send(h, 'GET', `/decisions/${link.id}`)).body;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('answers an unknown link with a bilingual 404 page', async () => {
    const response = await send(harness(), 'GET', '/decisions/id0000000000000000000999');
    expect(response.status).toBe(404);
    expect(response.body).toContain('Linket findes ikke.');
    expect(response.body).toContain('The link does not exist.');
  });

  it('answers a malformed link with the same 404 page', async () => {
    const response = await send(harness(), 'GET', '/decisions/%3Cscript%3E');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers a link past its wait with a 410 page that says the time ran out', async () => {
    const h = harness();
    const { link } = await submitAndWait(h);
    h.env.current = new Date('2026-04-04T09:15:00Z');
    const response = await send(h, 'GET', `/decisions/${link.id}`);
    expect(response.status).toBe(410);
    expect(response.body).toContain('Fristen for at træffe afgørelse via dette link er udløbet');
  });

  it("shows the second approver the caseworker's decision and only approve or reject", async () => {
    const h = harness({ fourEyesAboveOre: 100_000 });
    const { id, link } = await submitAndWait(h);
    const waiting = h.engine.whenWaiting(STATE.secondApproval, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve' },
    });
    const second = linkFor(h, await waiting);
    const page = (await send(h, 'GET', `/decisions/${second.id}`)).body;
    expect(page).toContain('Sagsbehandlerens afgørelse');
    expect(page).toMatch(/<dt>Bevilget beløb<\/dt><dd>1\.500,00 kr\.<\/dd>/);
    expect(page).toContain('name="action" value="approve"');
    expect(page).toContain('name="action" value="reject"');
    expect(page).not.toContain('value="request-information"');
    expect(page).not.toContain('name="amount"');
  });
});

describe('POST /decisions/{id}', () => {
  it('records a decision once and refuses the second post', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const form = { formToken: link.formToken, action: 'reject', reason: 'Ikke godkendt efter ECE R 44.' };
    const first = await send(h, 'POST', `/decisions/${link.id}`, { form });
    expect(first.status).toBe(200);
    expect(first.body).toContain('Afgørelsen er registreret');
    const second = await send(h, 'POST', `/decisions/${link.id}`, { form: { ...form, action: 'approve' } });
    expect(second.status).toBe(409);
    expect(second.body).toContain('Der er allerede truffet afgørelse via dette link.');
    expect(h.applications.items.get(id)?.review).toMatchObject({ action: 'reject' });
    expect(h.journal.entries.filter((e) => e.entry.kind === 'caseworker-decision')).toHaveLength(1);
    expect((await send(h, 'GET', `/decisions/${link.id}`)).status).toBe(409);
  });

  it('records a partial approval with the amount given and its reason', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const reason = 'Stolen fås til 1.000,00 kr. hos en anden forhandler.';
    const form = { formToken: link.formToken, action: 'approve', amount: '1000.00', reason };
    expect((await send(h, 'POST', `/decisions/${link.id}`, { form })).status).toBe(200);
    await h.engine.idle();
    expect(h.applications.items.get(id)?.review).toMatchObject({ grantedOre: 100_000, reason });
  });

  it("refuses an amount above the rules' payable, naming both, on the case page with what was typed", async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const typed = { formToken: link.formToken, action: 'approve', amount: '1600.00', reason: 'Dyr stol.' };
    const response = await send(h, 'POST', `/decisions/${link.id}`, { form: typed });
    expect(response.status).toBe(400);
    expect(response.body).toContain(
      'Beløbet 1.600,00 kr. er større end det, reglerne tillader: højst 1.500,00 kr.<',
    );
    // The same page, with the form as the caseworker left it.
    expect(response.body).toContain('<h2>Din afgørelse</h2>');
    expect(response.body).toContain('value="approve" class="form-radio" required checked>');
    expect(response.body).toContain('value="1600.00">');
    expect(response.body).toContain('maxlength="2000">Dyr stol.</textarea>');
    const english = await send(h, 'POST', `/decisions/${link.id}?lang=en`, { form: typed });
    expect(english.body).toContain(
      'The amount DKK 1,600.00 exceeds what the rules allow: at most DKK 1,500.00.',
    );
    expect(h.applications.items.get(id)?.review).toBeUndefined();
    expect(h.links.items.get(link.id)?.usedAt).toBeUndefined();
  });

  it('refuses to grant 0.00 and points to reject', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const response = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve', amount: '0.00', reason: 'Intet.' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Et beløb på 0,00 kr. kan ikke bevilges. Brug afslå i stedet.');
    expect(h.applications.items.get(id)?.review).toBeUndefined();
  });

  it('asks for the reason of a partial approval (forvaltningsloven § 22), in both languages', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const response = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve', amount: '1000.00', reason: ' ' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('En delvis bevilling skal begrundes (forvaltningslovens § 22)');
    expect(response.body).toContain('1.000,00 kr.');
    const english = await send(h, 'POST', `/decisions/${link.id}?lang=en`, {
      form: { formToken: link.formToken, action: 'approve', amount: '1000.00', reason: ' ' },
    });
    expect(english.body).toContain('A partial approval must state its reasons');
    expect(h.applications.items.get(id)?.review).toBeUndefined();
  });

  it("grants the rules' payable written out without a reason, and the letter gives the rules' reason for the rest", async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    const response = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve', amount: '1500.00' },
    });
    expect(response.status).toBe(200);
    await scheduled;
    expect(h.applications.items.get(id)?.review?.grantedOre).toBe(150_000);
    // 1.799,00 kr. claimed: the family is told why 299,00 kr. is not paid (the cap), with complaint guidance.
    const letter = h.mailer.sent.find((m) => m.subject.startsWith('Afgørelse'));
    expect(letter?.text).toContain('bevilger 1.500,00 kr.');
    expect(letter?.text).toContain('Du kan klage');
    expect(letter?.text).not.toContain('Sagsbehandlerens begrundelse');
  });

  it('refuses to approve what the rules reject (payable 0.00): reject or ask instead', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h, {
      municipality: 'rudersdal',
      benefit: 'rud-computer',
      applicant: {
        role: 'foster-family',
        name: 'Sofie Nielsen',
        email: 'sofie@example.test',
        cpr: '2309901234',
      },
      child: { birthDate: '2014-03-01', schoolGrade: 6 },
      expenses: [{ date: '2026-03-01', amount: '4999.00', description: 'Bærbar computer' }],
    });
    expect(h.applications.items.get(id)?.decision).toMatchObject({ outcome: 'rejected', payable: '0.00' });
    for (const amount of ['', '100.00']) {
      const response = await send(h, 'POST', `/decisions/${link.id}`, {
        form: { formToken: link.formToken, action: 'approve', amount, reason: 'Alligevel.' },
      });
      expect(response.status).toBe(400);
      expect(response.body).toContain('Reglerne giver ikke noget beløb til udbetaling (0,00 kr.)');
    }
    expect(h.applications.items.get(id)?.review).toBeUndefined();
    const rejected = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'reject', reason: 'Computer gives fra 7. klasse.' },
    });
    expect(rejected.status).toBe(200);
  });

  it("caps an assessed case at the rules' suggestion too", async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h, {
      municipality: 'rudersdal',
      benefit: 'rud-s41-camp-school',
      applicant: { role: 'parent', name: 'Ahmed Larsen', email: 'ahmed@example.test', cpr: '1711851234' },
      child: { birthDate: '2015-06-15' },
      expenses: [{ date: '2026-02-15', amount: '3800.00', description: 'Lejrskole' }],
    });
    expect(h.applications.items.get(id)?.decision).toMatchObject({
      outcome: 'needs-assessment',
      payable: '1300.00',
    });
    const above = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve', amount: '1300.01', reason: 'Vurderet.' },
    });
    expect(above.status).toBe(400);
    expect(above.body).toContain('højst 1.300,00 kr.');
    const partial = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve', amount: '1000.00', reason: 'Vurderet.' },
    });
    expect(partial.status).toBe(200);
    await h.engine.idle();
    expect(h.applications.items.get(id)?.review?.grantedOre).toBe(100_000);
  });

  it('refuses a post without the anti-forgery field and leaves the link open', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const before = snapshot(h);
    const response = await send(h, 'POST', `/decisions/${link.id}`, { form: { action: 'approve' } });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Formularen er udløbet; åbn linket igen.');
    expect(response.body).toContain(`href="/decisions/${link.id}"`);
    expect(snapshot(h)).toEqual(before);
    expect(h.applications.items.get(id)?.review).toBeUndefined();
  });

  it('refuses a post with another anti-forgery value', async () => {
    const h = harness();
    const { link } = await submitAndWait(h);
    const response = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: 'not-the-token', action: 'approve' },
    });
    expect(response.status).toBe(400);
    expect(h.links.items.get(link.id)?.usedAt).toBeUndefined();
  });

  it('asks for a reason before a rejection', async () => {
    const h = harness();
    const { link } = await submitAndWait(h);
    const response = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'reject', reason: '  ' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Skriv en begrundelse.');
  });

  it('takes an amount as a Danish caseworker types it, and refuses what is no amount', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const refused = await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'approve', amount: 'tusind', reason: 'Pris.' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Skriv beløbet i kroner, fx 1.500,00.');
    const scheduled = h.engine.whenWaiting(STATE.schedulePayout, id);
    const ok = await send(h, 'POST', `/decisions/${link.id}`, {
      form: {
        formToken: link.formToken,
        action: 'approve',
        amount: '1.000,00 kr.',
        reason: 'Pris hos anden forhandler.',
      },
    });
    expect(ok.status).toBe(200);
    await scheduled;
    expect(h.applications.items.get(id)?.review?.grantedOre).toBe(100_000);
  });

  it('answers a post to an unknown link with a 404 page', async () => {
    const response = await send(harness(), 'POST', '/decisions/id0000000000000000000999', {
      form: { formToken: 'x', action: 'approve' },
    });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });

  it('does not take an answer link for a decision link', async () => {
    const h = harness();
    const { id, link } = await submitAndWait(h);
    const asked = h.engine.whenWaiting(STATE.askInformation, id);
    await send(h, 'POST', `/decisions/${link.id}`, {
      form: { formToken: link.formToken, action: 'request-information', reason: 'Hvilken stol?' },
    });
    const answer = linkFor(h, await asked);
    expect((await send(h, 'GET', `/decisions/${answer.id}`)).status).toBe(404);
  });
});

describe('receipts on the caseworker page', () => {
  it('shows a receipt through the case link, as the type its bytes show, and only the case’s own', async () => {
    const { harness, pdf } = await import('../../workflows/harness');
    const { submitApplication } = await import('../../../shared/app/use-cases/submit-application');
    const { handleRequest } = await import('../../../shared/http/router');
    const { STATE } = await import('../../../workflows/application-workflow');
    const h = harness();
    const uploadId = h.env.randomId();
    h.receipts.objects.set(`uploads/${uploadId}`, { bytes: pdf('autostol'), contentType: 'text/html' });
    const waiting = h.engine.whenWaiting(STATE.review);
    const submitted = await submitApplication(
      h.deps,
      {
        municipality: 'randers',
        benefit: 'ran-car-seat',
        applicant: {
          role: 'relief-family',
          name: 'Mette Jensen',
          email: 'mette@example.test',
          cpr: '0101801234',
        },
        child: { birthDate: '2019-05-01' },
        expenses: [{ date: '2026-02-20', amount: '1799.00', description: 'Autostol' }],
        receipts: [uploadId],
      },
      'key-receipt-view',
    );
    if (!submitted.ok) throw new Error('invalid');
    const token = await waiting;
    const link = [...h.links.items.values()].find((l) => l.taskToken === token);
    const get = (path: string) =>
      handleRequest(h.deps, { method: 'GET', path, headers: {}, query: {}, body: undefined });

    const page = await get(`/decisions/${link?.id}`);
    expect(page.body).toContain(`/decisions/${link?.id}/receipts/${uploadId}`);
    const receipt = await get(`/decisions/${link?.id}/receipts/${uploadId}`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(receipt.body, 'base64').toString()).toContain('%PDF');
    expect((await get(`/decisions/${link?.id}/receipts/${h.env.randomId()}`)).status).toBe(404);
  });
});
