import type { Ore } from '../../domain/money';
import type { WorkLine } from './context';

/**
 * Limits the open lines' payable to `limit` in total, in order; returns how much was cut.
 * Blocked lines are left alone.
 */
export function capLines(lines: WorkLine[], limit: Ore, rule?: string): Ore {
  let left = Math.max(0, limit);
  let cut = 0;
  for (const line of lines) {
    if (line.blocked) continue;
    const allowed = Math.min(line.payable, left);
    if (allowed < line.payable) {
      cut += line.payable - allowed;
      line.payable = allowed;
      if (rule) line.rule = rule;
    }
    left -= allowed;
  }
  return cut;
}

/** Deducts `amount` from the open lines' payable, in order; returns how much was deducted. */
export function deductFromLines(lines: WorkLine[], amount: Ore, rule: string): Ore {
  let left = Math.max(0, amount);
  for (const line of lines) {
    if (line.blocked || left === 0) continue;
    const taken = Math.min(line.payable, left);
    line.payable -= taken;
    line.rule = rule;
    left -= taken;
  }
  return amount - left;
}

/** Groups lines by the calendar year of their date (lines without a date fall in `fallbackYear`). */
export function byYear(lines: WorkLine[], fallbackYear: string): Map<string, WorkLine[]> {
  const groups = new Map<string, WorkLine[]>();
  for (const line of lines) {
    const year = line.date?.slice(0, 4) ?? fallbackYear;
    groups.set(year, [...(groups.get(year) ?? []), line]);
  }
  return groups;
}
