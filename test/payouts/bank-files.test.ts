import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { BANK_CHARACTERS, bankText } from '../../shared/payouts/bank-text';
import { slotOf } from '../../shared/payouts/schedule';
import { entry, fileOf, PAYERS, payoutHarness, seed, xsdErrors } from './fixtures';

const slot = slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' }));

describe("the bank's character set", () => {
  it.each([
    ['Rødovre Kommune', 'Roedovre Kommune'],
    ['Ærø & Åbenrå', 'Aeroe Aabenraa'],
    ['Café «Zoë»\u000b', 'Cafe Zoe'],
    ['  a\tb\u0000c  ', 'a b c'],
  ])('writes %j as %j', (text, expected) => {
    expect(bankText(text, 140)).toBe(expected);
  });

  it('keeps to the length the field allows', () => {
    expect(bankText('Æ'.repeat(100), 35)).toHaveLength(35);
  });
});

describe('payout files for the bank', () => {
  it("writes every text of the CSV and the pain.001 in the bank's character set", async () => {
    const { deps, ledger, files } = payoutHarness();
    deps.settings.initiatingParty = 'Tilskud til familier – Ærø "&" <Å>';
    deps.settings.payers = {
      ...PAYERS,
      randers: { ...PAYERS.randers, name: 'Randers Kommune, Social- og Sundhedsforvaltningen — Børn' },
    };
    await seed(ledger, 3);

    const batch = await runPayoutSlot(deps, slot);

    const pain = fileOf(files, batch, 'pain.001.001.03');
    expect(xsdErrors(pain)).toBe('');
    const texts = [...pain.matchAll(/<(?:Nm|Ustrd|MsgId|PmtInfId|EndToEndId)>([^<]*)</g)].map(
      (m) => m[1] ?? '',
    );
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text.replace(/&apos;/g, "'")).toMatch(BANK_CHARACTERS);
    const csv = fileOf(files, batch, 'csv').trim().split('\r\n').slice(1);
    for (const line of csv) {
      for (const field of line.split(';'))
        expect(field.replace(/^"|"$/g, '')).toMatch(/^[A-Za-z0-9/\-?:().,'+ ]*$/);
    }
  });

  it('never releases a pain.001 that fails the XSD, and the run says why', async () => {
    const { deps, ledger, files, mailer, batches } = payoutHarness();
    deps.settings.payers = { ...PAYERS, randers: { ...PAYERS.randers, bic: 'not a bic' } };
    await seed(ledger, 2);

    await expect(runPayoutSlot(deps, slot)).rejects.toThrow(/pain\.001.*XSD.*BIC/s);

    expect([...files.files.keys()]).toEqual([]);
    expect(mailer.sent).toHaveLength(0);
    expect((await batches.get('20260304T0600'))?.step).toBe('claimed');
  });

  it('refuses a stored payee CPR that is not ten digits, naming the entry, and releases nothing', async () => {
    const { deps, ledger, files, mailer } = payoutHarness();
    await ledger.schedule(entry(1, { payeeCpr: '0101901234\u000b' }));
    await seed(ledger, 1, { applicationId: 'other-application-000001' });

    await expect(runPayoutSlot(deps, slot)).rejects.toThrow(/app000000000000000000001/);

    expect(files.files.size).toBe(0);
    expect(mailer.sent).toHaveLength(0);
  });
});
