import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localPayers, MADE_UP_PAYERS } from '../../infra/local/made-up-payers';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { parsePayers } from '../../shared/config/payers';
import { isDanishBic, isDanishIban } from '../../shared/payouts/payer';
import { slotOf } from '../../shared/payouts/schedule';
import { SettingsError } from '../../shared/runtime/aws-deps';
import { payersFromEnv } from '../../shared/runtime/payout-parts';
import { fileOf, payoutHarness, seed, xsdErrors } from './fixtures';

const slot = slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' }));

const configured = {
  randers: { name: 'Randers Kommune, Økonomi', iban: 'DK7799990000000001', bic: 'DABADKKK' },
  rudersdal: { name: 'Rudersdal Kommune', iban: 'DK5099990000000002', bic: 'NDEADKKK' },
};

/** The message the setting stops the start with, or '' when it parses. */
function stopMessage(env: Record<string, string | undefined>): string {
  try {
    payersFromEnv(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).code).toBe('invalid-settings');
    return (error as Error).message;
  }
}

describe("the payers' accounts, from the deployment's configuration", () => {
  it('checks an IBAN with MOD-97 and a Danish BIC', () => {
    expect(isDanishIban('DK5000400440116243')).toBe(true);
    expect(isDanishIban('DK5000400440116244')).toBe(false);
    expect(isDanishIban('DK50 0040 0440 1162 43')).toBe(false);
    expect(isDanishIban('NO9386011117947')).toBe(false);
    expect(isDanishBic('DABADKKK')).toBe(true);
    expect(isDanishBic('NDEADKKKXXX')).toBe(true);
    expect(isDanishBic('DEUTDEFF')).toBe(false);
    expect(isDanishBic('dabadkkk')).toBe(false);
  });

  it('stops the start on an invalid PAYOUT_PAYERS, naming the variable, the municipality and the field', () => {
    const wrong = { ...configured, randers: { ...configured.randers, iban: 'DK7799990000000002' } };
    const message = stopMessage({ PAYOUT_PAYERS: JSON.stringify(wrong) });
    expect(message).toMatch(/^invalid configuration: PAYOUT_PAYERS randers\.iban must be a Danish IBAN/);
    expect(stopMessage({ PAYOUT_PAYERS: '{"randers":' })).toContain('PAYOUT_PAYERS is not JSON');
    expect(stopMessage({ PAYOUT_PAYERS: '{}' })).toContain(
      "PAYOUT_PAYERS must name at least one municipality's payer",
    );
    expect(
      stopMessage({
        PAYOUT_PAYERS: JSON.stringify({ randers: { ...configured.randers, bic: 'x', extra: 1 } }),
      }),
    ).toMatch(/PAYOUT_PAYERS randers\.bic must be the BIC.*; PAYOUT_PAYERS randers /);
  });

  it('stops the start when PAYOUT_PAYERS is missing, rather than pay from a default account', () => {
    expect(stopMessage({})).toBe('invalid configuration: PAYOUT_PAYERS is missing');
    expect(stopMessage({ PAYOUT_PAYERS: ' ' })).toBe('invalid configuration: PAYOUT_PAYERS is missing');
  });

  it('writes the configured account as the debtor of the pain.001, per municipality', async () => {
    const { deps, ledger, files } = payoutHarness();
    deps.settings.payers = payersFromEnv({ PAYOUT_PAYERS: JSON.stringify(configured) });
    await seed(ledger, 2);

    const pain = fileOf(files, await runPayoutSlot(deps, slot), 'pain.001.001.03');

    expect(xsdErrors(pain)).toBe('');
    const debtors = [
      ...pain.matchAll(/<Dbtr><Nm>([^<]*)<\/Nm><\/Dbtr><DbtrAcct><Id><IBAN>(\w+)<\/IBAN>.*?<BIC>(\w+)</g),
    ];
    expect(debtors.map((d) => d.slice(1))).toEqual([
      ['Randers Kommune, Oekonomi', 'DK7799990000000001', 'DABADKKK'],
      ['Rudersdal Kommune', 'DK5099990000000002', 'NDEADKKK'],
    ]);
  });

  it('pays locally from made-up accounts that pass the same check, unless PAYOUT_PAYERS says otherwise', () => {
    expect(parsePayers(JSON.stringify(MADE_UP_PAYERS))).toEqual({ payers: MADE_UP_PAYERS });
    for (const payer of Object.values(MADE_UP_PAYERS)) expect(payer.name).toContain('opdigtet');
    expect(localPayers({})).toBe(MADE_UP_PAYERS);
    expect(localPayers({ PAYOUT_PAYERS: JSON.stringify(configured) })).toEqual(configured);
    expect(() => localPayers({ PAYOUT_PAYERS: '{"randers":{}}' })).toThrow(/PAYOUT_PAYERS randers\.name/);
  });
});
