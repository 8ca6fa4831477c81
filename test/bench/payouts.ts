import { DateTime } from 'luxon';
import { MemoryPayoutBatchStore } from '../../shared/adapters/memory/payout-stores';
import { MemoryPayoutLedger } from '../../shared/adapters/memory/stores';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { slotOf } from '../../shared/payouts/schedule';
import { entry, payoutHarness } from '../payouts/fixtures';

/** A finance bucket that counts bytes and drops them, so the benchmark measures the streaming itself. */
class CountingFileStore {
  bytes = 0;
  async write(_key: string, _type: string, chunks: AsyncIterable<string>) {
    for await (const chunk of chunks) this.bytes += chunk.length;
  }
  async link(key: string) {
    return `bench://${key}`;
  }
}

/** `npm run bench -- payouts N`: one full run (claim, CSV, pain.001, manifest) over N due payouts. */
export async function benchPayouts(count: number) {
  const { deps } = payoutHarness();
  const ledger = new MemoryPayoutLedger();
  for (let n = 1; n <= count; n++) await ledger.schedule(entry(n));
  const files = new CountingFileStore();
  const started = performance.now();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const batch = await runPayoutSlot(
    { ...deps, ledger, files, batches: new MemoryPayoutBatchStore() },
    slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' })),
  );
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  if (batch.count !== count) throw new Error(`batch has ${batch.count} payouts, expected ${count}`);
  return {
    name: 'payouts',
    payouts: count,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    peakRssMb: Math.round(peak / 1024 / 1024),
  };
}
