import { monthText } from '../../domain/dates';
import type { Per } from '../catalogue/schema';
import type { Evaluation, WorkLine } from './context';

/** One unit a cap, threshold or own payment applies to: a seat, a damage event, a month, a year. */
export type UnitGroup = { key: string; label: { da: string; en: string }; lines: WorkLine[] };

const perNames: Record<Per, { da: string; en: string }> = {
  claim: { da: 'pr. ansøgning', en: 'a claim' },
  item: { da: 'pr. stk.', en: 'each' },
  event: { da: 'pr. hændelse', en: 'per event' },
  month: { da: 'pr. måned', en: 'a month' },
  year: { da: 'om året', en: 'a year' },
};

/** "pr. stk." / "each": how a reason names the unit of a cap. */
export const perName = (per: Per) => perNames[per];

/**
 * Groups the lines by the unit the source names (issue 10, class 1). Items and damage events are
 * told apart by `expenses[].unitRef` (receipts of one seat share it); a receipt without one is its
 * own unit. Months and years are the calendar month or year of the line's own date.
 */
export function unitGroups(ev: Evaluation, lines: WorkLine[], per: Per): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const fallback = ev.on;
  lines.forEach((line, index) => {
    let key: string;
    let label: { da: string; en: string };
    if (per === 'claim') {
      key = '';
      label = { da: '', en: '' };
    } else if (per === 'month') {
      key = (line.date ?? fallback).slice(0, 7);
      label = { da: monthText('da', key), en: monthText('en', key) };
    } else if (per === 'year') {
      key = (line.date ?? fallback).slice(0, 4);
      label = { da: key, en: key };
    } else {
      // A unit is named by its first line as the family wrote it, never by the claim's own key.
      key = line.unitRef ?? `#${index + 1}`;
      label = { da: `${line.description}, linje ${index + 1}`, en: `${line.description}, line ${index + 1}` };
    }
    const group = groups.get(key) ?? { key, label, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * True when a per-item or per-event rule meets several receipts that do not say which unit they
 * belong to: each receipt is then taken as its own unit (the favourable reading) and assessed.
 */
export function noteUnclearUnits(ev: Evaluation, lines: WorkLine[], per: Per): void {
  if (per !== 'item' && per !== 'event') return;
  const open = lines.filter((line) => !line.blocked);
  if (open.length < 2 || open.every((line) => line.unitRef)) return;
  ev.assess = true;
  ev.note(
    'needs-assessment',
    {
      da: `Ansøgningen har flere kvitteringer uden angivelse af, hvilken ${per === 'item' ? 'ting' : 'hændelse'} de hører til; hver er regnet som sin egen, og sagsbehandleren kontrollerer det.`,
      en: `The claim has several receipts that do not say which ${per === 'item' ? 'item' : 'event'} they belong to; each is taken as its own, and the caseworker checks it.`,
    },
    ev.benefitSource(),
  );
}

/** Ends a sentence with one full stop, also after an amount that ends in "kr.". */
export const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
