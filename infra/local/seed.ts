import { DateTime } from 'luxon';
import type { LocalWorkflowEngine } from '../../shared/adapters/local/workflow-engine';
import type { Deps } from '../../shared/app/deps';
import { receiptKey } from '../../shared/app/receipt-files';
import { recordDecision } from '../../shared/app/use-cases/record-decision';
import { submitApplication } from '../../shared/app/use-cases/submit-application';
import { ZONE } from '../../shared/domain/dates';
import { STATE } from '../../workflows/application-workflow';

/** Puts a receipt's bytes where an upload would have put them. */
export type PutReceipt = (key: string, bytes: Uint8Array, contentType: string) => Promise<void>;

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);

/** Made-up families: the CPR numbers are fictitious and only shaped like real ones. */
const families = {
  jensen: {
    role: 'relief-family',
    name: 'Mette Jensen',
    email: 'mette.jensen@example.test',
    cpr: '120382-0000',
  },
  hansen: {
    role: 'relief-family',
    name: 'Lars Hansen',
    email: 'lars.hansen@example.test',
    cpr: '050475-0000',
  },
  nielsen: {
    role: 'foster-family',
    name: 'Sofie Nielsen',
    email: 'sofie.nielsen@example.test',
    cpr: '230990-0000',
  },
  larsen: { role: 'parent', name: 'Ahmed Larsen', email: 'ahmed.larsen@example.test', cpr: '171185-0000' },
} as const;

type Seed = { family: keyof typeof families; claim: Record<string, unknown>; receipt?: string };

/**
 * The demo's dates, relative to the clock: `daysAgo(n)` is n Copenhagen days before today, but never
 * before 1 January (last year's documentation is late after 5 January in Randers), and `yearsAgo`
 * gives a birth date. The seed so works, and passes the same rules as a family's claim, on any day.
 */
function calendarOf(now: Date) {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
  const iso = (d: DateTime) => d.toISODate() ?? '';
  return {
    daysAgo: (n: number) => iso(DateTime.max(today.minus({ days: n }), today.startOf('year'))),
    yearsAgo: (years: number, days = 0) => iso(today.minus({ years, days })),
  };
}

/** The demo's applications, their dates built from today. */
function seedsAt(now: Date): Record<string, Seed> {
  const { daysAgo, yearsAgo } = calendarOf(now);
  return {
    carSeat: {
      family: 'jensen',
      claim: {
        municipality: 'randers',
        benefit: 'ran-car-seat',
        child: { birthDate: yearsAgo(4, 40) },
        expenses: [{ date: daysAgo(21), amount: '1799.00', description: 'Autostol, i-Size' }],
      },
      receipt: 'autostol',
    },
    mileage: {
      family: 'hansen',
      claim: {
        municipality: 'randers',
        benefit: 'ran-mileage',
        child: { birthDate: yearsAgo(10, 120) },
        trips: [
          { date: daysAgo(4), km: 34.5, purpose: 'Hente barnet til aflastning' },
          { date: daysAgo(2), km: 34.5, purpose: 'Aflevere barnet efter aflastning' },
        ],
      },
    },
    computer: {
      family: 'nielsen',
      claim: {
        municipality: 'rudersdal',
        benefit: 'rud-computer',
        child: { birthDate: yearsAgo(12, 200), schoolGrade: 6 },
        expenses: [{ date: daysAgo(14), amount: '4999.00', description: 'Bærbar computer' }],
      },
      receipt: 'computer',
    },
    campSchool: {
      family: 'larsen',
      claim: {
        municipality: 'rudersdal',
        benefit: 'rud-s41-camp-school',
        child: { birthDate: yearsAgo(11, 170) },
        expenses: [{ date: daysAgo(30), amount: '3800.00', description: 'Lejrskole på Bornholm' }],
      },
      receipt: 'lejrskole',
    },
    helmet: {
      family: 'nielsen',
      claim: {
        municipality: 'rudersdal',
        benefit: 'rud-bike-helmet',
        child: { birthDate: yearsAgo(8, 100), placementStart: daysAgo(40) },
        expenses: [{ date: daysAgo(30), amount: '549.00', description: 'Cykelhjelm' }],
      },
      // Not a PDF or an image, whatever its name says: the document check refuses it.
      receipt: '<html>kvittering</html>',
    },
  };
}

/**
 * A realistic first start: a few families with applications in different states (in review,
 * information requested, rejected, a receipt the document check refused asked for again, payout scheduled).
 */
export async function seed(deps: Deps, engine: LocalWorkflowEngine, putReceipt: PutReceipt): Promise<number> {
  const ids: Record<string, string> = {};
  for (const [name, s] of Object.entries(seedsAt(deps.env.now()))) {
    const receipts: string[] = [];
    if (s.receipt) {
      const uploadId = deps.env.randomId();
      const bytes = s.receipt.startsWith('<') ? new TextEncoder().encode(s.receipt) : pdf(s.receipt);
      await putReceipt(receiptKey(uploadId), bytes, 'application/pdf');
      receipts.push(uploadId);
    }
    const reviewing = engine.whenWaiting(STATE.review);
    const result = await submitApplication(
      deps,
      { ...s.claim, applicant: families[s.family], receipts },
      `seed-${name}`,
    );
    if (!result.ok)
      throw new Error(
        `seed ${name}: ${result.code === 'invalid' ? result.errors.map((e) => e.path).join(', ') : result.code}`,
      );
    ids[name] = result.id;
    await reviewing;
  }
  const decide = async (
    id: string | undefined,
    form: { action: string; amount?: string; reason?: string },
  ) => {
    const link = [...(await deps.links.listOpen('review', '9999-12-31T00:00:00.000Z', 100))].find(
      (l) => l.applicationId === id,
    );
    if (!link) throw new Error(`seed: no open review link for ${id}`);
    const result = await recordDecision(deps, link.id, { ...form, formToken: link.formToken });
    // A seeded decision the rules refuse would leave the demo data silently in the wrong state.
    if (!result.ok) throw new Error(`seed: decision refused: ${result.code}`);
  };
  // The computer: 6th grade, refused. The camp school: the caseworker asks a question.
  await decide(ids.computer, { action: 'reject', reason: 'Tilskud til computer gives fra 7. klasse.' });
  const asked = engine.whenWaiting(STATE.askInformation, ids.campSchool);
  await decide(ids.campSchool, {
    action: 'request-information',
    reason: 'Er lejrskolen i Danmark, og hvad koster den i alt?',
  });
  await asked;
  // The helmet's receipt is no PDF: the document check refuses it and the family is asked for a new one.
  const refused = engine.whenWaiting(STATE.waitForReceipts, ids.helmet);
  await decide(ids.helmet, { action: 'approve' });
  await refused;
  // Mileage: approved and waiting for the payout run. The car seat waits for the caseworker.
  const scheduled = engine.whenWaiting(STATE.schedulePayout, ids.mileage);
  await decide(ids.mileage, { action: 'approve' });
  await scheduled;
  return Object.keys(ids).length;
}
