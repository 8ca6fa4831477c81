import type { DateTime } from 'luxon';
import { toIsoDate } from '../../domain/dates';
import type { Ore } from '../../domain/money';
import { RateTable, type RateTableInput } from './schema';

/** The amount of a rate on one day, with where it comes from. */
export type RateValue = { id: string; amount: Ore; validFrom: string; source: string; confirmed: boolean };

/** Looks up dated rates: the period in force on a day is the last one starting on or before it. */
export class RateBook {
  private readonly tables = new Map<string, RateTable>();

  /** Validates every table at load; throws naming the table and field on a bad entry. */
  constructor(inputs: readonly RateTableInput[]) {
    for (const input of inputs) {
      const result = RateTable.safeParse(input);
      if (!result.success) throw new Error(`rate table ${input.id}: ${result.error.message}`);
      if (this.tables.has(result.data.id)) throw new Error(`rate table ${result.data.id} is defined twice`);
      this.tables.set(result.data.id, result.data);
    }
  }

  has(id: string): boolean {
    return this.tables.has(id);
  }

  /** Every table, for the catalogue command and the caseworker's view. */
  all(): RateTable[] {
    return [...this.tables.values()];
  }

  /** The rate in force on `on`, or undefined when the table has no period that early. */
  at(id: string, on: DateTime): RateValue | undefined {
    const table = this.tables.get(id);
    if (!table) throw new Error(`unknown rate table ${id}`);
    const dayText = toIsoDate(on);
    let found: RateTable['periods'][number] | undefined;
    for (const period of table.periods) {
      if (period.validFrom <= dayText) found = period;
      else break;
    }
    return (
      found && {
        id,
        amount: found.amount,
        validFrom: found.validFrom,
        source: found.source,
        confirmed: found.confirmed,
      }
    );
  }
}
