import { type Cron, nextRun } from './cron';

/** The longest delay a Node timer takes (about 24.8 days); a later run re-arms the timer on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A running schedule: when it runs next, and how to stop it. */
export type Schedule = { nextAt: () => Date | undefined; stop: () => void };

/**
 * Runs `job` at every time the cron expression names in `zone`, one run at a time, as EventBridge
 * Scheduler would invoke the Lambda. A failed run is reported and the schedule goes on.
 */
export function startSchedule(options: {
  cron: Cron;
  zone: string;
  job: () => Promise<void>;
  onError: (error: unknown) => void;
  now?: () => Date;
}): Schedule {
  const now = options.now ?? (() => new Date());
  let next = nextRun(options.cron, options.zone, now());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const arm = () => {
    if (stopped || !next) return;
    timer = setTimeout(fire, Math.min(Math.max(next.getTime() - now().getTime(), 0), MAX_TIMER_MS));
    // The schedule alone never keeps the process alive.
    timer.unref();
  };
  const fire = async () => {
    if (stopped || !next) return;
    if (now() >= next) {
      try {
        await options.job();
      } catch (error) {
        options.onError(error);
      }
      next = nextRun(options.cron, options.zone, next);
    }
    arm();
  };
  arm();
  return {
    nextAt: () => next,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
