import type { Application, CaseworkerDecision } from '../app/application';
import type { LinkPurpose } from '../app/ports';
import { WAIT_DAYS } from '../app/waits';
import { addDays, dayText, instantDay } from '../domain/dates';
import { formatMoney, parseDkk } from '../domain/money';
import type { ReasonCode } from '../rules/decision';
import { citation } from '../rules/sources/citation';
import { quantityText, statusLabels } from './labels';

type Words = { da: string; en: string };

/** A reason as the family reads it: why, and where the rule is written. */
export type ReasonWords = { text: Words; source?: Words };

/** The status page's words, built here so the page's script only places them (spec statuses stay as they are). */
export type StatusWords = {
  /** The status as it stands for the family: "Udbetaling sendt" until the payout day has come. */
  state: Words;
  /** What was claimed: each line and the total. */
  claimed: { lines: { text: Words; amount: Words }[]; total: Words };
  /** The outcome so far ("Bevilget 1.500,00 kr.", "Afslået", "Under behandling"), and how it is meant. */
  outcome: {
    kind: 'pending' | 'granted' | 'partly-granted' | 'rejected' | 'failed';
    heading: Words;
    text?: Words;
  };
  reasons: ReasonWords[];
  /** What happens next, and when. */
  next: Words;
  /** When the money arrives (or arrived), once a payout is planned. */
  payout?: Words;
  /** The application's history: each step's day and what happened. */
  timeline: { status: string; day: Words; text: Words }[];
};

/** Ends a sentence with one full stop, also after an amount that ends in "kr.". */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const kr = (ore: number): Words => ({ da: formatMoney('da', ore), en: formatMoney('en', ore) });
const day = (date: string): Words => ({ da: dayText('da', date), en: dayText('en', date) });
const dayOfInstant = (instant: string) =>
  day(/^\d{4}-\d{2}-\d{2}$/.test(instant) ? instant : instantDay(instant));

/** Notes on the timeline (a step without a status of its own) in words. */
const notes: Record<string, Words> = {
  answered: { da: 'Dit svar er modtaget', en: 'Your answer was received' },
  escalated: { da: 'Sendt videre til teamlederen', en: 'Passed on to the team lead' },
  'payout-returned': { da: 'Banken sendte udbetalingen retur', en: 'The bank returned the payout' },
  'payout-corrected': {
    da: 'Udbetalingen er rettet og sendt igen',
    en: 'The payout was corrected and sent again',
  },
  documents: {
    da: 'Afslået: dokumentationen kunne ikke godkendes',
    en: 'Refused: the documentation could not be accepted',
  },
  'no-answer': { da: 'Afslået: intet svar inden fristen', en: 'Refused: no answer in time' },
};

/** Reason codes that explain why the rules refuse all or part of a claim (as the letters give them). */
const refusals: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'not-eligible',
  'not-covered',
  'below-threshold',
  'late-documentation',
  'prior-approval-required',
]);

/** Reason codes that explain why less than claimed is paid: a refusal of a line, a cap, an own payment. */
const reductions: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  ...refusals,
  'amount-capped',
  'own-payment-deducted',
]);

/** The rules' reasons, each with its source in words; `only` keeps those codes. */
function rulesReasons(application: Application, only?: ReadonlySet<ReasonCode>): ReasonWords[] {
  return (application.decision?.reasons ?? [])
    .filter((r) => r.code !== 'rate-applied' && (!only || only.has(r.code)))
    .map((r) => ({
      text: { da: r.da, en: r.en },
      source: { da: `Kilde: ${citation(r.source, 'da')}`, en: `Source: ${citation(r.source, 'en')}` },
    }));
}

/** The caseworker's own words, as the family's letter quotes them. */
const caseworkerSaid = (decision: CaseworkerDecision | undefined): ReasonWords[] =>
  decision?.reason
    ? [
        {
          text: {
            da: `Sagsbehandlerens begrundelse: ${decision.reason}`,
            en: `The caseworker's reasons: ${decision.reason}`,
          },
        },
      ]
    : [];

/** The day an open wait runs out: the answer (or decision) is due by then. */
function dueOf(application: Application, purpose: LinkPurpose): Words {
  const started = application.wait?.purpose === purpose ? application.wait.startedAt : undefined;
  const from = started ?? application.timeline.at(-1)?.at ?? application.submittedAt;
  return day(addDays(instantDay(from), WAIT_DAYS[purpose]));
}

/** Why the application was refused: the documents, a missing answer, or the decision's reasons. */
function refusal(application: Application): { text: Words; reasons: ReasonWords[] } {
  const note = [...application.timeline].reverse().find((e) => e.status === 'rejected')?.note;
  if (note === 'documents' || application.documents?.ok === false) {
    const receipts = application.receipts;
    return {
      text: {
        da: 'Ansøgningen er afslået, fordi dokumentationen ikke kunne godkendes.',
        en: 'The application is refused because the documentation could not be accepted.',
      },
      reasons: (application.documents?.problems ?? []).map((p) => {
        const n = p.receipt ? receipts.indexOf(p.receipt) + 1 : 0;
        return {
          text:
            n > 0 ? { da: `Kvittering ${n}: ${p.da}`, en: `Receipt ${n}: ${p.en}` } : { da: p.da, en: p.en },
        };
      }),
    };
  }
  if (note === 'no-answer')
    return {
      text: {
        da: 'Ansøgningen er afslået, fordi vi ikke fik svar inden fristen.',
        en: 'The application is refused because we did not receive an answer in time.',
      },
      reasons: caseworkerSaid(
        application.review?.action === 'request-information' ? undefined : application.review,
      ),
    };
  const rejecting = [application.secondApproval, application.review].find((d) => d?.action === 'reject');
  return {
    text: { da: 'Ansøgningen er afslået.', en: 'The application is refused.' },
    reasons: [...caseworkerSaid(rejecting), ...rulesReasons(application, refusals)],
  };
}

/** Where the money is: planned for a day, sent to the bank, or on the account since that day. */
function payoutWords(application: Application, today: string): { state?: Words; payout?: Words } {
  const payout = application.payout;
  if (!payout?.dueDate) return {};
  const when = day(payout.dueDate);
  const amount = kr(payout.amountOre);
  if (payout.returned && !payout.returned.correctedAt && !payout.paidAt)
    return {
      payout: {
        da: 'Banken kunne ikke udbetale pengene. Sagsbehandleren retter udbetalingen, og du får besked, når den er sendt igen.',
        en: 'The bank could not pay the money. The caseworker is correcting the payout, and you will hear when it is sent again.',
      },
    };
  if (application.status === 'paid' && payout.dueDate <= today)
    return {
      payout: { da: `${amount.da} blev udbetalt ${when.da}.`, en: `${amount.en} was paid on ${when.en}.` },
    };
  const sent = application.status === 'paid';
  return {
    ...(sent ? { state: { da: 'Udbetaling sendt til banken', en: 'Payment sent to the bank' } } : {}),
    payout: {
      da: `${amount.da} er på din konto ${when.da}${sent ? '; banken har fået udbetalingen' : ''}.`,
      en: `${amount.en} will be in your account on ${when.en}${sent ? '; the bank has the payment' : ''}.`,
    },
  };
}

/**
 * The status page's words for a family: what was claimed, the outcome with the reasons for any
 * refusal or reduction, what happens next and by when, and the day the money arrives. `now` is
 * the system's clock: "Udbetalt" only once the payout day has come.
 */
export function statusWords(application: Application, now: Date): StatusWords {
  const today = instantDay(now.toISOString());
  const decision = application.decision;
  const claimedOre = decision ? parseDkk(decision.claimed) : 0;
  const claimed = {
    lines: (decision?.lines ?? []).map((line) => {
      const date = line.date ? day(line.date) : undefined;
      const count = {
        da: quantityText(line.quantity, line.unit, 'da'),
        en: quantityText(line.quantity, line.unit, 'en'),
      };
      return {
        text: {
          da: [line.description, date?.da, count.da].filter(Boolean).join(' · '),
          en: [line.description, date?.en, count.en].filter(Boolean).join(' · '),
        },
        amount: kr(parseDkk(line.claimed)),
      };
    }),
    total: kr(claimedOre),
  };
  const state = statusLabels[application.status];
  const money = payoutWords(application, today);
  const timeline = application.timeline.map((entry) => ({
    status: entry.status,
    day: dayOfInstant(entry.at),
    text:
      (entry.note ? notes[entry.note] : undefined) ??
      (entry.status === 'paid' && money.state ? money.state : statusLabels[entry.status]),
  }));
  const base = {
    state: money.state ?? state,
    claimed,
    timeline,
    ...(money.payout ? { payout: money.payout } : {}),
  };
  const granted = application.payout?.amountOre ?? application.review?.grantedOre;
  const complaint = {
    da: 'Du får et brev med begrundelsen og klagevejledning på e-mail. Du kan klage inden 4 uger.',
    en: 'You will get a letter with the reasons and how to complain by e-mail. You may complain within 4 weeks.',
  };

  switch (application.status) {
    case 'rejected': {
      const why = refusal(application);
      return {
        ...base,
        outcome: { kind: 'rejected', heading: { da: 'Afslået', en: 'Refused' }, text: why.text },
        reasons: why.reasons,
        next: complaint,
      };
    }
    case 'failed':
      return {
        ...base,
        outcome: {
          kind: 'failed',
          heading: { da: 'Behandlingen er gået i stå', en: 'The processing has stopped' },
          text: {
            da: 'Der skete en fejl hos os. Kommunen er orienteret og følger op; du behøver ikke gøre noget.',
            en: 'Something went wrong on our side. The municipality knows and will follow up; you need not do anything.',
          },
        },
        reasons: [],
        next: { da: 'Kommunen kontakter dig.', en: 'The municipality will contact you.' },
      };
    case 'approved':
    case 'payout-scheduled':
    case 'paid': {
      const amount = kr(granted ?? claimedOre);
      const partly = granted !== undefined && granted < claimedOre;
      return {
        ...base,
        outcome: partly
          ? {
              kind: 'partly-granted',
              heading: { da: `Delvist bevilget: ${amount.da}`, en: `Partly granted: ${amount.en}` },
              text: {
                da: `${stop(`Du søgte om ${claimed.total.da} og får ${amount.da}`)} Begrundelsen for resten står herunder.`,
                en: `${stop(`You applied for ${claimed.total.en} and get ${amount.en}`)} The reasons for the rest are below.`,
              },
            }
          : { kind: 'granted', heading: { da: `Bevilget: ${amount.da}`, en: `Granted: ${amount.en}` } },
        reasons: partly
          ? [...caseworkerSaid(application.review), ...rulesReasons(application, reductions)]
          : [],
        next:
          application.status === 'paid'
            ? { da: 'Sagen er afsluttet.', en: 'The case is closed.' }
            : application.payout
              ? { da: 'Pengene udbetales til din NemKonto.', en: 'The money is paid to your NemKonto.' }
              : { da: 'Kommunen planlægger udbetalingen.', en: 'The municipality is planning the payout.' },
      };
    }
    case 'information-requested': {
      const due = dueOf(application, 'information');
      const question = application.review?.reason;
      return {
        ...base,
        outcome: {
          kind: 'pending',
          heading: { da: 'Vi venter på dit svar', en: 'We are waiting for your answer' },
          ...(question
            ? { text: { da: `Sagsbehandleren spørger: ${question}`, en: `The caseworker asks: ${question}` } }
            : {}),
        },
        reasons: [],
        next: {
          da: `Svar senest ${due.da} via linket i e-mailen fra os. Hører vi ikke fra dig, afgør vi ansøgningen ud fra det, vi ved.`,
          en: `Please answer by ${due.en} through the link in our e-mail. If we do not hear from you, we decide on what we know.`,
        },
      };
    }
    case 'awaiting-receipts': {
      const due = dueOf(application, 'receipts');
      return {
        ...base,
        outcome: {
          kind: 'pending',
          heading: { da: 'Vi mangler dokumentation', en: 'Documentation is missing' },
        },
        reasons: [],
        next: {
          da: `Send kvitteringerne senest ${due.da} via linket i e-mailen fra os.`,
          en: `Please send the receipts by ${due.en} through the link in our e-mail.`,
        },
      };
    }
    default: {
      const purpose = application.status === 'awaiting-second-approval' ? 'second-approval' : 'review';
      const waiting = application.wait?.purpose;
      const due = dueOf(application, waiting === 'escalation' ? 'escalation' : purpose);
      const payable = decision ? kr(parseDkk(decision.payable)) : undefined;
      return {
        ...base,
        outcome: {
          kind: 'pending',
          heading: { da: 'Under behandling', en: 'Being processed' },
          ...(payable
            ? {
                text: {
                  da: `${stop(`Efter reglerne kan der udbetales op til ${payable.da}`)} Sagsbehandleren træffer afgørelsen.`,
                  en: `Under the rules up to ${payable.en} can be paid. The caseworker makes the decision.`,
                },
              }
            : {}),
        },
        reasons: [],
        next: {
          da: `Kommunen behandler ansøgningen; du hører fra os senest ${due.da}.`,
          en: `The municipality is processing the application; you will hear from us by ${due.en}.`,
        },
      };
    }
  }
}
