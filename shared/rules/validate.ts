import type * as z from 'zod/mini';
import { instantDayOrNull, isCalendarDate } from '../domain/dates';
import type { Catalogue } from './catalogue';
import { Claim, claimBounds } from './claim';

/** One problem with one field, in Danish and English (`message` carries both). */
export type FieldError = { path: string; message: string; da: string; en: string };

export type ClaimCheck = { ok: true; claim: Claim } | { ok: false; errors: FieldError[] };

type Bilingual = { da: string; en: string };

const named: Record<string, Bilingual> = {
  instant: {
    da: 'skal være et tidspunkt med tidszone, fx 2026-03-04T10:15:00+01:00',
    en: 'must be a date-time with offset, e.g. 2026-03-04T10:15:00+01:00',
  },
  'amount-max': {
    da: 'må højst være 1000000.00 kr. pr. linje',
    en: 'must be at most DKK 1000000.00 a line',
  },
  'two-decimals': { da: 'må højst have to decimaler', en: 'must have at most two decimals' },
  'plain-text': {
    da: 'må ikke indeholde kontroltegn, linjeskift eller retningstegn',
    en: 'must not contain control characters, line breaks or bidirectional overrides',
  },
  'stay-order': { da: 'skal ligge efter starttidspunktet', en: 'must be after the start' },
  'kebab-case': {
    da: 'skal være et navn med små bogstaver og bindestreger, fx bedwetting-sheet',
    en: 'must be a lower-case kebab-case name, e.g. bedwetting-sheet',
  },
  'must be a calendar date YYYY-MM-DD': {
    da: 'skal være en gyldig dato ÅÅÅÅ-MM-DD',
    en: 'must be a valid date YYYY-MM-DD',
  },
  'must be an amount in DKK with exactly two decimals, e.g. "1500.00"': {
    da: 'skal være et beløb i kroner, ikke negativt, med præcis to decimaler, fx "1500.00"',
    en: 'must be a non-negative DKK amount with exactly two decimals, e.g. "1500.00"',
  },
};

function describe(issue: z.core.$ZodIssue): Bilingual {
  const byMessage = named[issue.message];
  if (byMessage) return byMessage;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { da: 'mangler', en: 'is required' }
        : {
            da: `har forkert type (forventet ${issue.expected})`,
            en: `has the wrong type (expected ${issue.expected})`,
          };
    case 'invalid_value':
      return {
        da: `skal være en af: ${issue.values.join(', ')}`,
        en: `must be one of: ${issue.values.join(', ')}`,
      };
    case 'too_small':
      return {
        da: `er for lille (mindst ${String(issue.minimum)})`,
        en: `is too small (at least ${String(issue.minimum)})`,
      };
    case 'too_big':
      if (issue.origin === 'array')
        return {
          da: `har for mange linjer (højst ${String(issue.maximum)})`,
          en: `has too many lines (at most ${String(issue.maximum)})`,
        };
      if (issue.origin === 'string')
        return {
          da: `er for lang (højst ${String(issue.maximum)} tegn)`,
          en: `is too long (at most ${String(issue.maximum)} characters)`,
        };
      return {
        da: `er for stor (højst ${String(issue.maximum)})`,
        en: `is too big (at most ${String(issue.maximum)})`,
      };
    case 'unrecognized_keys':
      return {
        da: `ukendte felter: ${issue.keys.join(', ')}`,
        en: `unknown fields: ${issue.keys.join(', ')}`,
      };
    default:
      return { da: 'er ugyldig', en: 'is invalid' };
  }
}

function fieldError(path: string, text: Bilingual): FieldError {
  return { path, message: `${text.da} / ${text.en}`, da: text.da, en: text.en };
}

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((acc, seg) => {
    if (typeof seg === 'number') return `${acc}[${seg}]`;
    return acc ? `${acc}.${String(seg)}` : String(seg);
  }, '');
}

/**
 * Validates a claim against the claim schema and the catalogue: every problem at once, each
 * naming its field. Shape problems and catalogue problems are both reported.
 */
export function validateClaim(input: unknown, catalogue: Catalogue): ClaimCheck {
  const parsed = Claim.safeParse(input, { reportInput: true });
  const errors: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => fieldError(pathOf(issue.path), describe(issue)));
  errors.push(...catalogueErrors(input, catalogue, new Set(errors.map((e) => e.path))));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, claim: parsed.data };
}

type Raw = Record<string, unknown>;

function asRecord(value: unknown): Raw | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
}

const afterReceipt: Bilingual = {
  da: 'ligger efter ansøgningens modtagelse',
  en: 'is after the claim was received',
};
const childFacts = new Set(['weightKg', 'schoolGrade', 'placementStart']);

/** Collects errors for fields the shape check has not already reported. */
class Problems {
  readonly errors: FieldError[] = [];
  constructor(private readonly reported: ReadonlySet<string>) {}

  add(path: string, text: Bilingual): void {
    if (!this.reported.has(path)) this.errors.push(fieldError(path, text));
  }
}

const lineLists = ['expenses', 'trips', 'stays', 'items'] as const;

/** Spec §2: at most 200 lines a claim in all; the list that passes the bound is named. */
function checkTotalLines(raw: Raw, problems: Problems): void {
  let total = 0;
  for (const list of lineLists) {
    const entries = raw[list];
    if (!Array.isArray(entries)) continue;
    if (entries.length > claimBounds.lines) return; // the shape check names that list
    total += entries.length;
    if (total > claimBounds.lines) {
      problems.add(list, {
        da: `giver for mange linjer i alt (højst ${claimBounds.lines} udgifter, kørsler, ophold og poster pr. ansøgning)`,
        en: `makes too many lines in all (at most ${claimBounds.lines} expenses, trips, stays and items a claim)`,
      });
      return;
    }
  }
}

/** A municipality's name for a message ("randers" → "Randers"). */
const townName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** Checks that need the catalogue or several fields together, on whatever parts are well formed. */
function catalogueErrors(input: unknown, catalogue: Catalogue, reported: Set<string>): FieldError[] {
  const raw = asRecord(input);
  if (!raw)
    return reported.size
      ? []
      : [fieldError('', { da: 'skal være et JSON-objekt', en: 'must be a JSON object' })];
  const problems = new Problems(reported);
  const child = asRecord(raw.child);
  const submittedDay = typeof raw.submittedAt === 'string' ? instantDayOrNull(raw.submittedAt) : null;
  const birth =
    typeof child?.birthDate === 'string' && isCalendarDate(child.birthDate) ? child.birthDate : undefined;

  checkTotalLines(raw, problems);
  if (birth && submittedDay && birth > submittedDay) problems.add('child.birthDate', afterReceipt);
  if (typeof child?.placementStart === 'string' && birth && child.placementStart < birth) {
    problems.add('child.placementStart', {
      da: 'ligger før barnets fødsel',
      en: 'is before the child was born',
    });
  }
  if (submittedDay) {
    for (const list of ['expenses', 'trips', 'items'] as const) {
      const entries = raw[list];
      if (!Array.isArray(entries)) continue;
      for (let index = 0; index < entries.length; index++) {
        const date = asRecord(entries[index])?.date;
        if (typeof date === 'string' && date > submittedDay && isCalendarDate(date)) {
          problems.add(`${list}[${index}].date`, afterReceipt);
        }
      }
    }
    // A stay is claimed once it is over, by Copenhagen days (it may end later on the day it is sent).
    const stays = raw.stays;
    if (Array.isArray(stays)) {
      for (let index = 0; index < stays.length; index++) {
        for (const end of ['from', 'to'] as const) {
          const at = asRecord(stays[index])?.[end];
          const day = typeof at === 'string' ? instantDayOrNull(at) : null;
          if (day && day > submittedDay) problems.add(`stays[${index}].${end}`, afterReceipt);
        }
      }
    }
  }

  if (typeof raw.benefit !== 'string' || reported.has('benefit')) return problems.errors;
  const benefit = catalogue.byId.get(raw.benefit);
  if (!benefit) {
    problems.add('benefit', { da: `ukendt ydelse "${raw.benefit}"`, en: `unknown benefit "${raw.benefit}"` });
    return problems.errors;
  }
  if (
    typeof raw.municipality === 'string' &&
    benefit.municipality !== raw.municipality &&
    !reported.has('municipality')
  ) {
    problems.add('benefit', {
      da: `${benefit.name.da} hører til ${townName(benefit.municipality)} Kommune, ikke ${townName(raw.municipality)}`,
      en: `${benefit.name.en} belongs to ${townName(benefit.municipality)} Municipality, not ${townName(raw.municipality)}`,
    });
  }
  for (const need of benefit.needs) {
    const onChild = childFacts.has(need);
    const value = onChild ? child?.[need] : raw[need];
    const present = onChild ? value !== undefined : Array.isArray(value) && value.length > 0;
    if (!present) {
      problems.add(onChild ? `child.${need}` : need, {
        // As any missing field: the form asks for what is missing rather than naming a rule.
        da: 'mangler',
        en: 'is required',
      });
    }
  }
  const kinds = catalogue.itemKinds(benefit);
  if (kinds && Array.isArray(raw.items)) {
    for (let index = 0; index < raw.items.length; index++) {
      const kind = asRecord(raw.items[index])?.kind;
      if (typeof kind === 'string' && !kinds.includes(kind)) {
        problems.add(`items[${index}].kind`, {
          da: `skal være en af: ${kinds.join(', ')}`,
          en: `must be one of: ${kinds.join(', ')}`,
        });
      }
    }
  }
  return problems.errors;
}
