import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { isDanishBic, isDanishIban, type Payer } from '../payouts/payer';

/** One municipality's payer as the deployment gives it; the same schema checks it at synth and at start. */
export const PayerSetting = z.strictObject({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must name the payer'),
      z.maxLength(140, 'must be at most 140 characters'),
    ),
  iban: z
    .string()
    .check(
      z.refine(
        isDanishIban,
        'must be a Danish IBAN: DK, check digits and 14 digits, e.g. DK5000400440116243',
      ),
    ),
  bic: z.string().check(z.refine(isDanishBic, "must be the BIC of the account's bank, e.g. DABADKKK")),
});

/** The payers by municipality id (`randers`, `rudersdal`): at least one. */
export const PayersSetting = z
  .record(
    z.string().check(z.regex(/^[a-z][a-z-]*$/, 'must be a municipality id, e.g. randers')),
    PayerSetting,
  )
  .check(z.refine((payers) => Object.keys(payers).length > 0, "must name at least one municipality's payer"));

/**
 * The payers checked, with zod's English words for what the messages above do not word (a value
 * of the wrong type, an unknown field): zod/mini carries no words of its own, and whoever reads
 * these problems at synth or at start should read them as the classic API wrote them.
 */
export function safeParsePayers(value: unknown) {
  return z.safeParse(PayersSetting, value, { error: en().localeError });
}

/**
 * The payers from the text of a setting (JSON), or every problem with it, each prefixed with where
 * in the value it sits (`randers.iban must be …`).
 */
export function parsePayers(
  text: string | undefined,
): { payers: Record<string, Payer>; problems?: never } | { problems: string[] } {
  if (text === undefined || text.trim() === '') return { problems: ['is missing'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problems: ['is not JSON: {"randers":{"name":…,"iban":…,"bic":…}}'] };
  }
  const parsed = safeParsePayers(json);
  if (parsed.success) return { payers: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message,
    ),
  };
}
