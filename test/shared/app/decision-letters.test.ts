import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/app/application';
import { letterDocument, lettersOf } from '../../../shared/app/use-cases/decision-letters';
import { recordDecision } from '../../../shared/app/use-cases/record-decision';
import { STATE } from '../../../workflows/application-workflow';
import { harness, submitCarSeat } from '../../workflows/harness';
import { flat, readPdf } from '../adapters/pdf/pdf-reader';

type H = ReturnType<typeof harness>;

/** Submits a car seat, lets the caseworker reject it through the link and waits for the letter. */
async function rejected(h: H, overrides: Record<string, unknown> = {}) {
  const id = await submitCarSeat(h, overrides);
  const token = await h.engine.whenWaiting(STATE.review, id);
  const link = [...h.links.items.values()].find((l) => l.taskToken === token);
  if (!link) throw new Error('no review link');
  const reason = 'Stolen er ikke godkendt efter de gældende regler.';
  expect(
    await recordDecision(h.deps, link.id, { action: 'reject', reason, formToken: link.formToken }),
  ).toMatchObject({ ok: true });
  await h.engine.executions.get(id)?.done;
  return h.applications.items.get(id) as Application;
}

describe('a decision letter sent by the workflow', () => {
  it('goes to the family as an e-mail with the PDF attached, the PDF kept and named in the journal', async () => {
    const h = harness();
    const application = await rejected(h);
    const mail = h.mailer.sent.at(-1);
    const [attachment] = mail?.attachments ?? [];
    const ref = application.id.slice(0, 8).toUpperCase();

    expect(mail?.to).toBe('mette@example.test');
    expect(mail?.subject).toBe(`Afgørelse om din ansøgning (sag ${ref})`);
    expect(mail?.text).toContain(`Afgørelsen er vedhæftet som PDF (afgoerelse-${ref}.pdf)`);
    expect(attachment).toMatchObject({ filename: `afgoerelse-${ref}.pdf`, contentType: 'application/pdf' });

    const entry = h.journal.entries.find((e) => e.entry.kind === 'letter')?.entry;
    const document = entry?.document as { id: string; key: string; filename: string };
    expect(document.key).toBe(`letters/${application.id}/${document.id}.pdf`);
    expect(h.letterStore.objects.get(document.key)).toEqual(attachment?.content);
    expect(await lettersOf(h.deps, application.id)).toEqual([
      {
        id: document.id,
        at: expect.any(String),
        title: { da: 'Afgørelse om Autostol', en: 'Decision on car seat' },
        filename: `afgoerelse-${ref}.pdf`,
      },
    ]);
    expect(await letterDocument(h.deps, application.id, document.id)).toEqual({
      filename: `afgoerelse-${ref}.pdf`,
      pdf: attachment?.content,
    });
  });

  it('says in the PDF what the letter must: the day in words, the case, the family, the reasons and where to complain by when', async () => {
    const h = harness();
    const application = await rejected(h);
    const pdf = h.mailer.sent.at(-1)?.attachments?.[0]?.content ?? new Uint8Array();
    const text = flat(readPdf(pdf).text);

    // The harness's clock: 4 March 2026, Copenhagen.
    expect(text).toContain('Dato: 4. marts 2026');
    expect(text).toContain(`Sagsnummer: ${application.id.slice(0, 8).toUpperCase()}`);
    expect(text).toContain('Til: Mette Jensen');
    expect(text).toContain('Sagsbehandlerens begrundelse: Stolen er ikke godkendt efter de gældende regler.');
    expect(text).toContain('Afgørelsen er truffet efter');
    expect(text).toContain('Klagen sendes til kommunen inden 4 uger');
    expect(text).toContain('Ankestyrelsen');
    // Words only: no rule ids, benefit ids, file names or e-mail addresses of staff.
    expect(text).not.toMatch(/ran-car-seat|\.txt|@kommune/);
  });

  it('renders a family name with æ, ø and å as those letters', async () => {
    const h = harness();
    await rejected(h, {
      applicant: {
        role: 'relief-family',
        name: 'Åse Ærbø Østergård',
        email: 'aase@example.test',
        cpr: '0101801234',
      },
    });
    const pdf = h.mailer.sent.at(-1)?.attachments?.[0]?.content ?? new Uint8Array();

    expect(readPdf(pdf).text).toContain('Til: Åse Ærbø Østergård');
  });

  it("gives no letter for another case's id, an unknown id or a malformed one", async () => {
    const h = harness();
    const first = await rejected(h);
    const second = await rejected(h);
    const [letter] = await lettersOf(h.deps, first.id);

    expect(await letterDocument(h.deps, second.id, letter?.id ?? '')).toBeUndefined();
    expect(await letterDocument(h.deps, first.id, 'id0000000000000000000099')).toBeUndefined();
    expect(await letterDocument(h.deps, first.id, '../../etc/passwd')).toBeUndefined();
  });
});
