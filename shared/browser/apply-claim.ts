// The application form's fields as the claim the API reads: amounts and numbers as people type
// them (shared/domain/typed-amount, the same reading the staff's forms get on the server), a
// stay's times as Copenhagen time, rows left empty left out.
import { plainNumber, typedDkk } from '../domain/typed-amount';

/** One field's value in the claim: a string, or a number for counts and distances. */
type Value = string | number;

/** A part of the claim: its fields by name. */
export type Fields = Record<string, Value>;

/** The claim as POST /api/applications reads it, and the rows each list sent. */
export type Claim = {
  body: {
    municipality?: string;
    benefit?: string;
    applicant: Fields;
    child: Fields;
    receipts: string[];
  } & Record<string, unknown>;
  rows: Record<string, HTMLElement[]>;
};

// A stay's "2026-11-06T14:00" is Copenhagen time, whatever time zone the phone is set to.
const copenhagenParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-11-06T14:00" in Copenhagen as an instant ("2026-11-06T13:00:00.000Z"); anything else as typed. */
export function copenhagenInstant(local: string): string {
  const asUtc = new Date(`${local}Z`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local) || Number.isNaN(asUtc.getTime())) return local;
  const parts = copenhagenParts.formatToParts(asUtc);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  // Copenhagen is `shown - asUtc` ahead of UTC at that moment: the local time is that much earlier in UTC.
  return new Date(asUtc.getTime() - (shown - asUtc.getTime())).toISOString();
}

/** A control's value as the claim carries it (by its `data-type`); undefined when nothing is typed. */
function convert(input: HTMLInputElement | HTMLSelectElement): Value | undefined {
  const v = input.value.trim();
  if (v === '') return undefined;
  switch (input.dataset.type) {
    case 'dkk':
      return typedDkk(v);
    case 'number': {
      const plain = plainNumber(v);
      return plain === undefined ? v : Number(plain);
    }
    case 'int': {
      const n = Number(v);
      return Number.isInteger(n) ? n : v;
    }
    case 'instant':
      return copenhagenInstant(v);
    default:
      return v;
  }
}

/** The filled-in fields under `root`, by their `data-field` names. */
function fieldsOf(root: Element | null): Fields {
  const out: Fields = {};
  for (const input of root?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]') ?? []) {
    const value = convert(input);
    if (value !== undefined && input.dataset.field) out[input.dataset.field] = value;
  }
  return out;
}

/** The claim the form holds now, with the receipts uploaded for it. */
export function claimOf(form: HTMLFormElement, receipts: string[]): Claim {
  const body: Claim['body'] = {
    municipality: form.dataset.municipality,
    benefit: form.dataset.benefit,
    applicant: fieldsOf(form.querySelector('[data-applicant]')),
    child: fieldsOf(form.querySelector('[data-child]')),
    receipts: [...receipts],
  };
  const rows: Claim['rows'] = {};
  for (const list of form.querySelectorAll<HTMLElement>('[data-list]')) {
    const name = list.dataset.list ?? '';
    const filled = [...list.querySelectorAll<HTMLElement>('[data-row]')]
      .map((row) => ({ row, fields: fieldsOf(row) }))
      .filter(({ fields }) => Object.keys(fields).length > 0);
    body[name] = filled.map(({ fields }) => fields);
    rows[name] = filled.map(({ row }) => row);
  }
  return { body, rows };
}
