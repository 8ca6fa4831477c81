import { addMonths, dayText, startOfMonth } from '../../domain/dates';
import type { Source } from '../catalogue/schema';
import { type Evaluation, quoteOf, type WorkLine } from './context';

/** The source quotes behind each time rule (rules-catalogue §2). */
export const deadlineSources = {
  monthly: { file: '000_c74158a5613874a4.txt', line: 491, quote: 'nest d. 5. i hver måned.' },
  everySecondMonth: { file: '000_c74158a5613874a4.txt', line: 502, quote: 'berettes hver 2. måned og se-' },
  yearEnd: {
    file: '000_c74158a5613874a4.txt',
    line: 434,
    quote: 'have modtaget dokumentation for det foregående år senest d. 5. ja-',
  },
  payout: {
    file: '000_c74158a5613874a4.txt',
    line: 430,
    quote:
      'Alle supplerende ydelser udbetales som hovedregel senest i måneden efter Myndighedscentret har modta-',
  },
  enrolment: {
    file: '004_2ef01a3e92adb0b8.txt',
    line: 8498,
    quote: 'Etableringen skal være afregnet seneste 3 måneder efter',
  },
} as const satisfies Record<string, Source>;

function late(ev: Evaluation, line: WorkLine, text: { da: string; en: string }, source: Source): void {
  line.blocked = 'late';
  line.payable = 0;
  line.rule = ev.ruleId('late');
  ev.note('late-documentation', text, quoteOf(source));
}

/**
 * Applies the benefit's time rules to each line, judged from the moment the claim was received.
 * Late lines are kept with nothing payable; a missing prior application asks for an assessment.
 */
export function applyDeadlines(ev: Evaluation, lines: WorkLine[]): void {
  const received = ev.received;
  for (const deadline of ev.benefit.deadlines) {
    if (deadline.kind === 'randers-reporting') {
      for (const line of lines) {
        if (line.unit !== 'km' || !line.date || line.blocked) continue;
        const due = `${addMonths(startOfMonth(line.date), 2).slice(0, 8)}05`;
        if (received > due) {
          late(
            ev,
            line,
            {
              da: `Kørslen ${dayText('da', line.date)} skulle være indberettet senest ${dayText('da', due)} (mindst hver 2. måned, senest den 5.).`,
              en: `The trip on ${dayText('en', line.date)} had to be reported by ${dayText('en', due)} (at least every second month, by the 5th).`,
            },
            deadlineSources.everySecondMonth,
          );
        }
      }
    } else if (deadline.kind === 'year-end') {
      for (const line of lines) {
        if (!line.date || line.blocked) continue;
        const due = `${Number(line.date.slice(0, 4)) + 1}-01-${String(deadline.day).padStart(2, '0')}`;
        if (received > due) {
          late(
            ev,
            line,
            {
              da: `Dokumentation for ${line.date.slice(0, 4)} skulle være modtaget senest ${dayText('da', due)}.`,
              en: `Documentation for ${line.date.slice(0, 4)} had to arrive by ${dayText('en', due)}.`,
            },
            deadlineSources.yearEnd,
          );
        }
      }
    } else if (deadline.kind === 'months-after-placement') {
      const start = ev.claim.child.placementStart;
      if (!start) continue;
      const due = addMonths(start, deadline.months);
      if (received <= due) continue;
      for (const line of lines) {
        if (line.blocked) continue;
        late(
          ev,
          line,
          {
            da: `Udgifter ved indskrivning skal være afregnet senest ${deadline.months} måneder efter indskrivningen, det vil sige ${dayText('da', due)}.`,
            en: `Enrolment expenses must be settled within ${deadline.months} months of the placement, that is by ${dayText('en', due)}.`,
          },
          deadlineSources.enrolment,
        );
      }
    } else {
      const approval = ev.claim.context?.priorApproval;
      const firstDate = lines
        .map((l) => l.date)
        .filter((d): d is string => !!d)
        .sort()[0];
      if (approval && (!firstDate || approval.date <= firstDate)) continue;
      ev.assess = true;
      ev.note(
        'prior-approval-required',
        {
          da: 'Ydelsen skal aftales eller søges, før udgiften afholdes; sagsbehandleren kontrollerer, at det er sket.',
          en: 'The benefit must be agreed or applied for before the expense; the caseworker checks that it was.',
        },
        ev.benefitSource(),
      );
    }
  }
}

/** Refuses lines whose description names an item the sources exclude (rules-catalogue §1.7). */
export function applyExclusions(ev: Evaluation, lines: WorkLine[]): void {
  const { rules, anyKeyword } = ev.catalogue.exclusionsFor(ev.benefit);
  if (!anyKeyword) return;
  for (const line of lines) {
    if ((line.blocked && line.blocked !== 'uncovered') || !anyKeyword.test(line.description)) continue;
    const text = line.description.toLowerCase();
    const hit = rules.find((x) => x.keywords.some((k) => text.includes(k)));
    if (!hit) continue;
    line.blocked = 'excluded';
    line.payable = 0;
    line.rule = ev.ruleId('not-covered');
    const source = hit.sources[0];
    ev.note('not-covered', hit.reason, source ? quoteOf(source) : ev.benefitSource());
  }
}
