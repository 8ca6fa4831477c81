import type { DateTime } from 'luxon';
import { parseInstant, toIsoDate } from '../../domain/dates';
import type { Stay } from '../claim';

/**
 * Hotel nights ("hotel-døgn") of a stay: one per overnight, counted as the number of calendar
 * days between arrival and departure in Copenhagen. A started day is not paid, so Friday 14:00
 * to Sunday 20:00 is two nights (Randers: "en overnatning svarer til et døgn").
 * Returns the date each night starts on.
 */
export function hotelNights(stay: Stay): DateTime[] {
  const from = parseInstant(stay.from)?.startOf('day');
  const to = parseInstant(stay.to)?.startOf('day');
  if (!from || !to) return [];
  const nights: DateTime[] = [];
  for (let night = from; night < to; night = night.plus({ days: 1 })) nights.push(night);
  return nights;
}

/** Monthly and yearly night limits, applied in date order and counting nights already granted. */
export class NightLimits {
  private readonly byMonth = new Map<string, number>();
  private readonly byYear = new Map<string, number>();

  constructor(
    private readonly limits: { nightsPerMonth?: number; nightsPerYear?: number },
    granted: Readonly<Record<string, number>> = {},
  ) {
    for (const [month, count] of Object.entries(granted)) {
      this.byMonth.set(month, (this.byMonth.get(month) ?? 0) + count);
      const year = month.slice(0, 4);
      this.byYear.set(year, (this.byYear.get(year) ?? 0) + count);
    }
  }

  /** Takes one night if the limits allow it; false when a limit is reached. */
  take(night: DateTime): boolean {
    const month = toIsoDate(night).slice(0, 7);
    const year = month.slice(0, 4);
    const inMonth = this.byMonth.get(month) ?? 0;
    const inYear = this.byYear.get(year) ?? 0;
    if (this.limits.nightsPerMonth !== undefined && inMonth >= this.limits.nightsPerMonth) return false;
    if (this.limits.nightsPerYear !== undefined && inYear >= this.limits.nightsPerYear) return false;
    this.byMonth.set(month, inMonth + 1);
    this.byYear.set(year, inYear + 1);
    return true;
  }
}
