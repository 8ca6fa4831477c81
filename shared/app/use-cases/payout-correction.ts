import { timingSafeEqual } from 'node:crypto';
import { instantDay } from '../../domain/dates';
import { nextSlot } from '../../payouts/schedule';
import type { Application } from '../application';
import type { Deps } from '../deps';
import { type StaffIdentity, worksOn } from '../identity';
import { type PayoutDeps, type PayoutRouteDeps, payoutDeps } from '../payout-deps';
import type { PayoutEntry } from '../ports';
import { hashSecret } from '../secret-hash';
import { save } from './application-record';

/** The correction form's address for a returned payout; the token is its capability. */
export const correctionPath = (applicationId: string, token: string) =>
  `/payouts/${encodeURIComponent(applicationId)}/correction?t=${encodeURIComponent(token)}`;

/**
 * The bank sent the payout back: the family's status says so (a line in the timeline), and a new
 * correction token is kept (its hash) for the caseworker's form. Returns the token for the e-mail.
 */
export async function markPayoutReturned(
  deps: PayoutDeps,
  applicationId: string,
  at: string,
): Promise<string> {
  const token = deps.env.randomId();
  const application = await deps.applications.get(applicationId);
  if (application?.payout) {
    await save(deps, application, {
      payout: { ...application.payout, returned: { at, tokenHash: hashSecret(token) } },
      event: 'payout-returned',
    });
  }
  return token;
}

/** What the caseworker's correction needs to show: the returned line and the application. */
export type ReturnedPayout = { entry: PayoutEntry; application: Application };

/** The returned payout the token opens; undefined when the token is not (or no longer) valid. */
export async function openCorrection(
  deps: Pick<Deps, 'ledger' | 'applications'>,
  applicationId: string,
  token: string,
): Promise<ReturnedPayout | { corrected: true } | undefined> {
  const [entry, application] = await Promise.all([
    deps.ledger.get(applicationId),
    deps.applications.get(applicationId),
  ]);
  const stored = application?.payout?.returned?.tokenHash;
  if (!entry || !application || !stored || !token) return undefined;
  const given = Buffer.from(hashSecret(token), 'hex');
  const expected = Buffer.from(stored, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (entry.status !== 'rejected') return { corrected: true };
  return { entry, application };
}

/**
 * The returned payout of an application, for a signed-in caseworker of its municipality (the
 * caller has checked that): no token, the sign-in is the capability. Undefined when the bank
 * returned nothing.
 */
export async function openReturnedPayout(
  deps: PayoutDeps,
  applicationId: string,
): Promise<ReturnedPayout | { corrected: true } | undefined> {
  const [entry, application] = await Promise.all([
    deps.ledger.get(applicationId),
    deps.applications.get(applicationId),
  ]);
  if (!entry || !application?.payout?.returned) return undefined;
  if (entry.status !== 'rejected' || application.payout.returned.correctedAt) return { corrected: true };
  return { entry, application };
}

/** The caseworker's correction as typed; `actor` is the signed-in person who made it, if any. */
export type Correction = {
  amountOre: number;
  by: string;
  note: string;
  actor?: { sub: string; name: string };
};

/** What a correction did, as a code the page turns into words. */
export type CorrectionOutcome = { ok: true; payoutDate: string } | CorrectionRefusal;

/** A correction refused: the link is not (or no longer) valid, it is corrected already, or too much. */
export type CorrectionRefusal = {
  ok: false;
  code: 'link-invalid' | 'already-corrected' | 'amount-above-granted';
};

/**
 * Corrects a returned payout and queues it for the next run: the ledger keeps the rejected line
 * (in `previous`) beside the new one, the journal names who corrected it and why, and the family's
 * status gets the new payout date. The amount may go down, never above what was granted.
 */
export async function correctPayout(
  routeDeps: PayoutRouteDeps,
  applicationId: string,
  token: string,
  correction: Correction,
): Promise<CorrectionOutcome> {
  const deps = payoutDeps(routeDeps);
  return correctOpened(deps, await openCorrection(deps, applicationId, token), correction);
}

/**
 * The same correction from the signed-in case page, by a member of staff of the application's
 * municipality (the caller has checked the role): named in the ledger, the journal and the access log;
 * `not-found` when there is no such case.
 */
export async function correctPayoutSignedIn(
  routeDeps: PayoutRouteDeps & Pick<Deps, 'accessLog'>,
  staff: StaffIdentity,
  applicationId: string,
  correction: { amountOre: number; note: string },
): Promise<CorrectionOutcome | { ok: false; code: 'not-found' }> {
  const deps = { ...payoutDeps(routeDeps), accessLog: routeDeps.accessLog };
  const application = await deps.applications.get(applicationId);
  if (!application) return { ok: false, code: 'not-found' };
  if (!worksOn(staff, application)) return { ok: false, code: 'link-invalid' };
  const outcome = await correctOpened(deps, await openReturnedPayout(deps, applicationId), {
    ...correction,
    by: staff.name,
    actor: { sub: staff.sub, name: staff.name },
  });
  if (outcome.ok) {
    const at = deps.env.now().toISOString();
    await deps.accessLog.record({
      applicationId,
      at,
      sub: staff.sub,
      name: staff.name,
      what: 'corrected-payout',
    });
  }
  return outcome;
}

/** Corrects an opened returned payout (by token or by sign-in), or says why not. */
async function correctOpened(
  deps: PayoutDeps,
  opened: ReturnedPayout | { corrected: true } | undefined,
  correction: Correction,
): Promise<CorrectionOutcome> {
  if (!opened) return { ok: false, code: 'link-invalid' };
  if ('corrected' in opened) return { ok: false, code: 'already-corrected' };
  const { entry, application } = opened;
  const applicationId = application.id;
  const granted = entry.previous?.[0]?.amountOre ?? entry.amountOre;
  if (correction.amountOre > granted) return { ok: false, code: 'amount-above-granted' };
  const now = deps.env.now();
  const at = now.toISOString();
  // Due today: the next run, whatever its hour, takes it.
  if (
    !(await deps.ledger.reschedule(applicationId, correction.amountOre, instantDay(at), {
      at,
      by: correction.by,
    }))
  )
    return { ok: false, code: 'already-corrected' };
  await deps.journal.record(applicationId, at, {
    kind: 'payout-corrected',
    by: correction.by,
    ...(correction.actor ? { sub: correction.actor.sub } : {}),
    note: correction.note,
    amountOre: correction.amountOre,
    rejectedIn: entry.rejection?.batchId ?? null,
  });
  const payoutDate = nextSlot(deps.settings.cadence, now, deps.calendar).payoutDate;
  const payout = application.payout ?? { amountOre: correction.amountOre, dueDate: payoutDate };
  await save(deps, application, {
    payout: {
      ...payout,
      amountOre: correction.amountOre,
      dueDate: payoutDate,
      ...(payout.returned ? { returned: { ...payout.returned, correctedAt: at } } : {}),
    },
    event: 'payout-corrected',
  });
  return { ok: true, payoutDate };
}
