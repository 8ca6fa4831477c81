import { randomBytes } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import { type HandlerName, handlerOf } from '../../../workflows/definition';
import type { WorkflowEngine } from '../../app/ports';

type Definition = {
  StartAt: string;
  States: Record<string, { Type: string; Resource?: string; Parameters?: { FunctionName?: string } }>;
};

/** The in-process functions behind the workflow's Task states, by handler name. */
export type LocalHandlers = Record<HandlerName, (payload: unknown) => Promise<unknown>>;

/** A task waiting for its callback: settled once, by success, failure or time-out. */
type Pending = { stateName: string; resolve: (output: unknown) => void; reject: (error: Error) => void };

/** The error a waiting task fails with when its time runs out; Step Functions names it States.Timeout. */
class TaskTimedOut extends Error {
  override readonly name = 'States.Timeout';
  readonly isRetryable = false;
}

/** A task failure sent with SendTaskFailure: Step Functions uses the given error name. */
class TaskFailure extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

/** What happened to an execution, for tests and the local pages. */
export type LocalExecution = {
  applicationId: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: string;
  done: Promise<void>;
};

/**
 * Step Functions on one machine: runs the synthesized definition with `aws-local-stepfunctions`,
 * calls the Lambda handlers in-process with the same payloads, and gives waiting tasks a
 * `$$.Task.Token` with SendTaskSuccess/SendTaskFailure semantics (single use; `States.Timeout`
 * when the runtime times a task out).
 */
export class LocalWorkflowEngine implements WorkflowEngine {
  private readonly machine: StateMachine;
  private readonly pending = new Map<string, Pending>();
  private readonly waitingTokens: string[] = [];
  private readonly watchers: {
    stateName: string;
    applicationId?: string;
    resolve: (token: string) => void;
  }[] = [];
  readonly executions = new Map<string, LocalExecution>();

  constructor(
    private readonly definition: Definition,
    private readonly handlers: LocalHandlers,
    /** Pause between retries; the definition's intervals unless set (tests set 0 to run without waiting). */
    private readonly options: { retryIntervalMs?: number } = {},
  ) {
    this.machine = new StateMachine(definition as never, { validationOptions: { checkArn: false } });
  }

  /** Starts an application's execution; a second start for the same application is ignored, like an execution name. */
  async start(applicationId: string): Promise<void> {
    if (this.executions.has(applicationId)) return;
    const tokens = this.waitingTokens;
    const context = {
      Task: {
        // A fresh token each time a state reads $$.Task.Token, as Step Functions gives each task its own.
        get Token() {
          const token = randomBytes(32).toString('base64url');
          tokens.push(token);
          return token;
        },
      },
    };
    const run = this.machine.run(
      { applicationId },
      {
        overrides: {
          taskResourceLocalHandlers: this.overrides() as never,
          ...(this.options.retryIntervalMs !== undefined
            ? { retryIntervalOverrides: this.retryOverrides(this.options.retryIntervalMs) }
            : {}),
        },
        context,
      },
    );
    const execution: LocalExecution = { applicationId, status: 'RUNNING', done: Promise.resolve() };
    execution.done = run.result.then(
      (output: unknown) => {
        execution.status = 'SUCCEEDED';
        execution.output = output;
      },
      (error: Error) => {
        execution.status = 'FAILED';
        execution.error =
          error.name === 'ExecutionError'
            ? String((error as { cause?: { name?: string } }).cause?.name ?? error.message)
            : error.name;
      },
    );
    this.executions.set(applicationId, execution);
  }

  async succeed(taskToken: string, output: unknown): Promise<void> {
    this.take(taskToken).resolve(output);
  }

  async fail(taskToken: string, error: string, cause: string): Promise<void> {
    this.take(taskToken).reject(new TaskFailure(error, cause));
  }

  /** Times out a waiting task now, as Step Functions does when its TimeoutSeconds pass. */
  timeOut(taskToken: string): void {
    this.take(taskToken).reject(new TaskTimedOut(`task timed out`));
  }

  /** Resolves with the token when an application's execution next waits in `stateName` (event-driven, no polling). */
  whenWaiting(stateName: string, applicationId?: string): Promise<string> {
    return new Promise((resolve) => this.watchers.push({ stateName, applicationId, resolve }));
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

  /** The state each open task token is waiting in, for tests and the local pages. */
  waiting(): { token: string; stateName: string }[] {
    return [...this.pending].map(([token, p]) => ({ token, stateName: p.stateName }));
  }

  private take(taskToken: string): Pending {
    const found = this.pending.get(taskToken);
    if (!found) throw new TaskDoesNotExist();
    this.pending.delete(taskToken);
    return found;
  }

  private overrides(): Record<string, (input: unknown) => Promise<unknown>> {
    const result: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [stateName, state] of Object.entries(this.definition.States)) {
      if (state.Type !== 'Task') continue;
      const waits = state.Resource?.endsWith('.waitForTaskToken') ?? false;
      const name = handlerOf(waits ? (state.Parameters?.FunctionName ?? '') : (state.Resource ?? ''));
      const handler = name && this.handlers[name];
      if (!handler) throw new Error(`no local handler for state "${stateName}"`);
      result[stateName] = async (input: unknown) => {
        const payload = waits ? (input as { Payload: { taskToken: string } }).Payload : input;
        if (!waits) return handler(payload);
        const { taskToken, applicationId } = payload as { taskToken: string; applicationId: string };
        const settled = new Promise<unknown>((resolve, reject) =>
          this.pending.set(taskToken, { stateName, resolve, reject }),
        );
        try {
          await handler(payload);
        } catch (error) {
          this.pending.delete(taskToken);
          throw error;
        }
        this.notify(stateName, applicationId, taskToken);
        return settled;
      };
    }
    return result;
  }
}

/** SendTaskSuccess or SendTaskFailure with a token that is unknown, used or timed out. */
export class TaskDoesNotExist extends Error {
  override readonly name = 'TaskDoesNotExist';
  constructor() {
    super('Task does not exist anymore');
  }
}
