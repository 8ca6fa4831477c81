import type { Settlement } from './checkpoints';

/** The error a waiting task fails with when its time runs out; Step Functions names it States.Timeout. */
export class TaskTimedOut extends Error {
  override readonly name = 'States.Timeout';
  readonly isRetryable = false;
}

/** A task failure sent with SendTaskFailure: Step Functions uses the given error name. */
export class TaskFailure extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

/** Ends the waits of an engine that stops; its executions are aborted first, so nothing moves on. */
export class EngineStopped extends Error {
  override readonly name = 'EngineStopped';
}

/** The answer a resumed wait already had: its output, or its failure as the task's error. */
export function settle(settlement: Settlement): unknown {
  if ('output' in settlement) return settlement.output;
  throw settlement.error === 'States.Timeout'
    ? new TaskTimedOut(settlement.cause)
    : new TaskFailure(settlement.error, settlement.cause);
}

/** SendTaskSuccess or SendTaskFailure with a token that is unknown, used or timed out. */
export class TaskDoesNotExist extends Error {
  override readonly name = 'TaskDoesNotExist';
  constructor() {
    super('Task does not exist anymore');
  }
}
