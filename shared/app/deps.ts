import type { BankingCalendar } from '../domain/banking-days';
import type { PayoutParts } from '../payouts/ports';
import type { Cadence } from '../payouts/schedule';
import type { Catalogue } from '../rules/catalogue';
import type {
  AccessLog,
  ApplicationStore,
  DecisionLinkStore,
  Environment,
  IdempotencyStore,
  Journal,
  LetterChannel,
  LetterRenderer,
  LetterStore,
  Mailer,
  Metrics,
  PayoutLedger,
  ReceiptRegistry,
  ReceiptStore,
  SessionStore,
  WorkflowEngine,
} from './ports';

/** Settings the use cases need, read once from configuration. */
export type Settings = {
  publicBaseUrl: string;
  caseworkerEmail: string;
  teamLeadEmail: string;
  secondApproverEmail: string;
  /** Grants above this many øre need a second approver (four eyes). */
  fourEyesAboveOre: number;
  /** Working days before a waiting reviewer is reminded. */
  reviewReminderWorkingDays: number;
  /** Largest receipt accepted, in bytes. */
  maxReceiptBytes: number;
  /** How often payout runs pay (every banking day unless set): when the family can expect the money. */
  payoutCadence?: Cadence;
};

/** Everything the use cases talk to: ports, the catalogue, the calendar and the settings. */
export type Deps = {
  applications: ApplicationStore;
  links: DecisionLinkStore;
  receipts: ReceiptStore;
  registry: ReceiptRegistry;
  mailer: Mailer;
  workflow: WorkflowEngine;
  ledger: PayoutLedger;
  idempotency: IdempotencyStore;
  journal: Journal;
  /** Signed-in sessions (staff and families). */
  sessions: SessionStore;
  /** Who looked at which case's personal data, and who decided. */
  accessLog: AccessLog;
  metrics: Metrics;
  env: Environment;
  catalogue: Catalogue;
  calendar: BankingCalendar;
  settings: Settings;
  /** Decision letters: typeset as PDF, kept, and delivered to the family. */
  letters: { renderer: LetterRenderer; store: LetterStore; channel: LetterChannel };
  /** Payout runs: batches, the finance bucket and their settings (absent where nothing runs payouts). */
  payouts?: PayoutParts;
};
