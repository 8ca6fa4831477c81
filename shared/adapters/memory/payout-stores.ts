import type { FinanceFileStore, PayoutBatchStore } from '../../app/payout-ports';
import type { BatchRelease, BatchStep, PayoutBatch } from '../../payouts/batch';

const clone = <T>(value: T): T => structuredClone(value);

/** In-memory batches with the DynamoDB store's conditional writes. */
export class MemoryPayoutBatchStore implements PayoutBatchStore {
  readonly items = new Map<string, PayoutBatch>();
  async create(batch: PayoutBatch) {
    const existing = this.items.get(batch.id);
    if (existing) return clone(existing);
    this.items.set(batch.id, clone(batch));
    return clone(batch);
  }
  async get(id: string) {
    const found = this.items.get(id);
    return found && clone(found);
  }
  async advance(batch: PayoutBatch, from: BatchStep) {
    if (this.items.get(batch.id)?.step !== from) return false;
    this.items.set(batch.id, clone(batch));
    return true;
  }
  async list(limit: number) {
    return [...this.items.values()]
      .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))
      .slice(0, limit)
      .map(clone);
  }
  readonly notices = new Map<string, { claimedAt: string; sentAt?: string }>();
  async claimNotice(batchId: string, at: string, staleBefore: string) {
    const notice = this.notices.get(batchId);
    if (notice && (notice.sentAt !== undefined || notice.claimedAt >= staleBefore)) return false;
    this.notices.set(batchId, { claimedAt: at });
    return true;
  }
  async noticeSent(batchId: string, at: string) {
    const notice = this.notices.get(batchId);
    this.notices.set(batchId, { claimedAt: notice?.claimedAt ?? at, sentAt: at });
  }
  readonly releases = new Map<string, BatchRelease>();
  async releaseOf(batchId: string) {
    const found = this.releases.get(batchId);
    return found && clone(found);
  }
  async release(batchId: string, by: string, at: string) {
    if (this.releases.has(batchId)) return false;
    this.releases.set(batchId, { releasedBy: by, releasedAt: at });
    return true;
  }
  async confirmRelease(batchId: string, releasedBy: string, by: string, at: string) {
    const found = this.releases.get(batchId);
    if (!found || found.confirmedBy !== undefined || found.releasedBy !== releasedBy || by === releasedBy)
      return false;
    this.releases.set(batchId, { ...found, confirmedBy: by, confirmedAt: at });
    return true;
  }
}

/** Finance files as strings in memory (tests); links are fake URLs. */
export class MemoryFinanceFileStore implements FinanceFileStore {
  readonly files = new Map<string, { contentType: string; body: string }>();
  async write(key: string, contentType: string, chunks: AsyncIterable<string>) {
    const parts: string[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    this.files.set(key, { contentType, body: parts.join('') });
  }
  async link(key: string, seconds: number, download?: string) {
    const as = download ? `&download=${encodeURIComponent(download)}` : '';
    return `memory://finance/${key}?expires=${seconds}${as}`;
  }
}
