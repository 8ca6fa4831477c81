import { DateTime } from 'luxon';
import { dayText } from '../../domain/dates';
import type { ApprovalRule, ApprovalStandard, TripPurpose, TripPurposeRule } from '../catalogue/schema';
import { type Evaluation, quoteOf, type WorkLine } from './context';

/**
 * The sources' own words for each trip purpose, lower case, as a caseworker reads a description:
 * Randers 000:508-514 ("til og fra aflastningsfamilie", "besluttede behandlingsforløb", "skole ved
 * aflastning", "møder i Myndighedscentret"), Rudersdal 004:8258 and 004:8349-8372 ("hentes og
 * afleveres fra aflastning", "samvær med biologisk familie", "behandlinger på hospital, hos
 * psykolog", "møder med samarbejdspartnerne", "skole, daginstitution, læge, tandlæge, kammerater
 * og fritidsinteresser").
 */
const purposeWords: Record<Exclude<TripPurpose, 'other'>, readonly string[]> = {
  relief: ['aflastning', 'relief'],
  treatment: ['behandling', 'hospital', 'psykolog', 'treatment'],
  school: ['skole', 'school'],
  meeting: ['møde', 'meeting'],
  contact: ['samvær', 'biologisk familie', 'contact visit'],
  daycare: ['daginstitution', 'børnehave', 'vuggestue', 'dagpleje', 'daycare', 'nursery'],
  'doctor-dentist': ['læge', 'doctor', 'dentist'],
  'friends-leisure': ['kammerat', 'fritid', 'venner', 'friend', 'leisure'],
};

/**
 * The purpose a trip states: its `purposeCode`, else the one purpose its description names. Relief
 * is the setting of most trips ("skole ved aflastning"), so it yields to any other purpose named.
 * Undefined when the description names none or several.
 */
export function readPurpose(text: string, code?: TripPurpose): TripPurpose | undefined {
  if (code) return code;
  const lower = text.toLowerCase();
  const named = (Object.keys(purposeWords) as Exclude<TripPurpose, 'other'>[]).filter((purpose) =>
    purposeWords[purpose].some((word) => lower.includes(word)),
  );
  const specific = named.length > 1 ? named.filter((p) => p !== 'relief') : named;
  return specific.length === 1 ? specific[0] : undefined;
}

/** The approval a car seat states: its `approvalStandard`, else what its description names. */
export function readApproval(text: string, code?: ApprovalStandard): ApprovalStandard | undefined {
  if (code) return code;
  const lower = text.toLowerCase();
  if (/ikke godkendt|uden godkendelse|not approved|unapproved/.test(lower)) return 'none';
  if (/i-?size|r\s*129/.test(lower)) return 'i-size';
  const r44 = /r\s*44\s*[/.\-–]?\s*(?:0?([1-4]))\b/.exec(lower);
  if (r44?.[1] === '4') return 'ece-r44-04';
  if (r44?.[1] === '3') return 'ece-r44-03';
  if (r44) return 'ece-r44-older';
  return undefined;
}

const isWeekday = (date: string) => DateTime.fromISO(date, { zone: 'Europe/Copenhagen' }).weekday <= 5;

function refuse(ev: Evaluation, line: WorkLine, blocked: 'excluded' | 'ineligible', rule: string): void {
  line.blocked = blocked;
  line.payable = 0;
  line.rule = ev.ruleId(rule);
}

/** Judges each trip by its purpose: paid, board and lodging, agreed beforehand or by contract, or unclear. */
function applyTripPurposes(ev: Evaluation, lines: WorkLine[], rule: TripPurposeRule): void {
  for (const line of lines) {
    const trip = line.trip;
    if (!trip || line.blocked) continue;
    const purpose = readPurpose(trip.purpose, trip.purposeCode);
    if (!purpose) {
      ev.assess = true;
      ev.note(
        'needs-assessment',
        {
          da: `Formålet med kørslen ${dayText('da', trip.date)} (»${trip.purpose}«) fremgår ikke klart; forslaget betaler den, og sagsbehandleren afgør formålet.`,
          en: `The purpose of the trip on ${dayText('en', trip.date)} (“${trip.purpose}”) is not clear; the suggestion pays it, and the caseworker settles the purpose.`,
        },
        quoteOf(rule.paidSource),
      );
      continue;
    }
    const weekendOnly = rule.weekdaysOnly.includes(purpose) && !isWeekday(trip.date);
    if (rule.paid.includes(purpose) && !weekendOnly) continue;
    if (rule.boardAndLodging.includes(purpose) && rule.boardAndLodgingSource) {
      refuse(ev, line, 'excluded', 'not-covered');
      ev.note(
        'not-covered',
        {
          da: 'Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser dækkes af kost og logi-beløbet.',
          en: 'Driving to school, daycare, doctor, dentist, friends and leisure is covered by the board and lodging allowance.',
        },
        quoteOf(rule.boardAndLodgingSource),
      );
      continue;
    }
    const approval = ev.claim.context?.priorApproval;
    if (rule.otherwise === 'prior-approval' && approval && approval.date <= trip.date) continue;
    ev.assess = true;
    ev.note(
      rule.otherwise === 'prior-approval' ? 'prior-approval-required' : 'needs-assessment',
      rule.otherwise === 'prior-approval'
        ? {
            da: `Anden kørsel end de fire aftalte formål skal altid forinden være aftalt med Myndighedscentret (kørslen ${dayText('da', trip.date)}); sagsbehandleren kontrollerer aftalen.`,
            en: `Driving other than the four agreed purposes must always be agreed with Myndighedscentret beforehand (the trip on ${dayText('en', trip.date)}); the caseworker checks the agreement.`,
          }
        : {
            da: `Om anden kørsel end den nævnte dækkes, fremgår af kontrakten (kørslen ${dayText('da', trip.date)}); sagsbehandleren kontrollerer den.`,
            en: `Whether driving other than that named is covered depends on the contract (the trip on ${dayText('en', trip.date)}); the caseworker checks it.`,
          },
      quoteOf(rule.otherwiseSource),
    );
  }
}

/** Judges each car-seat receipt by its approval: accepted, refused, or unclear and assessed. */
function applyApproval(ev: Evaluation, lines: WorkLine[], rule: ApprovalRule): void {
  for (const line of lines) {
    const expense = line.expense;
    if (!expense || line.blocked) continue;
    const standard = readApproval(expense.description, expense.approvalStandard);
    if (standard && rule.accepted.includes(standard)) continue;
    if (standard) {
      refuse(ev, line, 'ineligible', 'not-eligible');
      ev.note(
        'not-eligible',
        {
          da: `Stolen (${expense.description}) har ikke en godkendelse, som kilden kræver.`,
          en: `The seat (${expense.description}) lacks an approval the source requires.`,
        },
        quoteOf(rule.source),
      );
      continue;
    }
    ev.assess = true;
    ev.note(
      'needs-assessment',
      {
        da: 'Kvitteringen viser ikke stolens godkendelse; forslaget betaler den, og sagsbehandleren kontrollerer godkendelsen.',
        en: "The receipt does not show the seat's approval; the suggestion pays it, and the caseworker checks the approval.",
      },
      quoteOf(rule.source),
    );
  }
}

/** Applies the facts the sources decide by (issue 10, class 3), line by line. */
export function applyFacts(ev: Evaluation, lines: WorkLine[]): void {
  const { tripPurposes, approval } = ev.benefit;
  if (tripPurposes) applyTripPurposes(ev, lines, tripPurposes);
  if (approval) applyApproval(ev, lines, approval);
}
