import { checkCpr } from '../../domain/cpr';
import { isCalendarDate } from '../../domain/dates';
import type { FieldError } from '../../rules/validate';
import { ChildIdentity } from '../application';
import type { CitizenIdentity } from '../identity';

// Who an application is from and about, beyond the claim the rules read: the signed-in family's
// identity in place of what was typed, and the child's name and CPR number.

/** An error naming a field, in Danish and English (the contract's `message` holds both). */
export const bilingual = (path: string, da: string, en: string): FieldError => ({
  path,
  da,
  en,
  message: `${da} / ${en}`,
});

/** What a CPR field that is no CPR number is told. */
export const cprError = (path: string) =>
  bilingual(
    path,
    'skal være et CPR-nummer: 10 cifre, der begynder med en gyldig fødselsdato',
    'must be a CPR number: 10 digits beginning with a valid birth date',
  );

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body as a signed-in family's is read: name and CPR are the identity's (MitID vouched for
 * them), whatever was typed. A typed CPR number that is not theirs is refused rather than silently
 * replaced: it may mean the family applies for someone else, which the identity cannot cover.
 */
export function withIdentity(
  raw: Record<string, unknown>,
  citizen: CitizenIdentity,
): { body: Record<string, unknown>; errors: FieldError[] } {
  const typed = isRecord(raw.applicant) ? raw.applicant : {};
  const errors: FieldError[] = [];
  if (typed.cpr !== undefined) {
    const checked = typeof typed.cpr === 'string' ? checkCpr(typed.cpr) : undefined;
    if (!checked?.valid) errors.push(cprError('applicant.cpr'));
    else if (checked.cpr !== citizen.cpr)
      errors.push(
        bilingual(
          'applicant.cpr',
          'er ikke CPR-nummeret fra dit MitID-login. Du kan kun søge i eget navn, når du er logget ind',
          'is not the CPR number of your MitID sign-in. Signed in, you can apply only in your own name',
        ),
      );
  }
  return { body: { ...raw, applicant: { ...typed, name: citizen.name, cpr: citizen.cpr } }, errors };
}

/**
 * The child's name and CPR number from the body's `child`, checked: the same text rules as the
 * applicant's, and a CPR number must encode the birth date given beside it. A `child` that is no
 * object is left to the claim's own check, which names it.
 */
export function childIdentityOf(raw: Record<string, unknown>): {
  child?: ChildIdentity;
  errors: FieldError[];
} {
  if (!isRecord(raw.child)) return { errors: [] };
  const parsed = ChildIdentity.safeParse(raw.child);
  if (!parsed.success) {
    const paths = [
      ...new Set(parsed.error.issues.map((issue) => `child.${issue.path.map(String).join('.')}`)),
    ];
    return {
      errors: paths.map((path) =>
        path === 'child.cpr'
          ? cprError(path)
          : bilingual(path, 'mangler eller er ugyldig', 'is missing or invalid'),
      ),
    };
  }
  const { name, cpr } = parsed.data;
  const birthDate = raw.child.birthDate;
  const encoded = cpr ? checkCpr(cpr) : undefined;
  if (
    encoded?.valid &&
    typeof birthDate === 'string' &&
    isCalendarDate(birthDate) &&
    encoded.birthDate !== birthDate
  )
    return {
      errors: [
        bilingual(
          'child.cpr',
          'passer ikke med barnets fødselsdato: de første seks cifre er fødselsdatoen',
          "does not match the child's date of birth: the first six digits are the birth date",
        ),
      ],
    };
  if (name === undefined && cpr === undefined) return { errors: [] };
  return {
    child: { ...(name !== undefined ? { name } : {}), ...(cpr !== undefined ? { cpr } : {}) },
    errors: [],
  };
}
