import { z } from 'zod';
import { isCalendarDate } from '../../domain/dates';
import { type FieldError, validateClaim } from '../../rules/validate';
import { Applicant, type Application } from '../application';
import type { Deps } from '../deps';
import { UPLOAD_ID } from './check-documents';
import { hashSecret } from './common';

/** POST /api/applications body: a claim without `submittedAt`, the applicant's identity and receipt upload ids. */
const Submission = z
  .object({
    applicant: Applicant,
    receipts: z.array(z.string().regex(UPLOAD_ID)).max(50).default([]),
  })
  .passthrough();

export type Submitted =
  | { ok: true; id: string; status: Application['status']; statusToken?: string; repeated: boolean }
  | { ok: false; errors: FieldError[] };

const bilingual = (path: string, da: string, en: string): FieldError => ({
  path,
  da,
  en,
  message: `${da} / ${en}`,
});

/**
 * Receives a family's application: validates everything at once, stores it, then starts its
 * workflow with the application id only. The same idempotency key returns the same application.
 */
export async function submitApplication(
  deps: Deps,
  body: unknown,
  idempotencyKey: string | undefined,
): Promise<Submitted> {
  const now = deps.env.now();
  const errors: FieldError[] = [];
  if (!idempotencyKey || !/^[\x21-\x7e]{8,128}$/.test(idempotencyKey)) {
    errors.push(
      bilingual(
        'Idempotency-Key',
        'header mangler eller er ugyldig (8-128 tegn)',
        'header is missing or invalid (8-128 characters)',
      ),
    );
  }
  const submission = Submission.safeParse(body);
  if (!submission.success) {
    for (const issue of submission.error.issues) {
      const path = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      errors.push(bilingual(path, 'mangler eller er ugyldig', 'is missing or invalid'));
    }
  }
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { applicant, receipts: _receipts, submittedAt: _ignored, ...claimFields } = raw;
  const role = (applicant as { role?: unknown } | undefined)?.role;
  const claimInput = { ...claimFields, applicant: { role }, submittedAt: now.toISOString() };
  const check = validateClaim(claimInput, deps.catalogue);
  if (!check.ok) errors.push(...check.errors.filter((e) => !errors.some((x) => x.path === e.path)));
  if (errors.length > 0 || !submission.success || !check.ok) return { ok: false, errors };

  const id = deps.env.randomId();
  const statusToken = deps.env.randomId();
  // The first request's id and status token are kept with the key (7 days), so a family whose
  // connection broke gets the same application and token back when the form retries.
  const existing = await deps.idempotency.reserve(
    `application#${idempotencyKey}`,
    JSON.stringify({ id, statusToken }),
    new Date(now.getTime() + 7 * 86_400_000).toISOString(),
  );
  if (existing) {
    const first = JSON.parse(existing) as { id: string; statusToken: string };
    const stored = await deps.applications.get(first.id);
    return {
      ok: true,
      id: first.id,
      status: stored?.status ?? 'submitted',
      statusToken: first.statusToken,
      repeated: true,
    };
  }
  const application: Application = {
    id,
    municipality: check.claim.municipality,
    benefit: check.claim.benefit,
    submittedAt: claimInput.submittedAt,
    claim: { ...claimFields, applicant: { role }, submittedAt: claimInput.submittedAt },
    applicant: submission.data.applicant,
    receipts: submission.data.receipts,
    status: 'submitted',
    statusTokenHash: hashSecret(statusToken),
    timeline: [{ at: claimInput.submittedAt, status: 'submitted' }],
    version: 1,
  };
  await deps.applications.create(application);
  await deps.workflow.start(id);
  return { ok: true, id, status: 'submitted', statusToken, repeated: false };
}

/** True when a date string in a submission is a real calendar day (used by the pages' live checks). */
export const isDay = isCalendarDate;
