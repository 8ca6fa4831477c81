import type { Checkpoint, CheckpointStore, Settlement } from './checkpoints';

/** A wait saved by an earlier process: the state, the token its link or ledger entry holds, the answer if it came. */
export type ResumedWait = {
  stateName: string;
  taskToken: string;
  deadline?: string;
  asking?: true;
  settlement?: Settlement;
};

/**
 * The bookkeeping of one execution: the state it entered last with that state's raw input (from
 * the StateEntered events), and its checkpoint writes, applied one after another in order.
 */
export class ExecutionRun {
  private current: { stateName: string; input: unknown } | undefined;
  private last: Checkpoint | undefined;
  private readonly inputWaiters: { stateName: string; resolve: (input: unknown) => void }[] = [];
  private writes: Promise<void> = Promise.resolve();
  /** The engine stopped it: the process is going away and resumes it from its checkpoint later. */
  stopped = false;
  /** It ended (succeeded or failed): its checkpoint is gone and stays gone. */
  private ended = false;
  /** It has entered a state after the one it resumed in: the saved wait is behind it. */
  private left = false;
  abort: () => void = () => {};

  /** The token the task is waiting on, once its Lambda has stored it; undefined while a step runs. */
  waitingOn: string | undefined;
  /** The saved wait this run resumes: kept for the checkpoint even after the task has taken it. */
  private readonly resumedFor: ResumedWait | undefined;

  constructor(
    readonly applicationId: string,
    private readonly store: CheckpointStore | undefined,
    private resumedWait: ResumedWait | undefined,
    private readonly onWriteError: (error: unknown) => void,
    private readonly now: () => Date,
  ) {
    this.resumedFor = resumedWait;
  }

  /** A StateEntered event: the checkpoint moves to this state with its raw input. */
  enter(stateName: string, input: unknown): void {
    if (this.ended) return;
    this.current = { stateName, input: structuredClone(input) };
    for (let i = this.inputWaiters.length - 1; i >= 0; i--) {
      const waiter = this.inputWaiters[i];
      if (waiter?.stateName !== stateName) continue;
      this.inputWaiters.splice(i, 1);
      waiter.resolve(this.current.input);
    }
    if (this.stopped) return;
    // A resumed wait keeps its token (and deadline) in the checkpoint from the first moment on,
    // whether or not its task has already taken it: events trail the states, so the task may have.
    const wait = this.resumedFor?.stateName === stateName && !this.left ? this.resumedFor : undefined;
    if (this.resumedFor && !wait) this.left = true;
    this.save({
      applicationId: this.applicationId,
      stateName,
      input: this.current.input,
      ...(wait ? { taskToken: wait.taskToken } : {}),
      ...(wait?.deadline ? { deadline: wait.deadline } : {}),
      ...(wait?.asking ? { asking: true as const } : {}),
      ...(wait?.settlement ? { settlement: wait.settlement } : {}),
    });
  }

  /** The raw input of `stateName`, once its StateEntered event has arrived (events trail the states slightly). */
  inputOf(stateName: string): Promise<unknown> {
    if (this.current?.stateName === stateName) return Promise.resolve(this.current.input);
    return new Promise((resolve) => this.inputWaiters.push({ stateName, resolve }));
  }

  /** The saved wait `stateName` resumes with this token, handed out once: only the first state resumes one. */
  takeResumedWait(stateName: string, taskToken: string): ResumedWait | undefined {
    const wait = this.resumedWait;
    if (!wait || wait.stateName !== stateName || wait.taskToken !== taskToken) return undefined;
    this.resumedWait = undefined;
    return wait;
  }

  /**
   * The task now waits with `taskToken`, which its Lambda stored. Saved even while stopping: the
   * e-mail with its link is out, so the next process must wait on this token, not ask again.
   */
  async waiting(stateName: string, taskToken: string, deadline?: string, asking = false): Promise<void> {
    if (this.ended) return;
    const input = await this.inputOf(stateName);
    this.save({
      applicationId: this.applicationId,
      stateName,
      input,
      taskToken,
      ...(deadline ? { deadline } : {}),
      ...(asking ? { asking: true as const } : {}),
    });
    return this.flush();
  }

  /** The callback came: saved before the task resumes, so an answer given is never lost. */
  settled(taskToken: string, settlement: Settlement): Promise<void> {
    if (this.ended || this.last?.taskToken !== taskToken) return this.flush();
    this.save({ ...this.last, settlement });
    return this.flush();
  }

  /** The execution ended: its checkpoint is removed and no later event brings it back. */
  end(): Promise<void> {
    this.ended = true;
    const store = this.store;
    if (store) this.chain(() => store.remove(this.applicationId));
    return this.flush();
  }

  /** Resolves once every write asked for so far is done. */
  flush(): Promise<void> {
    return this.writes;
  }

  private save(checkpoint: Omit<Checkpoint, 'savedAt'>): void {
    const saved: Checkpoint = { ...checkpoint, savedAt: this.now().toISOString() };
    this.last = saved;
    const store = this.store;
    if (store) this.chain(() => store.save(saved));
  }

  private chain(write: () => Promise<void>): void {
    this.writes = this.writes.then(write).catch(this.onWriteError);
  }
}
