/**
 * Sort keys compare as text, so every instant written to or compared with one is first brought to
 * UTC ("2026-03-04T09:15:00.000Z"); an offset such as "+01:00" would otherwise sort wrongly.
 */
export function utcInstant(text: string): string {
  return new Date(epochMillis(text)).toISOString();
}

/** Whole seconds since the epoch, the unit of DynamoDB's TTL attribute. */
export function epochSeconds(text: string): number {
  return Math.floor(epochMillis(text) / 1000);
}

function epochMillis(text: string): number {
  const millis = Date.parse(text);
  if (Number.isNaN(millis)) throw new Error(`not an ISO instant: ${text}`);
  return millis;
}
