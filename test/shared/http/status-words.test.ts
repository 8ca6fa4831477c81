import { beforeAll, describe, expect, it } from 'vitest';
import { statusWords } from '../../../shared/http/status-words';
import { type Scenario, statusScenarios } from './status-scenarios';

let scenarios: Map<string, Scenario>;

beforeAll(async () => {
  scenarios = new Map((await statusScenarios()).map((s) => [s.name, s]));
}, 180_000);

/** The status page's words for a scenario, and all of them in one language as one text. */
function words(name: string) {
  const s = scenarios.get(name);
  if (!s) throw new Error(`no scenario ${name}`);
  const w = statusWords(s.application, s.now);
  const all = (lang: 'da' | 'en') =>
    JSON.stringify(w)
      .match(new RegExp(`"${lang}":"((?:[^"\\\\]|\\\\.)*)"`, 'g'))
      ?.join(' ') ?? '';
  return { ...w, da: all('da'), en: all('en') };
}

describe("the status page's words", () => {
  it('say what was claimed, line by line, in each language’s form', () => {
    const w = words('in-review');
    expect(w.claimed.lines).toEqual([
      {
        text: { da: 'Autostol · 20. februar 2026 · 1 stk.', en: 'Autostol · 20 February 2026 · 1 item' },
        amount: { da: '1.799,00 kr.', en: 'DKK 1,799.00' },
      },
    ]);
    expect(w.claimed.total).toEqual({ da: '1.799,00 kr.', en: 'DKK 1,799.00' });
  });

  it('tell a family waiting for the caseworker what happens next and by when', () => {
    const w = words('in-review');
    expect(w.outcome).toMatchObject({ kind: 'pending', heading: { da: 'Under behandling' } });
    // The review wait began on 4 March 2026 and lasts 14 days.
    expect(w.next.da).toBe('Kommunen behandler ansøgningen; du hører fra os senest 18. marts 2026.');
    expect(w.next.en).toBe(
      'The municipality is processing the application; you will hear from us by 18 March 2026.',
    );
    expect(words('awaiting-second-approval').next.da).toContain('senest 11. marts 2026');
  });

  it('give the caseworker’s question and the day to answer by, or the receipts still missing', () => {
    const asked = words('information-requested');
    expect(asked.outcome.text?.da).toBe('Sagsbehandleren spørger: Hvilken godkendelse har stolen?');
    expect(asked.next.da).toContain('Svar senest 25. marts 2026');
    expect(words('awaiting-receipts').next.da).toContain('Send kvitteringerne senest 18. marts 2026');
  });

  it('name the grant and the day the money is in the account', () => {
    const w = words('payout-scheduled');
    expect(w.outcome).toMatchObject({ kind: 'granted', heading: { da: 'Bevilget: 1.200,00 kr.' } });
    expect(w.payout?.da).toBe('1.200,00 kr. er på din konto 5. marts 2026.');
    expect(w.reasons).toEqual([]);
  });

  it('say "Udbetalt" only once the payout day has come', () => {
    const before = words('paid-before-the-payout-day');
    expect(before.state).toEqual({ da: 'Udbetaling sendt til banken', en: 'Payment sent to the bank' });
    expect(before.da).not.toContain('Udbetalt');
    expect(before.payout?.da).toContain('er på din konto 5. marts 2026');
    const after = words('paid');
    expect(after.state.da).toBe('Udbetalt');
    expect(after.payout?.da).toBe('1.200,00 kr. blev udbetalt 5. marts 2026.');
  });

  it('explain a reduction: the caseworker’s reasons and the rules’ with their sources in words', () => {
    const partly = words('partly-granted');
    expect(partly.outcome).toMatchObject({
      kind: 'partly-granted',
      heading: { da: 'Delvist bevilget: 1.000,00 kr.' },
      text: { da: 'Du søgte om 1.799,00 kr. og får 1.000,00 kr. Begrundelsen for resten står herunder.' },
    });
    expect(partly.reasons[0]?.text.da).toBe(
      'Sagsbehandlerens begrundelse: Stolen fås til 1.000,00 kr. hos en anden forhandler.',
    );
    const capped = words('paid-capped-by-the-rules');
    expect(capped.outcome.kind).toBe('partly-granted');
    expect(capped.reasons).toContainEqual({
      text: { da: 'Ydelsen er højst 1.500,00 kr. pr. stk. (Autostol, linje 1).', en: expect.any(String) },
      source: {
        da: 'Kilde: Randers Kommune, Håndbog for aflastningsfamilier, afsnit Autostol / selepude: »Autostol: kr. 1.500«',
        en: expect.stringContaining('section Autostol / selepude'),
      },
    });
  });

  it('never show a refusal beside a grant, and always say why', () => {
    for (const name of [
      'rejected',
      'rejected-by-the-document-check',
      'rejected-receipt-used-before',
      'rejected-no-answer',
    ]) {
      const w = words(name);
      expect(w.outcome.kind, name).toBe('rejected');
      expect(w.da, name).not.toMatch(/Bevilget|bevilget/);
      expect(w.en, name).not.toMatch(/Granted|granted/);
      expect(w.outcome.text?.da, name).toMatch(/^Ansøgningen er afslået/);
      expect(w.next.da, name).toContain('klagevejledning');
    }
    expect(words('rejected').reasons[0]?.text.da).toBe(
      'Sagsbehandlerens begrundelse: Stolen er ikke godkendt efter ECE R 44.',
    );
    const documents = words('rejected-by-the-document-check');
    expect(documents.outcome.text?.da).toBe(
      'Ansøgningen er afslået, fordi dokumentationen ikke kunne godkendes.',
    );
    expect(documents.reasons.map((r) => r.text.da)).toEqual([
      'Kvittering 1: Filen er ikke en PDF eller et billede.',
    ]);
    expect(words('rejected-receipt-used-before').reasons.map((r) => r.text.da)).toEqual([
      'Kvittering 1: Kvitteringen er allerede brugt i en anden ansøgning.',
    ]);
    expect(words('rejected-no-answer').outcome.text?.da).toContain('ikke fik svar inden fristen');
  });

  it('tell the family that a failure is the municipality’s to mend', () => {
    const w = words('failed');
    expect(w.outcome).toMatchObject({ kind: 'failed' });
    expect(w.next.da).toBe('Kommunen kontakter dig.');
  });

  it('date each step of the history in the language', () => {
    const w = words('paid');
    expect(w.timeline[0]).toEqual({
      status: 'submitted',
      day: { da: '4. marts 2026', en: '4 March 2026' },
      text: { da: 'Modtaget', en: 'Submitted' },
    });
    expect(w.timeline.at(-1)?.text.da).toBe('Udbetalt');
    expect(words('paid-before-the-payout-day').timeline.at(-1)?.text.da).toBe('Udbetaling sendt til banken');
  });
});
