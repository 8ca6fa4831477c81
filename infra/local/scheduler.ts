import type { LocalClock } from '../../shared/adapters/local/clock';
import { type Cron, nextRun } from './cron';

/** A running schedule: when it runs next, and how to stop it. */
export type Schedule = { nextAt: () => Date | undefined; stop: () => void };

/**
 * Runs `job` at every time the cron expression names in `zone`, one run at a time, as EventBridge
 * Scheduler would invoke the Lambda, on the local clock: an advance of the clock runs each
 * occurrence it passes, in order. A failed run is reported and the schedule goes on.
 */
export function startSchedule(options: {
  cron: Cron;
  zone: string;
  job: () => Promise<void>;
  onError: (error: unknown) => void;
  clock: Pick<LocalClock, 'now' | 'at'>;
}): Schedule {
  const { clock } = options;
  let next = nextRun(options.cron, options.zone, clock.now());
  let cancel: (() => void) | undefined;
  let stopped = false;

  const arm = () => {
    if (stopped || !next) return;
    cancel = clock.at(next, fire);
  };
  const fire = async () => {
    if (stopped || !next) return;
    try {
      await options.job();
    } catch (error) {
      options.onError(error);
    }
    next = nextRun(options.cron, options.zone, next);
    arm();
  };
  arm();
  return {
    nextAt: () => next,
    stop: () => {
      stopped = true;
      cancel?.();
    },
  };
}
