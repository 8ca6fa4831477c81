import { addDays, type IsoDateString, instantDay } from '../../domain/dates';
import type { Stay } from '../claim';

/**
 * Hotel nights ("hotel-døgn") of a stay: one per overnight, counted as the number of calendar
 * days between arrival and departure in Copenhagen. A started day is not paid, so Friday 14:00
 * to Sunday 20:00 is two nights (Randers: "en overnatning svarer til et døgn").
 * Returns the day each night starts on.
 */
export function hotelNights(stay: Stay): IsoDateString[] {
  return stayDays(stay).nights;
}

/** A stay's arrival and departure days in Copenhagen and the nights between them. */
export function stayDays(stay: Stay): { from: IsoDateString; to: IsoDateString; nights: IsoDateString[] } {
  const from = instantDay(stay.from);
  const to = instantDay(stay.to);
  const nights: IsoDateString[] = [];
  for (let night = from; night < to; night = addDays(night, 1)) nights.push(night);
  return { from, to, nights };
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
  take(night: IsoDateString): boolean {
    const month = night.slice(0, 7);
    const year = night.slice(0, 4);
    const inMonth = this.byMonth.get(month) ?? 0;
    const inYear = this.byYear.get(year) ?? 0;
    if (this.limits.nightsPerMonth !== undefined && inMonth >= this.limits.nightsPerMonth) return false;
    if (this.limits.nightsPerYear !== undefined && inYear >= this.limits.nightsPerYear) return false;
    this.byMonth.set(month, inMonth + 1);
    this.byYear.set(year, inYear + 1);
    return true;
  }
}
