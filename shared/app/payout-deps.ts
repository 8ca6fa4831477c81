import type { Deps } from './deps';
import type { PayoutParts, PayoutSettings } from './payout-ports';

/** The dependencies of the payout runs and reconciliation. */
/** The ports of `Deps` the payout runs use as they are. */
export type PayoutPorts = 'ledger' | 'applications' | 'mailer' | 'workflow' | 'env' | 'calendar' | 'journal';

export type PayoutDeps = Pick<Deps, PayoutPorts> &
  Omit<PayoutParts, 'settings'> & { settings: Deps['settings'] & PayoutSettings };

/** The payout dependencies of a full `Deps`; a fault when the composition root left them out. */
export function payoutDeps(deps: Pick<Deps, PayoutPorts | 'settings' | 'payouts'>): PayoutDeps {
  if (!deps.payouts) throw new Error('payout runs are not configured in this composition root');
  const { batches, files, settings } = deps.payouts;
  return { ...deps, batches, files, settings: { ...deps.settings, ...settings } };
}
