import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { systemMillis } from '../../runtime/clock';

/** The longest delay a Node timer takes (about 24.8 days); a later timer is re-armed on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type Timer = { at: number; seq: number; fire: () => Promise<void> | void };

/** What a clock's timers and their effects need before the clock moves on: the engine's steps done. */
export type Settle = () => Promise<void>;

/**
 * The local runtime's clock: the machine's time plus an offset, so that `LOCAL_NOW` starts it at
 * any instant and `POST /local/clock` moves it forward. Timers (task time-outs, schedules) are set
 * on this clock: they fire when its time reaches them, whether real time passes or the clock is
 * advanced. An advance walks from timer to timer in order, letting each one's effects settle before
 * the next, as the cloud would have lived through those days.
 */
export class LocalClock {
  private offsetMs: number;
  private readonly timers: Timer[] = [];
  private seq = 0;
  private real: NodeJS.Timeout | undefined;
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(options: { startAt?: Date; offsetMs?: number; realMillis?: () => number; file?: string } = {}) {
    this.realMillis = options.realMillis ?? systemMillis;
    this.file = options.file;
    this.offsetMs = options.startAt ? options.startAt.getTime() - this.realMillis() : (options.offsetMs ?? 0);
    this.persist();
  }

  private readonly realMillis: () => number;
  private readonly file: string | undefined;

  /**
   * The clock of a data directory: `startAt` (LOCAL_NOW) when given, else where the last run left
   * it (its offset from the machine's clock is kept in `file`, so an advance survives a restart).
   */
  static async open(file: string, startAt?: Date, realMillis?: () => number): Promise<LocalClock> {
    if (startAt) return new LocalClock({ startAt, file, ...(realMillis ? { realMillis } : {}) });
    let offsetMs = 0;
    try {
      offsetMs = Number(JSON.parse(await readFile(file, 'utf8')).offsetMs) || 0;
    } catch {
      // A new data directory: the machine's time.
    }
    return new LocalClock({ offsetMs, file, ...(realMillis ? { realMillis } : {}) });
  }

  now(): Date {
    return new Date(this.realMillis() + this.offsetMs);
  }

  /** Calls `fire` once the clock reaches `at`; returns a function that cancels it. */
  at(at: Date, fire: () => Promise<void> | void): () => void {
    const timer: Timer = { at: at.getTime(), seq: this.seq++, fire };
    this.timers.push(timer);
    this.arm();
    return () => {
      const i = this.timers.indexOf(timer);
      if (i >= 0) this.timers.splice(i, 1);
      this.arm();
    };
  }

  /**
   * Moves the clock forward by `ms`. Every timer due on the way fires at its own instant, in order,
   * and `settle` (the workflow engine becoming idle) is awaited after each, so that a timer a fired
   * one sets (an escalation's own time-out) fires too if it falls within the advance.
   */
  async advance(ms: number, settle: Settle): Promise<Date> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward');
    const target = this.now().getTime() + ms;
    for (;;) {
      const next = this.earliest();
      if (!next || next.at > target) break;
      if (next.at > this.now().getTime()) this.offsetMs += next.at - this.now().getTime();
      await this.fireDue();
      await settle();
    }
    this.offsetMs += Math.max(0, target - this.now().getTime());
    this.persist();
    this.arm();
    await settle();
    return this.now();
  }

  /** Resolves once every timer callback that has started has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Cancels the real timer; the clock's timers are kept by their owners (checkpoints, schedules). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.real);
  }

  private earliest(): Timer | undefined {
    let found: Timer | undefined;
    for (const t of this.timers)
      if (!found || t.at < found.at || (t.at === found.at && t.seq < found.seq)) found = t;
    return found;
  }

  private async fireDue(): Promise<void> {
    const now = this.now().getTime();
    const due = this.timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const timer of due) {
      const i = this.timers.indexOf(timer);
      if (i < 0) continue;
      this.timers.splice(i, 1);
      const run = Promise.resolve()
        .then(timer.fire)
        .catch(() => undefined);
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }
    await this.idle();
  }

  /** One real timer, for the earliest of the clock's timers. */
  private arm(): void {
    clearTimeout(this.real);
    const next = this.earliest();
    if (!next || this.stopped) return;
    const delay = Math.min(Math.max(next.at - this.now().getTime(), 0), MAX_TIMER_MS);
    this.real = setTimeout(() => {
      void this.fireDue().then(() => this.arm());
    }, delay);
    // The clock alone never keeps the process alive.
    this.real.unref();
  }

  private persist(): void {
    if (this.file) writeFileSync(this.file, JSON.stringify({ offsetMs: this.offsetMs }));
  }
}
