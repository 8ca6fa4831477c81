import type { IsoDateString } from '../../domain/dates';
import type { Ore } from '../../domain/money';
import { RateTable, type RateTableInput } from './schema';

/** The amount of a rate on one day, with where it comes from. */
export type RateValue = { id: string; amount: Ore; validFrom: string; source: string; confirmed: boolean };

/** Looks up dated rates: the period in force on a day is the last one starting on or before it. */
export class RateBook {
  private readonly tables = new Map<string, RateTable>();
  private readonly values = new Map<string, (RateValue & { validTo?: string })[]>();

  /** Validates every table at load; throws naming the table and field on a bad entry. */
  constructor(inputs: readonly RateTableInput[]) {
    for (const input of inputs) {
      const result = RateTable.safeParse(input);
      if (!result.success) throw new Error(`rate table ${input.id}: ${result.error.message}`);
      this.add(result.data);
    }
  }

  /** Tables validated before (at build time, see catalogueFromValidated): added without parsing again. */
  static fromValidated(tables: readonly RateTable[]): RateBook {
    const book = new RateBook([]);
    for (const table of tables) book.add(table);
    return book;
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
