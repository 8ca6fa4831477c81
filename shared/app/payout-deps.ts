import type { Deps } from './deps';
import type { PayoutParts, PayoutSettings } from './payout-ports';

/** The dependencies of the payout runs and reconciliation. */
export type PayoutDeps = Pick<
  Deps,
  'ledger' | 'applications' | 'mailer' | 'workflow' | 'env' | 'calendar' | 'journal'
> &
  Omit<PayoutParts, 'settings'> & { settings: Deps['settings'] & PayoutSettings };

/** The payout dependencies of a full `Deps`; a fault when the composition root left them out. */
export function payoutDeps(deps: Deps): PayoutDeps {
  if (!deps.payouts) throw new Error('payout runs are not configured in this composition root');
  const { batches, files, settings } = deps.payouts;
  return { ...deps, batches, files, settings: { ...deps.settings, ...settings } };
}
