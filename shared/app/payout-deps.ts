import type { Deps } from './deps';
import type { PayoutParts, PayoutSettings } from './payout-ports';

/** The ports of `Deps` the payout runs use as they are. */
export type PayoutPorts = 'ledger' | 'applications' | 'mailer' | 'workflow' | 'env' | 'calendar' | 'journal';

/** The dependencies of the payout runs and reconciliation. */
export type PayoutDeps = Pick<Deps, PayoutPorts> &
  Omit<PayoutParts, 'settings'> & { settings: Deps['settings'] & PayoutSettings };

/** What a finance route's use case takes: the payout ports, the settings and the payout parts. */
export type PayoutRouteDeps = Pick<Deps, PayoutPorts | 'settings' | 'payouts'>;

/** The payout dependencies of a full `Deps`, or undefined when this composition root has no payouts. */
export function payoutDepsIfAny(deps: PayoutRouteDeps): PayoutDeps | undefined {
  if (!deps.payouts) return undefined;
  const { batches, files, settings } = deps.payouts;
  return { ...deps, batches, files, settings: { ...deps.settings, ...settings } };
}

/** The payout dependencies of a full `Deps`; a fault when the composition root left them out. */
export function payoutDeps(deps: PayoutRouteDeps): PayoutDeps {
  const composed = payoutDepsIfAny(deps);
  if (!composed) throw new Error('payout runs are not configured in this composition root');
  return composed;
}
