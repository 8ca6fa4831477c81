import { workflowHandlers } from '../../infra/local/handlers';
import { EmailLetterChannel } from '../../shared/adapters/letters/email-letter-channel';
import { type LocalHandlers, LocalWorkflowEngine } from '../../shared/adapters/local/workflow-engine';
import { MemoryLetterStore } from '../../shared/adapters/memory/letter-store';
import {
  MemoryAccessLog,
  MemoryApplicationStore,
  MemoryDecisionLinkStore,
  MemoryIdempotencyStore,
  MemoryJournal,
  MemoryMailer,
  MemoryMetrics,
  MemoryPayoutLedger,
  MemoryReceiptRegistry,
  MemoryReceiptStore,
  MemorySessionStore,
} from '../../shared/adapters/memory/stores';
import { PdfLetterRenderer, SOURCE_LETTER_FONT_DIR } from '../../shared/adapters/pdf/letter-pdf';
import type { Deps, Settings } from '../../shared/app/deps';
import { submitApplication } from '../../shared/app/use-cases/submit-application';
import { BankingCalendar } from '../../shared/domain/banking-days';
import { loadCatalogue } from '../../shared/rules/catalogue';
import { synthesizeDefinition } from '../../workflows/definition';
import { recordMailer } from '../support/readable-record';

/** The definition `cdk synth` produces, synthesized once per test file. */
export const definition = synthesizeDefinition();

export const settings: Settings = {
  publicBaseUrl: 'http://127.0.0.1:3000',
  caseworkerEmail: 'sagsbehandler@kommune.test',
  teamLeadEmail: 'teamleder@kommune.test',
  secondApproverEmail: 'godkender@kommune.test',
  fourEyesAboveOre: 1_000_000,
  reviewReminderWorkingDays: 3,
  maxReceiptBytes: 10 * 1024 * 1024,
};

/** A clock that tests move by hand, and ids that are predictable and URL-safe. */
export class TestEnvironment {
  private counter = 0;
  constructor(public current = new Date('2026-03-04T09:15:00Z')) {}
  now() {
    return new Date(this.current);
  }
  randomId() {
    this.counter++;
    return `id${String(this.counter).padStart(22, '0')}`;
  }
}

/** The memory stores, the local engine over the synthesized definition and the real handlers. */
export function harness(
  overrides: Partial<Settings> = {},
  wrap: (handlers: LocalHandlers) => LocalHandlers = (h) => h,
) {
  const env = new TestEnvironment();
  const stores = {
    applications: new MemoryApplicationStore(),
    links: new MemoryDecisionLinkStore(),
    receipts: new MemoryReceiptStore(),
    registry: new MemoryReceiptRegistry(),
    mailer: new MemoryMailer(),
    ledger: new MemoryPayoutLedger(),
    idempotency: new MemoryIdempotencyStore(),
    journal: new MemoryJournal(),
    sessions: new MemorySessionStore(),
    accessLog: new MemoryAccessLog(),
    metrics: new MemoryMetrics(),
    letterStore: new MemoryLetterStore(),
  };
  const { letterStore, ...ports } = stores;
  // Every e-mail a test sends is scanned for internal codes when the file ends.
  recordMailer(stores.mailer);
  const deps: Deps = {
    ...ports,
    letters: {
      renderer: new PdfLetterRenderer(SOURCE_LETTER_FONT_DIR),
      store: letterStore,
      channel: new EmailLetterChannel(stores.mailer),
    },
    workflow: undefined as unknown as Deps['workflow'],
    env,
    catalogue: loadCatalogue(),
    calendar: new BankingCalendar(),
    settings: { ...settings, ...overrides },
  };
  const handlers = wrap(workflowHandlers(deps));
  const engine = new LocalWorkflowEngine(definition as never, handlers, { retryIntervalMs: 0 });
  deps.workflow = engine;
  return { deps, engine, env, ...stores };
}

/** A one-page PDF's first bytes: enough for the document check to recognise a PDF. */
export const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);

/**
 * A Randers car seat claimed at 1799.00 (the rules pay 1500.00) through the use case, with one
 * uploaded receipt: `receipt`'s bytes, or a PDF of its own (so receipts never count as reused).
 */
export async function submitCarSeat(
  h: ReturnType<typeof harness>,
  overrides: Record<string, unknown> = {},
  receipt?: Uint8Array,
): Promise<string> {
  const uploadId = h.env.randomId();
  h.receipts.objects.set(`uploads/${uploadId}`, {
    bytes: receipt ?? pdf(uploadId),
    contentType: 'application/pdf',
  });
  const result = await submitApplication(
    h.deps,
    {
      municipality: 'randers',
      benefit: 'ran-car-seat',
      applicant: {
        role: 'relief-family',
        name: 'Mette Jensen',
        email: 'mette@example.test',
        cpr: '0101801234',
      },
      child: { birthDate: '2019-05-01' },
      expenses: [
        { date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' },
      ],
      receipts: [uploadId],
      ...overrides,
    },
    `key-${uploadId}`,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.code === 'invalid' ? result.errors : result.code));
  return result.id;
}
