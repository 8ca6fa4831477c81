import { instantDay } from '../../domain/dates';
import { parseDkk } from '../../domain/money';
import { nextSlot } from '../../payouts/schedule';
import type { Deps } from '../deps';
import { letter } from '../letters';
import { load, save } from './application-record';

/**
 * Puts the approved amount in the payout ledger (once per application) and keeps the task token
 * there for the payout run. The entry is due the day it is approved (Copenhagen), so the next run,
 * whatever the hour, pays it, with an execution date on a banking day on or after that; the
 * municipality's rule (Randers: at the latest in the month after the documentation, `payoutBy`) is
 * the latest it may be due. The family is told the payout date of the next scheduled run.
 */
export async function schedulePayout(
  deps: Pick<Deps, 'applications' | 'env' | 'ledger' | 'mailer' | 'settings' | 'calendar' | 'catalogue'>,
  applicationId: string,
  taskToken: string,
): Promise<void> {
  const application = await load(deps, applicationId);
  const amountOre =
    application.review?.grantedOre ?? (application.decision ? parseDkk(application.decision.payable) : 0);
  const now = deps.env.now();
  const today = instantDay(now.toISOString());
  const latest = application.decision?.deadlines.payoutBy;
  const dueDate = latest && latest < today ? latest : today;
  const expected = nextSlot(deps.settings.payoutCadence ?? { kind: 'banking-day' }, now, deps.calendar);
  const entry = await deps.ledger.schedule({
    applicationId,
    municipality: application.municipality,
    benefit: application.benefit,
    amountOre,
    dueDate,
    status: 'scheduled',
    payeeCpr: application.applicant.cpr,
    ...(deps.catalogue.byId.get(application.benefit)?.taxable ? { taxable: true } : {}),
    createdAt: deps.env.now().toISOString(),
  });
  await deps.ledger.attachTaskToken(applicationId, taskToken);
  const scheduled =
    application.status === 'payout-scheduled'
      ? application
      : await save(deps, application, {
          status: 'payout-scheduled',
          payout: { amountOre: entry.amountOre, dueDate: expected.payoutDate },
        });
  // Everything applied for is granted: the family hears it now, not first when the money is paid.
  // (Less than applied for already had its letter, with reasons and complaint guidance.) Sent until
  // marked, so a retry after a crash between the save above and the e-mail still sends it; a crash
  // between the e-mail and the mark sends it twice, which beats never.
  const claimed = scheduled.decision ? parseDkk(scheduled.decision.claimed) : 0;
  if (entry.amountOre < claimed || !scheduled.payout || scheduled.payout.announcedAt) return;
  await deps.mailer.send(letter('approval', scheduled));
  await save(deps, scheduled, { payout: { ...scheduled.payout, announcedAt: deps.env.now().toISOString() } });
}
