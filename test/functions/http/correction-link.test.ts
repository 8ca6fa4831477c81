import { describe, expect, it } from 'vitest';
import { returnPayout } from '../../payouts/fixtures';
import { type H, harness, send, submitAndWait } from './client';

/** A car seat whose 1.500 kr. the bank sent back; the e-mailed link's token is "token". */
async function returned(h: H) {
  const { id } = await submitAndWait(h);
  returnPayout(h, id);
  return id;
}

const post = (h: H, id: string, form: Record<string, string>, lang = '') =>
  send(h, 'POST', `/payouts/${id}/correction${lang}`, { headers: { accept: 'text/html' }, form });

describe('POST /payouts/{id}/correction, the form from the rejection e-mail', () => {
  it('shows a refused form again as typed, the field named, in Danish and English; records nothing', async () => {
    const h = harness();
    const id = await returned(h);
    const noName = await post(h, id, { t: 'token', amount: '12', by: '  ', note: ' Ny konto ' });
    expect(noName.status).toBe(400);
    expect(noName.body).toContain('<a class="function-link" href="#by">Skriv dit navn eller din e-mail.</a>');
    expect(noName.body).toMatch(/id="by"[^>]* aria-invalid="true" aria-describedby="by-error" value="">/);
    expect(noName.body).toContain('value="12"');
    expect(noName.body).toContain('rows="3">Ny konto</textarea>');
    expect(noName.body).toContain('<input type="hidden" name="t" value="token">');
    const noNote = await post(h, id, { t: 'token', amount: '12', by: 'me', note: '' }, '?lang=en');
    expect(noNote.status).toBe(400);
    expect(noNote.body).toContain('<a class="function-link" href="#note">Write what was corrected.</a>');
    const unreadable = await post(h, id, { t: 'token', amount: 'mange', by: 'me', note: 'n' });
    expect(unreadable.body).toContain(
      '<a class="function-link" href="#amount">Skriv beløbet i kroner, fx 1.500,00.</a>',
    );
    const above = await post(h, id, { t: 'token', amount: '1500,01', by: 'me', note: 'n' });
    expect(above.status).toBe(400);
    expect(above.body).toContain('Beløbet er større end det bevilgede.');
    expect(h.ledger.entries.get(id)?.status).toBe('rejected');
    expect((await h.journal.list(id)).map((j) => j.entry.kind)).not.toContain('payout-corrected');
  });

  it('refuses a wrong token (404) whatever was typed; corrects once, then says it is corrected (409)', async () => {
    const h = harness();
    const id = await returned(h);
    const wrong = await post(h, id, { t: 'guess', amount: 'mange', by: 'me', note: 'n' });
    expect(wrong.status).toBe(404);
    expect(wrong.body).toContain('Linket virker ikke');
    const done = await post(h, id, { t: 'token', amount: '1.400,00', by: 'me', note: 'Ny konto' });
    expect(done.status).toBe(200);
    expect(done.body).toContain('Udbetalingen er rettet');
    expect(h.ledger.entries.get(id)).toMatchObject({ status: 'scheduled', amountOre: 140_000 });
    const again = await post(h, id, { t: 'token', amount: '12', by: 'me', note: 'n' });
    expect(again.status).toBe(409);
    expect(again.body).toContain('Udbetalingen er allerede rettet');
  });
});
