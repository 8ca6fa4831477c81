import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How a waiting task was settled, saved before the execution moves on. */
export type Settlement = { output: unknown } | { error: string; cause: string };

/**
 * Where one execution stands: the state it entered last, with that state's raw input (as the
 * StateEntered event carries it). A waiting task adds its task token once its Lambda has stored it
 * (behind a decision link or in the payout ledger), and the callback's answer once it arrives.
 */
export type Checkpoint = {
  applicationId: string;
  stateName: string;
  input: unknown;
  taskToken?: string;
  /**
   * The token is saved before its Lambda runs: until the Lambda has stored it (behind a link, in the
   * ledger) this is set, and a resumed wait asks again with the same token, which the Lambda
   * recognises (no second link, no second e-mail).
   */
  asking?: true;
  /** When the waiting task times out (its state's TimeoutSeconds after the wait began), on the engine's clock. */
  deadline?: string;
  settlement?: Settlement;
  savedAt: string;
};

/** Keeps one checkpoint per running execution, so a restarted process can resume it. */
export interface CheckpointStore {
  save(checkpoint: Checkpoint): Promise<void>;
  remove(applicationId: string): Promise<void>;
  list(): Promise<Checkpoint[]>;
}

/** Checkpoints in memory, for tests that restart an engine within one process. */
export class MemoryCheckpointStore implements CheckpointStore {
  readonly items = new Map<string, Checkpoint>();
  async save(checkpoint: Checkpoint) {
    this.items.set(checkpoint.applicationId, structuredClone(checkpoint));
  }
  async remove(applicationId: string) {
    this.items.delete(applicationId);
  }
  async list() {
    return [...this.items.values()].map((c) => structuredClone(c));
  }
}

/** Application ids are URL-safe opaque ids; anything else must never become a file name. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * One JSON file per running execution (`<applicationId>.json`), written to a temporary name and
 * renamed, so a process stopped mid-write leaves the previous checkpoint whole.
 */
export class FileCheckpointStore implements CheckpointStore {
  constructor(private readonly dir: string) {}

  async save(checkpoint: Checkpoint): Promise<void> {
    const file = this.fileOf(checkpoint.applicationId);
    await mkdir(this.dir, { recursive: true });
    await writeFile(`${file}.tmp`, JSON.stringify(checkpoint));
    await rename(`${file}.tmp`, file);
  }

  async remove(applicationId: string): Promise<void> {
    await rm(this.fileOf(applicationId), { force: true });
  }

  async list(): Promise<Checkpoint[]> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json')).sort();
    return Promise.all(
      names.map(async (name) => JSON.parse(await readFile(join(this.dir, name), 'utf8')) as Checkpoint),
    );
  }

  private fileOf(applicationId: string): string {
    if (!SAFE_ID.test(applicationId)) throw new Error('not an application id');
    return join(this.dir, `${applicationId}.json`);
  }
}
