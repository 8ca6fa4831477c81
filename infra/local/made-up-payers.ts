import { ENV } from '../../shared/config/env';
import type { Payer } from '../../shared/payouts/payer';
import { payersFromEnv } from '../../shared/runtime/payout-parts';

// The payers of the local system. MADE UP: registreringsnummer 9999 and these accounts belong to no
// bank or municipality; only the IBAN check digits are real, so the pain.001 passes its schema and the
// domain's IBAN check. A deployment names the municipalities' real accounts in infra/config.ts.

/** Made-up accounts for the two demo municipalities, labelled as such in the debtor's name. */
export const MADE_UP_PAYERS: Record<string, Payer> = {
  randers: { name: 'Randers Kommune (opdigtet konto)', iban: 'DK7799990000000001', bic: 'DABADKKK' },
  rudersdal: { name: 'Rudersdal Kommune (opdigtet konto)', iban: 'DK5099990000000002', bic: 'NDEADKKK' },
};

/**
 * The local payers: `PAYOUT_PAYERS` when the environment sets it (checked as on AWS: an invalid value
 * stops `npm start` naming the variable), the made-up accounts otherwise.
 */
export function localPayers(env: Readonly<Record<string, string | undefined>>): Record<string, Payer> {
  return env[ENV.payoutPayers] ? payersFromEnv(env) : MADE_UP_PAYERS;
}
