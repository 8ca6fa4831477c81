import { DateTime } from 'luxon';
import { ZONE } from '../../domain/dates';
import type { Deps } from '../deps';
import { type LetterKind, letter } from '../letters';
import { endWait, load, save } from './common';
import { issueLetter } from './decision-letters';

/**
 * Sends a decision letter (rejection, partial approval, documents, no answer) as a PDF through the
 * letter channel and records it, with where its PDF is kept, in the journal.
 */
export async function sendDecisionLetter(
  deps: Pick<Deps, 'applications' | 'links' | 'journal' | 'letters' | 'env'>,
  applicationId: string,
  kind: LetterKind,
): Promise<void> {
  const application = await load(deps, applicationId);
  const mail = letter(kind, application);
  const document = await issueLetter(deps, application, kind, mail);
  const at = deps.env.now().toISOString();
  await deps.journal.record(applicationId, at, {
    kind: 'letter',
    letter: kind,
    subject: mail.subject,
    text: mail.text,
    document,
  });
  // A letter after a wait that ran out (no answer from the family) ends that wait and its link.
  const ended = await endWait(deps, application, 'timed-out');
  if (kind !== 'partial') await save(deps, application, { status: 'rejected', note: kind, ...ended });
}

/** Records that a step failed after its retries: the status shows it and the alarm counts it. */
export async function recordFailure(
  deps: Pick<Deps, 'applications' | 'links' | 'journal' | 'metrics' | 'env'>,
  applicationId: string,
  error: { Error?: string; Cause?: string } | undefined,
): Promise<void> {
  deps.metrics.count('ApplicationFailed');
  const application = await deps.applications.get(applicationId);
  const at = deps.env.now().toISOString();
  await deps.journal.record(applicationId, at, { kind: 'failure', error: error?.Error ?? 'unknown' });
  if (!application) return;
  // The wait the execution was in ends with it: its link says the case stopped or failed.
  const ended = await endWait(deps, application, error?.Error === 'ExecutionABORTED' ? 'stopped' : 'failed');
  if (application.status !== 'failed' || 'wait' in ended)
    await save(deps, application, {
      ...(application.status !== 'failed' ? { status: 'failed', note: error?.Error ?? 'unknown' } : {}),
      ...ended,
    });
}

/**
 * The daily reminder: reviews waiting longer than the configured number of working days get one
 * reminder each; the count of reviews past that point feeds the overdue alarm.
 */
export async function remindReviewers(
  deps: Pick<Deps, 'links' | 'mailer' | 'metrics' | 'calendar' | 'env' | 'settings'>,
): Promise<{ reminded: number; overdue: number }> {
  const today = deps.env.now();
  const cutoff = deps.calendar.add(
    deps.calendar.onOrBefore(dayFrom(today)),
    -deps.settings.reviewReminderWorkingDays,
  );
  const before = cutoff.toUTC().toISO() ?? today.toISOString();
  let reminded = 0;
  let overdue = 0;
  for (const purpose of ['review', 'escalation', 'second-approval'] as const) {
    for (const link of await deps.links.listOpen(purpose, before, 500)) {
      overdue++;
      if (link.remindedAt) continue;
      await deps.mailer.send({
        to: link.recipient,
        subject: `Påmindelse: en ansøgning venter på din afgørelse (sag ${link.applicationId.slice(0, 8).toUpperCase()})`,
        text: `Påmindelse: ansøgningen venter stadig.\n${deps.settings.publicBaseUrl}/decisions/${link.id}\n\nReminder: the application is still waiting.`,
        html: `<p>Påmindelse: ansøgningen venter stadig.</p><p><a href="${deps.settings.publicBaseUrl}/decisions/${link.id}">Åbn sagen</a></p><p lang="en">Reminder: the application is still waiting.</p>`,
      });
      await deps.links.markReminded(link.id, today.toISOString());
      reminded++;
    }
  }
  deps.metrics.count('ReviewsOverdue', overdue);
  deps.metrics.count('RemindersSent', reminded);
  return { reminded, overdue };
}

function dayFrom(now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
}
