import { DateTime } from 'luxon';
import { ZONE } from '../../domain/dates';
import type { Deps } from '../deps';

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
