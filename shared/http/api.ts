import * as z from 'zod/mini';
import type { Deps } from '../app/deps';
import { createUpload as presignReceipt } from '../app/use-cases/create-upload';
import { listPayoutBatches } from '../app/use-cases/payout-batches';
import { reconcileReported } from '../app/use-cases/payout-reconcile';
import { applyBankStatusReport } from '../app/use-cases/payout-status-report';
import { readApplicationStatus } from '../app/use-cases/read-application-status';
import { submitApplication } from '../app/use-cases/submit-application';
import { formatDkk } from '../domain/money';
import { UNSAFE_TEXT } from '../rules/claim';
import { DEFAULT_BOUNDS, parseBoundedJson } from './bounds';
import { type FieldError, fieldError, type HttpRequest, type HttpResponse, json } from './http';
import { outcomeOf } from './outcomes';
import { sessionOf } from './session';
import { statusView } from './status-view';

/** The receipt types a family may upload; the document check later judges the bytes themselves. */
const contentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp'] as const;

const uploadSchema = (maxBytes: number) =>
  z.object({
    // A file's own name, as a browser gives it: no folders, no control characters or overrides.
    fileName: z.string().check(
      z.trim(),
      z.minLength(1),
      z.maxLength(200),
      z.refine((name) => !UNSAFE_TEXT.test(name) && !/[/\\]/.test(name)),
    ),
    contentType: z.enum(contentTypes),
    size: z.number().check(z.int(), z.gte(1), z.lte(maxBytes)),
    /** The file's SHA-256 in base64, which the family page computes; required by Object Lock on AWS. */
    sha256: z.optional(z.string().check(z.regex(/^[A-Za-z0-9+/]{43}=$/))),
  });

function uploadError(path: string, maxBytes: number): FieldError {
  if (path === 'sha256')
    return fieldError(path, 'skal være filens SHA-256 i base64', "must be the file's SHA-256 in base64");
  if (path === 'fileName')
    return fieldError(
      path,
      'skal være et filnavn på 1-200 tegn, uden mapper og kontroltegn',
      'must be a file name of 1-200 characters, without folders or control characters',
    );
  if (path === 'contentType')
    return fieldError(
      path,
      `skal være en af ${contentTypes.join(', ')}`,
      `must be one of ${contentTypes.join(', ')}`,
    );
  if (path === 'size')
    return fieldError(
      path,
      `skal være filens størrelse i bytes, fra 1 til ${maxBytes}`,
      `must be the file's size in bytes, from 1 to ${maxBytes}`,
    );
  return fieldError(
    path,
    'skal være et objekt med fileName, contentType og size',
    'must be an object with fileName, contentType and size',
  );
}

/** POST /api/uploads: a pre-signed PUT for one receipt, under a fresh upload id. */
export async function createUpload(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const parsed = parseBoundedJson(req.body);
  if ('refused' in parsed) return parsed.refused;
  const maxBytes = deps.settings.maxReceiptBytes;
  const result = uploadSchema(maxBytes).safeParse(parsed.value);
  if (!result.success) {
    const paths = [...new Set(result.error.issues.map((issue) => issue.path.map(String).join('.')))];
    return json(400, { errors: paths.map((path) => uploadError(path, maxBytes)) });
  }
  const { uploadId, url, headers } = await presignReceipt(deps, result.data);
  return json(201, { uploadId, url, method: 'PUT', headers });
}

/** POST /api/applications: the family's application; the same Idempotency-Key gives the same id. */
export async function submit(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  // Bounds before anything else reads the body: a deep or huge field is a 400 naming it, never a 500.
  const parsed = parseBoundedJson(req.body);
  if ('refused' in parsed) return parsed.refused;
  // A family signed in with MitID applies under its identity; anyone else (staff included) as typed.
  const session = await sessionOf(deps, req);
  const citizen = session?.identity.kind === 'citizen' ? session.identity : undefined;
  const result = await submitApplication(deps, parsed.value, req.headers['idempotency-key'], citizen);
  if (!result.ok) {
    const { status, words } = outcomeOf(result);
    const errors =
      result.code === 'invalid' ? result.errors : [fieldError('Idempotency-Key', words.da, words.en)];
    return json(status, { errors });
  }
  return json(201, {
    id: result.id,
    status: result.status,
    ...(result.statusToken ? { statusToken: result.statusToken } : {}),
  });
}

const unauthorized = () =>
  json(401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer realm="application status"' });

/** GET /api/applications/{id}: the status, for the holder of the family's status token only. */
export async function applicationStatus(deps: Deps, req: HttpRequest, id: string): Promise<HttpResponse> {
  const bearer = /^Bearer +([\x21-\x7e]{1,256})$/i.exec(req.headers.authorization ?? '');
  if (!bearer?.[1]) return unauthorized();
  const read = await readApplicationStatus(deps, id, bearer[1]);
  if (!read.ok) return read.code === 'not-found' ? json(404, { error: 'not found' }) : unauthorized();
  return json(200, statusView(read.application, deps.env.now()));
}

/** One line the bank rejected: its reference (the EndToEndId) and why. */
const RejectedLine = z.object({
  reference: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});

const Reconciliation = z.object({
  rejected: z._default(z.array(RejectedLine).check(z.maxLength(100_000)), []),
});

/**
 * POST /api/payout-batches/{id}/reconciliation, finance's answer from the bank: the lines named
 * rejected (by their reference, the EndToEndId) go back to the caseworker; every other line of the
 * batch is executed and its family told it is paid. Re-runnable.
 */
export async function reconcile(deps: Deps, req: HttpRequest, batchId: string): Promise<HttpResponse> {
  // A bank file's worth of rejected lines, but nothing deeper or longer than a line needs.
  const parsed = parseBoundedJson(req.body ?? '{}', { ...DEFAULT_BOUNDS, arrayItems: 100_000 });
  if ('refused' in parsed) return parsed.refused;
  const body = Reconciliation.safeParse(parsed.value);
  if (!body.success) {
    const paths = [...new Set(body.error.issues.map((issue) => issue.path.map(String).join('.')))];
    return json(400, {
      errors: paths.map((path) =>
        fieldError(
          path,
          'skal være en linjereference (32 tegn) med en begrundelse',
          'must be a line reference (32 characters) with a reason',
        ),
      ),
    });
  }
  const result = await reconcileReported(deps, batchId, body.data.rejected);
  return result.ok
    ? json(200, result.reconciliation)
    : json(outcomeOf(result).status, { error: 'not found' });
}

/**
 * POST /api/payout-batches/{id}/status-report, the bank's pain.002.001.03 for the batch: 200 with
 * how many lines settled and how many were rejected; 400 naming what is invalid or does not match.
 */
export async function statusReport(deps: Deps, req: HttpRequest, batchId: string): Promise<HttpResponse> {
  const outcome = await applyBankStatusReport(deps, batchId, req.body ?? '');
  if (outcome.ok) return json(200, { settled: outcome.settled, rejected: outcome.rejected });
  if (outcome.code === 'batch-not-found') return json(404, { error: 'not found' });
  return json(outcomeOf(outcome).status, {
    errors: outcome.problems.map((problem) => fieldError('', problem, problem)),
  });
}

/**
 * GET /api/payout-batches: the newest batches with their status, totals (øre and DKK) and files; a
 * file's download link (expiring, saved under its name) only once two people released the batch.
 */
export async function payoutBatches(deps: Deps): Promise<HttpResponse> {
  const batches = await listPayoutBatches(deps);
  return json(200, { batches: batches.map((b) => ({ ...b, sum: formatDkk(b.sumOre) })) });
}
