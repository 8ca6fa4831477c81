import type { BankingCalendar } from '../../domain/banking-days';
import { dayText, type IsoDateString } from '../../domain/dates';
import { formatDkkEnglish, formatKroner, type Ore } from '../../domain/money';
import type { Catalogue } from '../catalogue';
import type { Benefit, Source } from '../catalogue/schema';
import type { Claim, Expense, Trip } from '../claim';
import type { Line, Reason, ReasonCode } from '../decision';
import type { RateValue } from '../rates/rate-book';

/** Facts from the system's own records that rules may need (earlier grants for yearly caps). */
export type ClaimHistory = {
  /** Øre already granted for this benefit and child, by calendar year ("2026"). */
  grantedByYear?: Readonly<Record<string, Ore>>;
  /** Relief nights already granted for this child, by month ("2026-02"). */
  nightsByMonth?: Readonly<Record<string, number>>;
};

/** A line plus whether a time rule, an exclusion or a condition on its own date blocked it. */
export type WorkLine = Line & {
  blocked?: 'late' | 'excluded' | 'uncovered' | 'ineligible' | 'below-threshold';
  part?: 'expenses' | 'trips' | 'stays' | 'items';
  /** The unit (seat, damage event) the claim says the line belongs to: `expenses[].unitRef`. */
  unitRef?: string;
  /** The trip or expense the line was built from, for rules that read its facts. */
  trip?: Trip;
  expense?: Expense;
};

/** What one evaluation collects while the rules run: reasons, and whether to assess or reject. */
export class Evaluation {
  readonly reasons: Reason[] = [];
  assess = false;
  reject = false;
  private readonly seen = new Set<unknown>();

  constructor(
    readonly catalogue: Catalogue,
    readonly benefit: Benefit,
    readonly claim: Claim,
    /** The Copenhagen calendar day the claim was received. */
    readonly received: IsoDateString,
    readonly on: IsoDateString,
    readonly calendar: BankingCalendar,
    readonly history: ClaimHistory,
  ) {}

  /** True the first time a key (a value or an object) is given: lets a rule build a reason's text only once. */
  firstTime(key: unknown): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Adds a reason once (same code and text). */
  note(code: ReasonCode, text: { da: string; en: string }, source: string): void {
    if (this.reasons.some((r) => r.code === code && r.en === text.en)) return;
    this.reasons.push({ code, da: text.da, en: text.en, source });
  }

  /** The rate in force on a day; flags an assessment when none is configured that early. */
  rate(id: string, on: IsoDateString): RateValue | undefined {
    const value = this.catalogue.rates.at(id, on);
    if (!value && this.firstTime(`no-rate:${id}`)) {
      this.assess = true;
      this.note(
        'needs-assessment',
        {
          da: `Der er ikke fastsat en sats for ${this.rateName(id).da}, der gælder ${dayText('da', on)}; sagsbehandleren fastsætter beløbet.`,
          en: `No rate for ${this.rateName(id).en} is set for ${dayText('en', on)}; the caseworker sets the amount.`,
        },
        this.benefitSource(),
      );
    }
    if (!value) this.assess = true;
    return value;
  }

  /** A rate table's name inside a sentence: "statens laveste kørselstakst", "vinterjakke". */
  rateName(id: string): { da: string; en: string } {
    const name = this.catalogue.rates.nameOf(id) ?? this.benefit.name;
    return { da: inSentence(name.da), en: inSentence(name.en) };
  }

  /** What an item kind is called: its price's name ("Vinterjakke"), or the kind in plain words. */
  itemName(kind: string, rateId?: string): { da: string; en: string } {
    const name = rateId ? this.catalogue.rates.nameOf(rateId) : undefined;
    const plain = kind.replace(/-/g, ' ');
    return name ?? { da: plain, en: plain };
  }

  /** The benefit's first quote, as "file: \"quote\"". */
  benefitSource(): string {
    const first = this.benefit.sources[0];
    return first ? quoteOf(first) : this.benefit.id;
  }

  ruleId(name: string): string {
    return `${this.benefit.id}/${name}`;
  }
}

/** A name in lower case inside a sentence, unless it starts with an abbreviation ("KL's takst"). */
export const inSentence = (name: string) =>
  /^\p{Lu}\p{Ll}/u.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;

/** A source quote as reasons print it: `file: "quote"`. */
export function quoteOf(source: Source): string {
  return `${source.file}: "${source.quote}"`;
}

/** "1.500,00 kr." for Danish reason texts. */
export const kr = formatKroner;

/** "DKK 1,500.00" for English reason texts. */
export const krEn = formatDkkEnglish;
