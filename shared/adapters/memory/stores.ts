import type { Application } from '../../app/application';
import type { Session } from '../../app/identity';
import type {
  AccessEntry,
  AccessLog,
  ApplicationStore,
  CreateOutcome,
  DecisionLink,
  DecisionLinkStore,
  IdempotencyStore,
  Journal,
  KeyHold,
  LineOutcome,
  LinkPurpose,
  LinkResponse,
  Mail,
  Mailer,
  Metrics,
  PayoutEntry,
  PayoutLedger,
  ReceiptObject,
  ReceiptRegistry,
  ReceiptStore,
  SessionStore,
  WaitEnd,
} from '../../app/ports';

const clone = <T>(value: T): T => structuredClone(value);

/** In-memory applications with the same conditional-write rules as the DynamoDB store. */
export class MemoryApplicationStore implements ApplicationStore {
  readonly items = new Map<string, Application>();
  /** Idempotency-Keys taken with the applications they created. */
  readonly keys = new Map<string, string>();
  /** Upload ids and the application that holds each. */
  readonly uploads = new Map<string, string>();

  async get(id: string) {
    const found = this.items.get(id);
    return found && clone(found);
  }
  async create(application: Application) {
    if (this.items.has(application.id)) return false;
    this.items.set(application.id, clone(application));
    return true;
  }
  async createWithKey(application: Application, hold: KeyHold): Promise<CreateOutcome> {
    if (this.keys.has(hold.key)) return { outcome: 'key-taken' };
    if (this.items.has(application.id)) throw new Error(`application ${application.id} exists`);
    const taken = application.receipts.filter((u) => this.uploads.has(u));
    if (taken.length > 0) return { outcome: 'uploads-taken', uploads: taken };
    this.items.set(application.id, clone(application));
    this.keys.set(hold.key, hold.record);
    for (const u of application.receipts) this.uploads.set(u, application.id);
    return { outcome: 'created' };
  }
  async claimUploads(applicationId: string, uploadIds: readonly string[]) {
    const taken = uploadIds.filter((u) => (this.uploads.get(u) ?? applicationId) !== applicationId);
    if (taken.length === 0) for (const u of uploadIds) this.uploads.set(u, applicationId);
    return taken;
  }
  async heldKey(key: string) {
    return this.keys.get(key);
  }
  async put(application: Application) {
    if (this.items.get(application.id)?.version !== application.version - 1) return false;
    this.items.set(application.id, clone(application));
    return true;
  }
  async listForChild(application: Application, limit: number) {
    const birth = (application.claim.child as { birthDate?: string } | undefined)?.birthDate;
    return [...this.items.values()]
      .filter(
        (a) =>
          a.id !== application.id &&
          a.submittedAt < application.submittedAt &&
          a.applicant.cpr === application.applicant.cpr &&
          (a.claim.child as { birthDate?: string })?.birthDate === birth,
      )
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
      .slice(0, limit)
      .map(clone);
  }
  async listByStatus(status: Application['status'], before: string, limit: number) {
    return [...this.items.values()]
      .filter((a) => a.status === status && (a.timeline.at(-1)?.at ?? '') < before)
      .slice(0, limit)
      .map(clone);
  }
  async listForMunicipality(municipality: Application['municipality'], limit: number) {
    return this.newest((a) => a.municipality === municipality, limit);
  }
  async listForApplicant(cpr: string, limit: number) {
    return this.newest((a) => a.applicant.cpr === cpr, limit);
  }
  private newest(keep: (a: Application) => boolean, limit: number) {
    return [...this.items.values()]
      .filter(keep)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
      .slice(0, limit)
      .map(clone);
  }
}

/** In-memory sessions; an expired one is gone, as DynamoDB's TTL (and the reader's check) make it. */
export class MemorySessionStore implements SessionStore {
  readonly items = new Map<string, Session>();
  async create(session: Session) {
    this.items.set(session.id, clone(session));
  }
  async get(id: string) {
    const found = this.items.get(id);
    return found && clone(found);
  }
  async delete(id: string) {
    this.items.delete(id);
  }
}

/** Collects the access log. */
export class MemoryAccessLog implements AccessLog {
  readonly entries: AccessEntry[] = [];
  async record(entry: AccessEntry) {
    this.entries.push(clone(entry));
  }
  async list(applicationId: string) {
    return this.entries
      .filter((e) => e.applicationId === applicationId)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(clone);
  }
}

/** In-memory decision links: used once, never after expiry. */
export class MemoryDecisionLinkStore implements DecisionLinkStore {
  readonly items = new Map<string, DecisionLink>();

  async create(link: DecisionLink) {
    this.items.set(link.id, clone(link));
  }
  async get(id: string) {
    const found = this.items.get(id);
    return found && clone(found);
  }
  async use(id: string, formToken: string, at: string, response: LinkResponse) {
    const link = this.items.get(id);
    if (!link || link.usedAt || link.revokedAt || link.formToken !== formToken || link.expiresAt <= at)
      return false;
    link.usedAt = at;
    link.response = clone(response);
    return true;
  }
  async revoke(id: string, at: string, endedBy: WaitEnd) {
    const link = this.items.get(id);
    if (!link || link.usedAt || link.revokedAt) return;
    link.revokedAt = at;
    link.endedBy = endedBy;
  }
  async refuse(id: string, at: string) {
    const link = this.items.get(id);
    if (!link) return;
    link.revokedAt = at;
    link.endedBy = 'closed';
    delete link.response;
  }
  async markMailed(id: string, at: string) {
    const link = this.items.get(id);
    if (link) link.mailedAt = at;
  }
  async listOpen(purpose: LinkPurpose, before: string, limit: number) {
    return [...this.items.values()]
      .filter((l) => l.purpose === purpose && !l.usedAt && !l.revokedAt && l.createdAt < before)
      .slice(0, limit)
      .map(clone);
  }
  async markReminded(id: string, at: string) {
    const link = this.items.get(id);
    if (link) link.remindedAt = at;
  }
}

/** In-memory receipts: tests put bytes in, the document check inspects them. */
export class MemoryReceiptStore implements ReceiptStore {
  readonly objects = new Map<string, { bytes: Uint8Array; contentType?: string }>();

  async presignUpload(key: string, contentType: string) {
    return { url: `memory://receipts/${key}`, headers: { 'content-type': contentType } };
  }
  async read(key: string): Promise<Uint8Array | undefined> {
    return this.objects.get(key)?.bytes;
  }
  async exists(key: string): Promise<boolean> {
    return this.objects.has(key);
  }
  async copy(fromKey: string, toKey: string): Promise<void> {
    const found = this.objects.get(fromKey);
    if (!found) throw new Error(`no receipt at ${fromKey}`);
    this.objects.set(toKey, { ...found });
  }

  async inspect(key: string): Promise<ReceiptObject | undefined> {
    const found = this.objects.get(key);
    if (!found) return undefined;
    const { createHash } = await import('node:crypto');
    return {
      key,
      size: found.bytes.length,
      contentType: found.contentType,
      head: found.bytes.slice(0, 4096),
      sha256: createHash('sha256').update(found.bytes).digest('hex'),
    };
  }
}

/** In-memory receipt hashes. */
export class MemoryReceiptRegistry implements ReceiptRegistry {
  readonly owners = new Map<string, string>();
  async claim(sha256: string, applicationId: string) {
    const owner = this.owners.get(sha256);
    if (owner === undefined) this.owners.set(sha256, applicationId);
    return owner !== undefined && owner !== applicationId ? owner : undefined;
  }
  async owner(sha256: string) {
    return this.owners.get(sha256);
  }
}

/** In-memory idempotency keys. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly keys = new Map<string, string>();
  async reserve(key: string, applicationId: string) {
    const existing = this.keys.get(key);
    if (existing !== undefined) return existing;
    this.keys.set(key, applicationId);
    return undefined;
  }
}

/** A copy of a ledger entry: flat but for the rejection, and far cheaper than structuredClone over whole runs. */
const copyEntry = (entry: PayoutEntry): PayoutEntry =>
  entry.rejection ? { ...entry, rejection: { ...entry.rejection } } : { ...entry };

/** In-memory payout ledger: one entry per application, with the DynamoDB ledger's conditional writes. */
export class MemoryPayoutLedger implements PayoutLedger {
  readonly entries = new Map<string, PayoutEntry>();
  async schedule(entry: PayoutEntry) {
    const existing = this.entries.get(entry.applicationId);
    if (existing) return clone(existing);
    this.entries.set(entry.applicationId, clone(entry));
    return clone(entry);
  }
  async get(applicationId: string) {
    const found = this.entries.get(applicationId);
    return found && clone(found);
  }
  async attachTaskToken(applicationId: string, taskToken: string) {
    const entry = this.entries.get(applicationId);
    if (entry) entry.taskToken = taskToken;
  }
  async *listDue(throughDate: string) {
    const due = [...this.entries.values()]
      .filter((e) => e.status === 'scheduled' && e.dueDate <= throughDate)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    for (const entry of due) yield copyEntry(entry);
  }
  async *listInBatch(batchId: string, status: 'in-batch' | 'accepted' = 'in-batch') {
    for (const entry of [...this.entries.values()]) {
      if (entry.status === status && entry.batchId === batchId) yield copyEntry(entry);
    }
  }
  async *listEverInBatch(batchId: string) {
    for (const entry of [...this.entries.values()]) {
      const held =
        entry.batchId === batchId ||
        entry.rejection?.batchId === batchId ||
        entry.previous?.some((p) => p.batchId === batchId);
      if (held) yield copyEntry(entry);
    }
  }
  async claimForBatch(applicationId: string, batchId: string) {
    const entry = this.entries.get(applicationId);
    if (entry?.status === 'scheduled' && entry.batchId === undefined) {
      Object.assign(entry, { status: 'in-batch', batchId });
      return true;
    }
    return entry?.batchId === batchId;
  }
  async settle(applicationId: string, batchId: string, outcome: LineOutcome) {
    const entry = this.entries.get(applicationId);
    if (!entry || entry.batchId !== batchId) return false;
    const from = 'accepted' in outcome ? ['in-batch'] : ['in-batch', 'accepted'];
    if (!from.includes(entry.status)) return false;
    if ('accepted' in outcome) entry.status = 'accepted';
    else if ('executed' in outcome) entry.status = 'executed';
    else Object.assign(entry, { status: 'rejected', rejection: { ...outcome, batchId } });
    return true;
  }
  async reschedule(
    applicationId: string,
    amountOre: number,
    dueDate: string,
    correction = { at: '', by: '' },
  ) {
    const entry = this.entries.get(applicationId);
    if (entry?.status !== 'rejected' || !entry.rejection) return false;
    const { reason, at, batchId } = entry.rejection;
    const previous = {
      batchId,
      amountOre: entry.amountOre,
      dueDate: entry.dueDate,
      rejection: { reason, at },
      correctedAt: correction.at,
      correctedBy: correction.by,
    };
    Object.assign(entry, {
      status: 'scheduled',
      amountOre,
      dueDate,
      previous: [...(entry.previous ?? []), previous],
    });
    delete entry.batchId;
    delete entry.rejection;
    return true;
  }
}

/** Collects e-mails instead of sending them. */
export class MemoryMailer implements Mailer {
  readonly sent: (Mail & { sentAt: string })[] = [];
  /** The test's clock, when it wants the sending times; else every mail is stamped at the epoch. */
  constructor(private readonly now: () => Date = () => new Date(0)) {}
  async send(mail: Mail) {
    this.sent.push({ ...mail, sentAt: this.now().toISOString() });
  }
}

/** Collects journal entries. */
export class MemoryJournal implements Journal {
  readonly entries: { applicationId: string; at: string; entry: Record<string, unknown> }[] = [];
  async record(applicationId: string, at: string, entry: Record<string, unknown>) {
    this.entries.push({ applicationId, at, entry: clone(entry) });
  }
  async list(applicationId: string) {
    return this.entries
      .filter((e) => e.applicationId === applicationId)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(({ at, entry }) => ({ at, entry: clone(entry) }));
  }
}

/** Counts metrics in memory. */
export class MemoryMetrics implements Metrics {
  readonly counts = new Map<string, number>();
  count(name: string, value = 1) {
    this.counts.set(name, (this.counts.get(name) ?? 0) + value);
  }
}
