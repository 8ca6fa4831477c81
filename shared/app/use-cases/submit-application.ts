import { createHmac } from 'node:crypto';
import * as z from 'zod/mini';
import { caseRef } from '../../domain/case-ref';
import { isCalendarDate } from '../../domain/dates';
import { formatDkk } from '../../domain/money';
import type { Claim } from '../../rules/claim';
import { type FieldError, validateClaim } from '../../rules/validate';
import { Applicant, type Application } from '../application';
import type { Deps } from '../deps';
import type { CitizenIdentity } from '../identity';
import { linkMail } from '../letters';
import type { Mail } from '../ports';
import { retainReceipts, UPLOAD_ID } from '../receipt-files';
import { hashSecret } from '../secret-hash';
import { type ReceiptProblem, receiptIdProblems, takenProblem } from './receipt-ids';
import { bilingual, childIdentityOf, cprError, withIdentity } from './submitted-identity';

/**
 * POST /api/applications body: a claim without `submittedAt`, the applicant's identity and receipt
 * upload ids; `child` may also carry the child's name and CPR number (read by `childIdentityOf`).
 */
const Submission = z.looseObject({
  applicant: Applicant,
  receipts: z._default(z.array(z.string().check(z.regex(UPLOAD_ID))).check(z.maxLength(50)), []),
});

/** The ports and settings receiving an application needs. */
type SubmitDeps = Pick<
  Deps,
  'applications' | 'receipts' | 'mailer' | 'metrics' | 'workflow' | 'catalogue' | 'settings' | 'env'
>;

export type Submitted =
  | { ok: true; id: string; status: Application['status']; statusToken?: string; repeated: boolean }
  | { ok: false; code: 'invalid'; errors: FieldError[] }
  /** The Idempotency-Key is held by an application with another body. */
  | { ok: false; code: 'key-reused' };

/**
 * Receives a family's application: validates everything at once, stores it, then starts its
 * workflow with the application id only. The same idempotency key returns the same application.
 * A family signed in with MitID (`citizen`) applies under the identity's name and CPR number.
 */
export async function submitApplication(
  deps: SubmitDeps,
  body: unknown,
  idempotencyKey: string | undefined,
  citizen?: CitizenIdentity,
): Promise<Submitted> {
  const now = deps.env.now();
  const errors: FieldError[] = [];
  const sent = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const signedIn = citizen ? withIdentity(sent, citizen) : undefined;
  const raw = signedIn?.body ?? sent;
  if (!idempotencyKey || !/^[\x21-\x7e]{8,128}$/.test(idempotencyKey)) {
    errors.push(
      bilingual(
        'Idempotency-Key',
        'header mangler eller er ugyldig (8-128 tegn)',
        'header is missing or invalid (8-128 characters)',
      ),
    );
  }
  errors.push(...(signedIn?.errors ?? []));
  const submission = Submission.safeParse(signedIn ? raw : body);
  if (!submission.success) {
    for (const issue of submission.error.issues) {
      const path = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      errors.push(
        path === 'applicant.cpr'
          ? cprError(path)
          : bilingual(path, 'mangler eller er ugyldig', 'is missing or invalid'),
      );
    }
  }
  const child = childIdentityOf(raw);
  errors.push(...child.errors);
  const { applicant, receipts: _receipts, submittedAt: _ignored, ...claimFields } = raw;
  const role = (applicant as { role?: unknown } | undefined)?.role;
  const claimInput = { ...claimFields, applicant: { role }, submittedAt: now.toISOString() };
  const check = validateClaim(claimInput, deps.catalogue);
  if (!check.ok) errors.push(...check.errors.filter((e) => !errors.some((x) => x.path === e.path)));
  if (errors.length > 0 || !submission.success || !check.ok) return { ok: false, code: 'invalid', errors };
  // Every receipt must be in the bucket now, not found missing by the document check days later.
  const receiptProblems = await receiptIdProblems(deps, submission.data.receipts);
  const problems = receiptProblems === 'too-many' ? [] : receiptProblems;
  if (problems.length > 0) return { ok: false, code: 'invalid', errors: problems.map(receiptError) };

  const id = deps.env.randomId();
  // Neither the key nor the status token is stored: the key is kept as its hash, and the token is
  // derived from the key and the body (which only the sender has) with the id, so a family whose
  // connection broke gets the same token back when the form retries, and only its hash is kept.
  const keyHash = hashSecret(`application#${idempotencyKey}`);
  // Signed in, the identity is part of what was sent: another family's same body under the same
  // key is another application (422), never this one's id and status token.
  const fingerprint = hashSecret(
    JSON.stringify(citizen ? { body, identity: { name: citizen.name, cpr: citizen.cpr } } : body),
  );
  const statusToken = statusTokenFor(idempotencyKey ?? '', fingerprint, id);
  const application: Application = {
    id,
    municipality: check.claim.municipality,
    benefit: check.claim.benefit,
    submittedAt: claimInput.submittedAt,
    claim: storedClaim(check.claim),
    applicant: submission.data.applicant,
    ...(child.child ? { child: child.child } : {}),
    receipts: submission.data.receipts,
    status: 'submitted',
    statusTokenHash: hashSecret(statusToken),
    timeline: [{ at: claimInput.submittedAt, status: 'submitted' }],
    version: 1,
  };
  const repeated = await repeatOf(deps, keyHash, idempotencyKey ?? '', fingerprint);
  if (repeated) return repeated;
  // The key is taken in the same transaction as the application is stored: a failed write leaves
  // the key free, so a retry can never get an id that has no application behind it.
  const outcome = await deps.applications.createWithKey(application, {
    key: keyHash,
    record: JSON.stringify({ id, fingerprint }),
    expiresAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
  });
  if (outcome.outcome === 'uploads-taken') {
    const taken = outcome.uploads.map((u) => takenProblem(submission.data.receipts.indexOf(u)));
    return { ok: false, code: 'invalid', errors: taken.map(receiptError) };
  }
  if (outcome.outcome === 'key-taken') {
    const raced = await repeatOf(deps, keyHash, idempotencyKey ?? '', fingerprint);
    if (raced) return raced;
    throw new Error('the Idempotency-Key is taken but holds no application');
  }
  await retainReceipts(deps, id, application.receipts);
  // The family's receipt by e-mail. A mail fault must not hold the application back: the receipt
  // page shows the same link, and the metric tells operations.
  await deps.mailer.send(receivedMail(deps, application, statusToken)).catch(() => {
    deps.metrics.count('ReceiptMailFailed');
  });
  await deps.workflow.start(id);
  return { ok: true, id, status: 'submitted', statusToken, repeated: false };
}

const receiptError = (p: ReceiptProblem) => bilingual(`receipts[${p.index}]`, p.da, p.en);

/** The answer to a request whose Idempotency-Key is already held: the same application, or `key-reused` for another body. */
async function repeatOf(
  deps: Pick<Deps, 'applications' | 'receipts'>,
  keyHash: string,
  idempotencyKey: string,
  fingerprint: string,
): Promise<Submitted | undefined> {
  const held = await deps.applications.heldKey(keyHash);
  if (held === undefined) return undefined;
  const first = JSON.parse(held) as { id: string; fingerprint?: string };
  if (first.fingerprint !== fingerprint) return { ok: false, code: 'key-reused' };
  const stored = await deps.applications.get(first.id);
  // The first request may have stopped between storing the application and copying its receipts.
  if (stored) await retainReceipts(deps, stored.id, stored.receipts);
  return {
    ok: true,
    id: first.id,
    status: stored?.status ?? 'submitted',
    statusToken: statusTokenFor(idempotencyKey, fingerprint, first.id),
    repeated: true,
  };
}

/**
 * The status token of an application: HMAC-SHA256 keyed by the Idempotency-Key and the body's
 * fingerprint, over the application id. Whoever can compute it could also have replayed the request.
 */
function statusTokenFor(idempotencyKey: string, fingerprint: string, id: string): string {
  return createHmac('sha256', `${idempotencyKey}\n${fingerprint}`).update(id).digest('base64url');
}

/**
 * The claim as it is stored: exactly what the schema parsed (unknown fields gone, texts trimmed),
 * with amounts back in the contract's "1500.00", so the stored claim validates as it did.
 */
function storedClaim(claim: Claim): Record<string, unknown> {
  return {
    ...claim,
    ...(claim.expenses
      ? { expenses: claim.expenses.map((e) => ({ ...e, amount: formatDkk(e.amount) })) }
      : {}),
    ...(claim.items
      ? {
          items: claim.items.map((item) =>
            item.amount === undefined ? item : { ...item, amount: formatDkk(item.amount) },
          ),
        }
      : {}),
  };
}

/**
 * "We have received your application": the case reference and the status page, whose token stays
 * in the URL fragment (browsers never send it to a server). The subject holds no personal data.
 */
function receivedMail(
  deps: Pick<Deps, 'catalogue' | 'settings'>,
  application: Application,
  statusToken: string,
): Mail {
  const ref = caseRef(application.id);
  const name = deps.catalogue.byId.get(application.benefit)?.name ?? {
    da: application.benefit,
    en: application.benefit,
  };
  const url = `${deps.settings.publicBaseUrl}/status/${application.id}#${statusToken}`;
  const da = [
    `Sag ${ref}`,
    `Vi har modtaget din ansøgning om ${name.da}. Du får besked, når sagsbehandleren har afgjort den.`,
    'Her kan du følge ansøgningen. Linket er personligt: del det ikke.',
  ];
  const en = [
    `Case ${ref}`,
    `We have received your application for ${name.en.toLowerCase()}. You will hear from us when the caseworker has decided it.`,
    'Follow the application here. The link is personal: do not share it.',
  ];
  return linkMail(application.applicant.email, `Vi har modtaget din ansøgning (sag ${ref})`, url, da, en);
}

/** True when a date string in a submission is a real calendar day (used by the pages' live checks). */
export const isDay = isCalendarDate;
