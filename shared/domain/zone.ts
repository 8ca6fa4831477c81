import { IANAZone } from 'luxon';

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MAX_REMEMBERED = 100_000;

/**
 * An IANA zone that remembers its offset per quarter hour of UTC. Luxon asks the zone for its
 * offset on every operation, and the platform answers through Intl.DateTimeFormat, which is slow
 * enough to dominate the rules engine. Offsets change only on quarter-hour boundaries, so a
 * remembered offset is exact; luxon and the platform's time-zone data stay the source of truth.
 */
class RememberingZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  override offset(ts: number): number {
    const bucket = Math.floor(ts / QUARTER_HOUR_MS);
    let minutes = this.offsets.get(bucket);
    if (minutes === undefined) {
      if (this.offsets.size >= MAX_REMEMBERED) this.offsets.clear();
      minutes = super.offset(ts);
      this.offsets.set(bucket, minutes);
    }
    return minutes;
  }
}

/** Europe/Copenhagen, the zone of every business date in the product. */
export const copenhagen = new RememberingZone('Europe/Copenhagen');
