import type { Deps } from '../deps';
import { save } from './application-record';
import { endWait } from './end-wait';

/** Records that a step failed after its retries: the status shows it and the alarm counts it. */
export async function recordFailure(
  deps: Pick<Deps, 'applications' | 'links' | 'journal' | 'metrics' | 'env'>,
  applicationId: string,
  error: { Error?: string; Cause?: string } | undefined,
): Promise<void> {
  deps.metrics.count('ApplicationFailed');
  const application = await deps.applications.get(applicationId);
  const at = deps.env.now().toISOString();
  await deps.journal.record(applicationId, at, { kind: 'failure', error: error?.Error ?? 'unknown' });
  if (!application) return;
  // The wait the execution was in ends with it: its link says the case stopped or failed.
  const ended = await endWait(deps, application, error?.Error === 'ExecutionABORTED' ? 'stopped' : 'failed');
  if (application.status !== 'failed' || 'wait' in ended)
    await save(deps, application, {
      ...(application.status !== 'failed' ? { status: 'failed', note: error?.Error ?? 'unknown' } : {}),
      ...ended,
    });
}
