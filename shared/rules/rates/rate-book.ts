import type { IsoDateString } from '../../domain/dates';
import type { Ore } from '../../domain/money';
import type { RateTable } from './schema';

/** The amount of a rate on one day, with where it comes from. */
export type RateValue = { id: string; amount: Ore; validFrom: string; source: string; confirmed: boolean };

/** Looks up dated rates: the period in force on a day is the last one starting on or before it. */
export class RateBook {
  private readonly tables = new Map<string, RateTable>();
  private readonly values = new Map<string, (RateValue & { validTo?: string })[]>();

  /**
   * Tables validated before (by `buildCatalogue`, or at build time, see catalogueFromValidated): the
   * schema stays out of the functions' bundles.
   */
  private constructor(tables: readonly RateTable[]) {
    for (const table of tables) this.add(table);
  }

  /** A book of validated tables; throws when an id is defined twice. */
  static fromValidated(tables: readonly RateTable[]): RateBook {
    return new RateBook(tables);
  }

  private add(table: RateTable): void {
    if (this.tables.has(table.id)) throw new Error(`rate table ${table.id} is defined twice`);
    this.tables.set(table.id, table);
    this.values.set(
      table.id,
      table.periods.map((p) => ({
        id: table.id,
        amount: p.amount,
        validFrom: p.validFrom,
        validTo: p.validTo,
        source: p.source,
        confirmed: p.confirmed,
      })),
    );
  }

  has(id: string): boolean {
    return this.tables.has(id);
  }

  /** A table's name as people read it ("Vinterjakke", "Statens laveste kørselstakst"). */
  nameOf(id: string): { da: string; en: string } | undefined {
    return this.tables.get(id)?.name;
  }

  /** Every table, for the catalogue command and the caseworker's view. */
  all(): RateTable[] {
    return [...this.tables.values()];
  }

  /** The rate in force on `on`, or undefined when no period covers that day. */
  at(id: string, on: IsoDateString): RateValue | undefined {
    const values = this.values.get(id);
    if (!values) throw new Error(`unknown rate table ${id}`);
    let found: (RateValue & { validTo?: string }) | undefined;
    for (const value of values) {
      if (value.validFrom <= on) found = value;
      else break;
    }
    if (found?.validTo !== undefined && found.validTo < on) return undefined;
    return found;
  }
}
