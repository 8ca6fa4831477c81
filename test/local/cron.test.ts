import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nextRun, parseCron, REVIEW_REMINDERS_SCHEDULE } from '../../infra/local/cron';
import { startSchedule } from '../../infra/local/scheduler';
import { LocalClock } from '../../shared/adapters/local/clock';
import { supplementsStacks } from '../infra/stacks';

const zone = 'Europe/Copenhagen';
const reminders = parseCron(REVIEW_REMINDERS_SCHEDULE.expression);
const at = (iso: string) => new Date(iso);

describe('the cron evaluator', () => {
  it('runs the reminders at 07:00 Copenhagen the same working morning when it is earlier', () => {
    // Wednesday 4 March 2026, 05:30 in Copenhagen (CET, UTC+1).
    expect(nextRun(reminders, zone, at('2026-03-04T04:30:00Z'))).toEqual(at('2026-03-04T06:00:00Z'));
  });

  it('skips from Friday after 07:00 to Monday 07:00', () => {
    expect(nextRun(reminders, zone, at('2026-03-06T06:00:00Z'))).toEqual(at('2026-03-09T06:00:00Z'));
  });

  it('follows summer time: 07:00 Copenhagen is 05:00 UTC after the last Sunday of March', () => {
    expect(nextRun(reminders, zone, at('2026-03-27T06:00:00Z'))).toEqual(at('2026-03-30T05:00:00Z'));
  });

  it('reads lists, ranges, steps, month names and a day of the month', () => {
    const cron = parseCron('cron(0/30 8-9 15 JAN,JUL ? 2027)');
    expect(nextRun(cron, zone, at('2026-11-22T00:00:00Z'))).toEqual(at('2027-01-15T07:00:00Z'));
    expect(nextRun(cron, zone, at('2027-01-15T07:00:00Z'))).toEqual(at('2027-01-15T07:30:00Z'));
    expect(nextRun(cron, zone, at('2027-01-15T08:30:00Z'))).toEqual(at('2027-07-15T06:00:00Z'));
    expect(nextRun(cron, zone, at('2027-07-15T07:30:00Z'))).toBeUndefined();
  });

  it('refuses what it does not evaluate (L, W, #) and malformed expressions', () => {
    expect(() => parseCron('cron(0 7 L * ? *)')).toThrow(/between 1 and 31/);
    expect(() => parseCron('cron(0 7 ? * 2#1 *)')).toThrow(/between 1 and 7/);
    expect(() => parseCron('rate(1 day)')).toThrow(/not an EventBridge cron expression/);
  });

  it('uses the same expression and time zone as the EventBridge schedule the CDK app deploys', () => {
    const template = Template.fromStack(supplementsStacks().application);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: REVIEW_REMINDERS_SCHEDULE.expression,
      ScheduleExpressionTimezone: REVIEW_REMINDERS_SCHEDULE.timeZone,
    });
  });
});

describe('the in-process scheduler on the local clock', () => {
  /** A clock that stands still in real time (tests move it), started a millisecond before a run. */
  const standingClock = () => {
    const frozen = at('2026-03-05T05:59:59.999Z').getTime();
    return new LocalClock({ offsetMs: 0, realMillis: () => frozen });
  };
  const settled = async () => {};

  /** The reminders' schedule on a standing clock, noting the clock's time at each run. */
  const recording = () => {
    const clock = standingClock();
    const runs: string[] = [];
    const schedule = startSchedule({
      cron: reminders,
      zone,
      clock,
      job: async () => {
        runs.push(clock.now().toISOString());
      },
      onError: () => {},
    });
    return { clock, runs, schedule };
  };

  it('runs the job when the clock reaches its minute', async () => {
    const { clock, runs, schedule } = recording();
    const armedFor = schedule.nextAt();
    await clock.advance(1, settled);
    schedule.stop();

    expect(armedFor).toEqual(at('2026-03-05T06:00:00Z'));
    expect(runs).toEqual(['2026-03-05T06:00:00.000Z']);
  });

  it('runs every occurrence an advance passes, each at its own time', async () => {
    const { clock, runs, schedule } = recording();
    // Thursday 05:59 to the next Tuesday 05:59: Thursday, Friday and Monday at 07:00 Copenhagen.
    await clock.advance(5 * 86_400_000, settled);
    schedule.stop();

    expect(runs).toEqual([
      '2026-03-05T06:00:00.000Z',
      '2026-03-06T06:00:00.000Z',
      '2026-03-09T06:00:00.000Z',
    ]);
  });

  it('reports a failed run instead of stopping', async () => {
    const clock = standingClock();
    const errors: unknown[] = [];
    let runs = 0;
    const schedule = startSchedule({
      cron: reminders,
      zone,
      clock,
      job: async () => {
        runs++;
        throw new TypeError('boom');
      },
      onError: (error) => errors.push(error),
    });
    await clock.advance(86_400_000 + 1, settled);
    schedule.stop();

    expect(runs).toBe(2);
    expect(errors[0]).toBeInstanceOf(TypeError);
  });
});
