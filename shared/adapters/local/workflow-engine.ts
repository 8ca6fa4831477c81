import { randomBytes } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { WorkflowEngine } from '../../app/ports';
import { systemClock } from '../../runtime/clock';
import type { CheckpointStore, Settlement } from './checkpoints';
import { ExecutionRun } from './execution-run';
import { EngineStopped, TaskDoesNotExist, TaskFailure, TaskTimedOut } from './task-errors';
import { type Definition, type LocalHandlers, taskOverrides } from './task-overrides';

export { TaskDoesNotExist } from './task-errors';

export type { LocalHandlers } from './task-overrides';

/** A task waiting for its callback: settled once, by success, failure or time-out. */
type Pending = {
  stateName: string;
  run: ExecutionRun;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
  /** Cancels the time-out timer, once armed. */
  disarm?: () => void;
};

/** The time and timers the engine runs on: the local runtime's clock, or a test's. */
export type EngineClock = {
  now(): Date;
  /** Calls `fire` when the clock reaches `at`; returns a function that cancels it. */
  at(at: Date, fire: () => void): () => void;
};

/** What happened to an execution, for tests and the local pages. */
export type LocalExecution = {
  applicationId: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: string;
  done: Promise<void>;
};

/** What the engine tells its runtime, for the log: ids, state names and error names only. */
export type EngineEvent =
  | { type: 'step-failed'; applicationId: string; stateName: string; error: string }
  | { type: 'execution-ended'; applicationId: string; status: 'SUCCEEDED' | 'FAILED'; error?: string }
  | { type: 'checkpoint-failed'; applicationId: string; error: string }
  | { type: 'resume-skipped'; applicationId: string; stateName: string };

export type LocalEngineOptions = {
  /** Pause between retries; the definition's intervals unless set (tests set 0 to run without waiting). */
  retryIntervalMs?: number;
  /** Where each execution's current state is kept, so that `resume` continues it in a new process. */
  checkpoints?: CheckpointStore;
  onEvent?: (event: EngineEvent) => void;
  /**
   * The clock waits time out on: each wait's TimeoutSeconds runs from the moment it begins on this
   * clock, and its deadline is kept in the checkpoint. Without one, waits time out only by `timeOut`.
   */
  clock?: EngineClock;
};

type RunHandle = ReturnType<StateMachine['run']>;

/**
 * Step Functions on one machine: runs the synthesized definition with `aws-local-stepfunctions`,
 * calls the Lambda handlers in-process with the same payloads, and gives waiting tasks a
 * `$$.Task.Token` with SendTaskSuccess/SendTaskFailure semantics (single use; `States.Timeout`
 * when the runtime times a task out). With a checkpoint store, every execution survives a restart:
 * `resume` runs the same definition from the saved state (a copy whose `StartAt` is that state)
 * with the saved raw input, and a resumed wait gets its saved task token back.
 */
export class LocalWorkflowEngine implements WorkflowEngine {
  private readonly machines = new Map<string, StateMachine>();
  private readonly pending = new Map<string, Pending>();
  private readonly runs = new Set<ExecutionRun>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly watchers: {
    stateName: string;
    applicationId?: string;
    resolve: (token: string) => void;
  }[] = [];
  readonly executions = new Map<string, LocalExecution>();
  private readonly idleWaiters: (() => void)[] = [];
  /** The definition the interpreter runs: the same states, with the engine keeping each wait's time-out. */
  private readonly interpreted: Definition;

  constructor(
    private readonly definition: Definition,
    private readonly handlers: LocalHandlers,
    private readonly options: LocalEngineOptions = {},
  ) {
    // The interpreter would time a wait out on the process's own timers, in real time and from the
    // start of each process; the engine does it on its clock instead, from the deadline the wait
    // got when it began.
    this.interpreted = {
      ...definition,
      States: Object.fromEntries(
        Object.entries(definition.States).map(([name, state]) => {
          const { TimeoutSeconds: _timeout, ...rest } = state;
          return [name, rest];
        }),
      ),
    };
    this.machineFrom(definition.StartAt);
  }

  /**
   * Resolves once no execution has work to do: each is waiting for a callback or has ended, and no
   * step is running. The local clock waits for this after each timer it fires.
   */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.inFlight.size === 0 && [...this.runs].every((run) => run.waitingOn !== undefined);
  }

  private checkIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Starts an application's execution; a second start for the same application is ignored, like an execution name. */
  async start(applicationId: string): Promise<void> {
    if (this.executions.has(applicationId)) return;
    this.launch(applicationId, this.definition.StartAt, { applicationId });
  }

  /**
   * Continues every execution the checkpoint store holds, each from the state it was in. Resolves
   * once every resumed wait accepts its callback again; returns how many checkpoints it found.
   */
  async resume(): Promise<number> {
    const checkpoints = (await this.options.checkpoints?.list()) ?? [];
    const ready: Promise<unknown>[] = [];
    for (const checkpoint of checkpoints) {
      if (this.executions.has(checkpoint.applicationId)) continue;
      const { applicationId, stateName, input, taskToken, settlement, deadline, asking } = checkpoint;
      if (!(stateName in this.definition.States)) {
        // The definition changed since the checkpoint was saved; the file stays for a person to look at.
        this.options.onEvent?.({ type: 'resume-skipped', applicationId, stateName });
        continue;
      }
      const wait = taskToken
        ? {
            stateName,
            taskToken,
            ...(deadline ? { deadline } : {}),
            ...(asking ? { asking } : {}),
            ...(settlement ? { settlement } : {}),
          }
        : undefined;
      // Watched before the launch: a resumed wait registers its token at once.
      const waiting = wait && !settlement ? this.whenWaiting(stateName, applicationId) : undefined;
      const execution = this.launch(applicationId, stateName, input, wait);
      if (waiting) ready.push(Promise.race([waiting, execution]));
    }
    await Promise.all(ready);
    return checkpoints.length;
  }

  /**
   * Stops every execution where it stands, as a process that exits would: the checkpoints stay,
   * steps already running finish, and their writes are done when this resolves.
   */
  async stop(): Promise<void> {
    for (const run of this.runs) {
      run.stopped = true;
      run.abort();
    }
    await Promise.allSettled([...this.inFlight]);
    await Promise.all([...this.runs].map((run) => run.flush()));
    for (const [token, pending] of this.pending) {
      this.pending.delete(token);
      pending.disarm?.();
      pending.reject(new EngineStopped('the engine stopped'));
    }
    this.runs.clear();
    this.checkIdle();
  }

  async succeed(taskToken: string, output: unknown): Promise<void> {
    const pending = this.take(taskToken);
    await pending.run.settled(taskToken, { output });
    pending.resolve(output);
  }

  async fail(taskToken: string, error: string, cause: string): Promise<void> {
    const pending = this.take(taskToken);
    await pending.run.settled(taskToken, { error, cause });
    pending.reject(new TaskFailure(error, cause));
  }

  /** Times out a waiting task now, as Step Functions does when its TimeoutSeconds pass. */
  timeOut(taskToken: string): void {
    const pending = this.take(taskToken);
    void pending.run.settled(taskToken, { error: 'States.Timeout', cause: 'task timed out' });
    pending.reject(new TaskTimedOut('task timed out'));
  }

  /** Resolves with the token when an application's execution next waits in `stateName` (event-driven, no polling). */
  whenWaiting(stateName: string, applicationId?: string): Promise<string> {
    return new Promise((resolve) => this.watchers.push({ stateName, applicationId, resolve }));
  }

  /** The state each open task token is waiting in, for tests and the local pages. */
  waiting(): { token: string; stateName: string }[] {
    return [...this.pending].map(([token, p]) => ({ token, stateName: p.stateName }));
  }

  /** Runs the definition from `startAt` with `input`; resolves when the execution ends or stops. */
  private launch(
    applicationId: string,
    startAt: string,
    input: unknown,
    resumedWait?: { stateName: string; taskToken: string; settlement?: Settlement },
  ): Promise<void> {
    const onEvent = this.options.onEvent ?? (() => {});
    const clock = this.options.clock;
    const run = new ExecutionRun(
      applicationId,
      this.options.checkpoints,
      resumedWait,
      (error) => onEvent({ type: 'checkpoint-failed', applicationId, error: errorName(error) }),
      () => (clock ?? systemClock).now(),
    );
    let savedToken = resumedWait?.taskToken;
    const context = {
      Task: {
        // The saved token for the resumed wait; else a fresh token each time a state reads
        // $$.Task.Token, as Step Functions gives each task its own.
        get Token() {
          const token = savedToken ?? randomBytes(32).toString('base64url');
          savedToken = undefined;
          return token;
        },
      },
    };
    const handle = this.machineFrom(startAt).run(input as never, {
      overrides: {
        taskResourceLocalHandlers: this.overrides(run) as never,
        ...(this.options.retryIntervalMs !== undefined
          ? { retryIntervalOverrides: this.retryOverrides(this.options.retryIntervalMs) }
          : {}),
      },
      context,
      noThrowOnAbort: true,
    });
    run.abort = handle.abort;
    this.runs.add(run);
    void this.follow(run, handle.eventLogs);
    const execution: LocalExecution = { applicationId, status: 'RUNNING', done: Promise.resolve() };
    const ended = async (status: 'SUCCEEDED' | 'FAILED', outcome: { output?: unknown; error?: string }) => {
      if (run.stopped) return;
      await run.end();
      this.runs.delete(run);
      Object.assign(execution, { status, ...outcome });
      onEvent({ type: 'execution-ended', applicationId, status, ...outcome });
      this.checkIdle();
    };
    execution.done = handle.result.then(
      (output: unknown) => ended('SUCCEEDED', { output }),
      (error: Error) =>
        ended('FAILED', {
          error:
            error.name === 'ExecutionError'
              ? String((error as { cause?: { name?: string } }).cause?.name ?? error.message)
              : error.name,
        }),
    );
    this.executions.set(applicationId, execution);
    return execution.done;
  }

  /** Feeds the execution's event log to its run: StateEntered moves the checkpoint, StateFailed is reported. */
  private async follow(run: ExecutionRun, events: RunHandle['eventLogs']): Promise<void> {
    for await (const event of events) {
      // Only Task states are checkpointed: Choice, Pass and end states follow from the last task's
      // output, so a resumed execution re-runs the last task (at least once, like a Lambda retry).
      if (event.type === 'StateEntered' && event.state.type === 'Task')
        run.enter(event.state.name, event.state.input);
      if (event.type === 'StateFailed' && !run.stopped) {
        this.options.onEvent?.({
          type: 'step-failed',
          applicationId: run.applicationId,
          stateName: event.state.name,
          error: event.Error,
        });
      }
    }
  }

  /** The state machine over the definition, or over a copy of it that starts at `startAt`. */
  private machineFrom(startAt: string): StateMachine {
    let machine = this.machines.get(startAt);
    if (!machine) {
      const copy = { ...this.interpreted, StartAt: startAt };
      // The definition itself is validated; a copy would only add "state X is not reachable".
      const original = startAt === this.definition.StartAt;
      machine = new StateMachine(copy as never, {
        validationOptions: original ? { checkArn: false } : { noValidate: true },
      });
      this.machines.set(startAt, machine);
    }
    return machine;
  }

  private notify(stateName: string, applicationId: string, token: string): void {
    for (let i = this.watchers.length - 1; i >= 0; i--) {
      const watcher = this.watchers[i];
      if (
        !watcher ||
        watcher.stateName !== stateName ||
        (watcher.applicationId && watcher.applicationId !== applicationId)
      )
        continue;
      this.watchers.splice(i, 1);
      watcher.resolve(token);
    }
  }

  private retryOverrides(ms: number): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.definition.States)
        .filter(([, s]) => s.Type === 'Task')
        .map(([name]) => [name, ms]),
    );
  }

  private take(taskToken: string): Pending {
    const found = this.pending.get(taskToken);
    if (!found) throw new TaskDoesNotExist();
    this.pending.delete(taskToken);
    found.disarm?.();
    found.run.waitingOn = undefined;
    return found;
  }

  /** Calls a handler and remembers the call until it ends, so `stop` can let it finish. */
  private call(handler: (payload: unknown) => Promise<unknown>, payload: unknown): Promise<unknown> {
    const call = handler(payload);
    this.inFlight.add(call);
    const forget = () => {
      this.inFlight.delete(call);
      this.checkIdle();
    };
    call.then(forget, forget);
    return call;
  }

  private overrides(run: ExecutionRun) {
    return taskOverrides(this.definition, this.handlers, run, {
      call: (handler, payload) => this.call(handler, payload),
      wait: (taskToken, stateName, waiting) =>
        new Promise((resolve, reject) =>
          this.pending.set(taskToken, { stateName, run: waiting, resolve, reject }),
        ),
      forget: (taskToken) => this.pending.delete(taskToken),
      deadlineOf: (stateName) => {
        const seconds = this.definition.States[stateName]?.TimeoutSeconds;
        const clock = this.options.clock;
        return seconds && clock ? new Date(clock.now().getTime() + seconds * 1000).toISOString() : undefined;
      },
      armed: (taskToken, deadline) => {
        const pending = this.pending.get(taskToken);
        if (!pending) return;
        const clock = this.options.clock;
        if (deadline && clock) {
          pending.disarm = clock.at(new Date(deadline), () => {
            if (this.pending.get(taskToken) === pending) this.timeOut(taskToken);
          });
        }
        pending.run.waitingOn = taskToken;
        this.checkIdle();
      },
      notify: (stateName, applicationId, taskToken) => this.notify(stateName, applicationId, taskToken),
      checkpoints: this.options.checkpoints !== undefined,
    });
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
