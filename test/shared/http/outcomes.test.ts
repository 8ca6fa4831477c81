import { describe, expect, it } from 'vitest';
import type { WaitEnd } from '../../../shared/app/ports';
import { OUTCOMES, outcomeOf, type Refusal, type RefusalCode } from '../../../shared/http/outcomes';

const ENDINGS: WaitEnd[] = ['timed-out', 'escalated', 'closed', 'failed', 'stopped'];

/** Every refusal the use cases can return, each code in each of its variants (audience, how a wait ended). */
function everyRefusal(): Refusal[] {
  const codes = Object.keys(OUTCOMES) as RefusalCode[];
  return codes.flatMap((code): Refusal[] => {
    if (code === 'link-used')
      return [
        { ok: false, code, audience: 'family' },
        { ok: false, code, audience: 'staff' },
      ];
    if (code === 'wait-ended')
      return ENDINGS.flatMap((endedBy): Refusal[] => [
        { ok: false, code, audience: 'family', endedBy },
        { ok: false, code, audience: 'staff', endedBy },
      ]);
    if (code === 'amount-zero') return [{ ok: false, code, grantedOre: 0 }];
    if (code === 'amount-above-payable' || code === 'partial-reason')
      return [{ ok: false, code, grantedOre: 150_000, payableOre: 100_000 }];
    if (code === 'receipts')
      return [
        {
          ok: false,
          code,
          problems: [
            { index: 0, code: 'missing' },
            { index: 2, code: 'taken' },
          ],
        },
      ];
    if (code === 'too-many-receipts') return [{ ok: false, code, max: 50 }];
    return [{ ok: false, code } as Refusal];
  });
}

describe('the outcome table (codes to HTTP status and words)', () => {
  it('words every refusal in plain Danish and English, never showing its code', () => {
    for (const refusal of everyRefusal()) {
      const { words, title, status } = outcomeOf(refusal);
      expect([400, 403, 404, 409, 410, 422, 502, 503]).toContain(status);
      for (const text of [words.da, words.en, title.da, title.en]) {
        expect(text.trim(), refusal.code).not.toBe('');
        // A code of more than one word (kebab-case) never reaches a person.
        if (refusal.code.includes('-')) expect(text, refusal.code).not.toContain(refusal.code);
      }
      expect(words.da, refusal.code).not.toBe(words.en);
    }
  });

  it('keeps the statuses the pages answered with', () => {
    const status = (code: RefusalCode) => OUTCOMES[code].status;
    expect((['unknown-link', 'not-found', 'no-receipt'] as const).map(status)).toEqual([404, 404, 404]);
    expect((['link-used', 'own-case', 'own-application', 'not-waiting'] as const).map(status)).toEqual([
      409, 409, 409, 409,
    ]);
    expect(status('wait-ended')).toBe(410);
    expect(status('bad-form')).toBe(400);
    expect((['not-set-up', 'unreachable', 'failed', 'no-role', 'expired'] as const).map(status)).toEqual([
      503, 503, 502, 403, 400,
    ]);
  });

  it('names amounts in each language’s way and each refused receipt by its number', () => {
    const above = outcomeOf({
      ok: false,
      code: 'amount-above-payable',
      grantedOre: 150_000,
      payableOre: 100_000,
    });
    expect(above.words.da).toContain('højst 1.000,00 kr.');
    expect(above.words.en).toContain('at most DKK 1,000.00');
    const receipts = outcomeOf({
      ok: false,
      code: 'receipts',
      problems: [{ index: 2, code: 'taken' }],
    });
    expect(receipts.words).toEqual({
      da: 'Kvittering 3 kvitteringen hører til en anden sag',
      en: 'Receipt 3 the receipt belongs to another case',
    });
  });

  it('words the payout refusals as the finance and correction pages did, under codes of their own', () => {
    const said = (code: RefusalCode) => outcomeOf({ ok: false, code, problems: [] } as Refusal);
    expect(said('batch-not-found').words.da).toBe('Kørslen findes ikke.');
    expect(said('batch-not-ready').words.en).toBe('The batch files are not ready.');
    expect(said('same-person').words.da).toBe('En anden end den, der frigav kørslen, skal godkende den.');
    expect(said('already-confirmed').words.en).toBe('The batch is confirmed already.');
    expect(said('amount-above-granted').words.da).toBe('Beløbet er større end det bevilgede.');
    expect(said('link-invalid').title.da).toBe('Linket virker ikke');
    expect(said('already-corrected').title.en).toBe('The payout is already corrected');
    // The statuses the finance API and the correction page answered with.
    const status = (code: RefusalCode) => OUTCOMES[code].status;
    expect(
      (['batch-not-found', 'batch-not-ready', 'report-invalid', 'report-mismatch'] as const).map(status),
    ).toEqual([404, 409, 400, 400]);
    expect((['link-invalid', 'already-corrected', 'amount-above-granted'] as const).map(status)).toEqual([
      404, 409, 400,
    ]);
    // A batch is not the case the links' `not-found` and `not-waiting` speak of.
    expect(said('batch-not-found').words).not.toEqual(said('not-found').words);
  });

  it('words the correction forms’ refusals as their routes did, with statuses the pages show them with', () => {
    const said = (code: RefusalCode) => outcomeOf({ ok: false, code } as Refusal);
    expect(said('amount-unreadable').words).toEqual({
      da: 'Skriv beløbet i kroner, fx 1.500,00.',
      en: 'Write the amount in kroner, e.g. 1500.00.',
    });
    expect(said('by-missing').words).toEqual({
      da: 'Skriv dit navn eller din e-mail.',
      en: 'Write your name or e-mail.',
    });
    expect(said('note-missing').words).toEqual({
      da: 'Skriv, hvad der er rettet.',
      en: 'Write what was corrected.',
    });
    expect(said('not-awaiting-correction')).toEqual({
      status: 409,
      title: { da: 'Udbetalingen er ikke rettet', en: 'The payout is not corrected' },
      words: {
        da: 'Udbetalingen venter ikke på en rettelse: den er allerede rettet, eller banken har ikke sendt den retur.',
        en: 'The payout is not awaiting a correction: it is corrected already, or the bank has not returned it.',
      },
    });
    // A form refused for what was typed comes again as 400, whichever page shows it.
    const typed = [
      'action',
      'reason',
      'nothing-payable',
      'amount',
      'amount-zero',
      'amount-above-payable',
      'partial-reason',
      'amount-required',
      'amount-reason',
      'amount-unreadable',
      'by-missing',
      'note-missing',
      'amount-above-granted',
    ] as const;
    expect(new Set(typed.map((code) => OUTCOMES[code].status))).toEqual(new Set([400]));
  });
});
