import { type HandlerName, handlerOf } from '../../../workflows/definition';
import type { ExecutionRun } from './execution-run';
import { settle } from './task-errors';

/** The parts of a state machine definition the local engine reads. */
export type Definition = {
  StartAt: string;
  States: Record<
    string,
    { Type: string; Resource?: string; Parameters?: { FunctionName?: string }; TimeoutSeconds?: number }
  >;
};

type Handler = (payload: unknown) => Promise<unknown>;

/** The in-process functions behind the workflow's Task states, by handler name. */
export type LocalHandlers = Record<HandlerName, Handler>;

/** What a Task state needs from its engine: calling a handler, and keeping a waiting task's token. */
export type TaskHooks = {
  call: (handler: Handler, payload: unknown) => Promise<unknown>;
  /** Registers a waiting task; the promise settles with its callback, or `States.Timeout` at `deadline`. */
  wait: (taskToken: string, stateName: string, run: ExecutionRun) => Promise<unknown>;
  /** When a wait in `stateName` that begins now times out (its TimeoutSeconds), if it has a timeout. */
  deadlineOf: (stateName: string) => string | undefined;
  /** The wait is in place (its Lambda ran, its checkpoint is saved): its time-out may now be armed. */
  armed: (taskToken: string, deadline: string | undefined) => void;
  forget: (taskToken: string) => void;
  notify: (stateName: string, applicationId: string, taskToken: string) => void;
  checkpoints: boolean;
};

/**
 * The local stand-ins for the Task states' Lambda calls: request-response states return their
 * handler's result; `.waitForTaskToken` states call their handler with the token and then wait for
 * SendTaskSuccess or SendTaskFailure, as Step Functions does.
 */
export function taskOverrides(
  definition: Definition,
  handlers: LocalHandlers,
  run: ExecutionRun,
  hooks: TaskHooks,
): Record<string, (input: unknown) => Promise<unknown>> {
  const result: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [stateName, state] of Object.entries(definition.States)) {
    if (state.Type !== 'Task') continue;
    const waits = state.Resource?.endsWith('.waitForTaskToken') ?? false;
    const name = handlerOf(waits ? (state.Parameters?.FunctionName ?? '') : (state.Resource ?? ''));
    const handler = name && handlers[name];
    if (!handler) throw new Error(`no local handler for state "${stateName}"`);
    result[stateName] = async (input: unknown) => {
      const payload = waits ? (input as { Payload: { taskToken: string } }).Payload : input;
      if (!waits) return hooks.call(handler, payload);
      const { taskToken, applicationId } = payload as { taskToken: string; applicationId: string };
      const resumed = run.takeResumedWait(stateName, taskToken);
      if (resumed?.settlement) return settle(resumed.settlement);
      const settled = hooks.wait(taskToken, stateName, run);
      // A resumed wait keeps the deadline it was given when it began.
      const deadline = resumed ? resumed.deadline : hooks.deadlineOf(stateName);
      // A resumed wait's Lambda already ran (its link or ledger entry holds this very token), unless
      // the process stopped while it ran: then it asks again with the same token, which it knows.
      if (!resumed || resumed.asking) {
        if (hooks.checkpoints && !resumed) await run.waiting(stateName, taskToken, deadline, true);
        try {
          await hooks.call(handler, payload);
        } catch (error) {
          hooks.forget(taskToken);
          throw error;
        }
        if (hooks.checkpoints) await run.waiting(stateName, taskToken, deadline);
      }
      hooks.armed(taskToken, deadline);
      hooks.notify(stateName, applicationId, taskToken);
      return settled;
    };
  }
  return result;
}
