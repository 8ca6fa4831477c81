import * as z from 'zod';
import { isDanishBic, isDanishIban, type Payer } from '../payouts/payer';

/** One municipality's payer as the deployment gives it; the same schema checks it at synth and at start. */
export const PayerSetting = z
  .object({
    name: z.string().trim().min(1, 'must name the payer').max(140, 'must be at most 140 characters'),
    iban: z
      .string()
      .refine(isDanishIban, 'must be a Danish IBAN: DK, check digits and 14 digits, e.g. DK5000400440116243'),
    bic: z.string().refine(isDanishBic, "must be the BIC of the account's bank, e.g. DABADKKK"),
  })
  .strict();

/** The payers by municipality id (`randers`, `rudersdal`): at least one. */
export const PayersSetting = z
  .record(z.string().regex(/^[a-z][a-z-]*$/, 'must be a municipality id, e.g. randers'), PayerSetting)
  .refine((payers) => Object.keys(payers).length > 0, "must name at least one municipality's payer");

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
  const parsed = PayersSetting.safeParse(json);
  if (parsed.success) return { payers: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message,
    ),
  };
}
