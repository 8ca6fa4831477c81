import { createHash } from 'node:crypto';
import {
  CopyObjectCommand,
  GetObjectCommand,
  type GetObjectCommandInput,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ReceiptObject, ReceiptStore } from '../../app/ports';
import { systemClock } from '../../runtime/clock';
import { isAwsError } from './errors';

/** How long a browser may take to start its upload. */
const UPLOAD_URL_SECONDS = 15 * 60;
/**
 * How long an upload in staging is locked: one day instead of the bucket's default retention, so the
 * lifecycle rule can delete what no application took. The copy an application takes gets the default.
 */
const STAGING_LOCK_MS = 86_400_000;
const STAGING = 'uploads/';

/** How many first bytes `inspect` returns, enough for any file signature we check. */
const HEAD_BYTES = 4096;

/** Receipts in S3: the browser uploads them with a pre-signed PUT, the documents check inspects them. */
export class S3ReceiptStore implements ReceiptStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    /** The clock the staging lock's end is read from (the local runtime's, on one machine). */
    private readonly now: () => Date = systemClock.now,
  ) {}

  /**
   * A PUT URL whose signature covers the content type and length: S3 refuses an upload of another
   * size or type. The browser sets Content-Length itself; it must send the returned headers.
   */
  async presignUpload(
    key: string,
    contentType: string,
    size: number,
    sha256?: string,
  ): Promise<{ url: string; headers: Record<string, string> }> {
    const staging = key.startsWith(STAGING);
    const retainUntil = new Date(this.now().getTime() + STAGING_LOCK_MS);
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ContentType: contentType,
      ContentLength: size,
      ...(staging ? { ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: retainUntil } : {}),
    });
    // The SDK's default checksum is computed over the empty presign body; the browser's bytes would fail it.
    command.middlewareStack.add(
      (next) => async (args) => {
        const headers = (args.request as { headers?: Record<string, string> }).headers ?? {};
        for (const name of Object.keys(headers)) {
          if (/^x-amz-(sdk-)?checksum-/i.test(name)) delete headers[name];
        }
        // The family's own SHA-256 of the file, when given, is what S3 checks the upload against.
        if (sha256) headers['x-amz-checksum-sha256'] = sha256;
        return next(args);
      },
      { step: 'build', priority: 'low', name: 'dropEmptyBodyChecksum' },
    );
    const lock: Record<string, string> = staging
      ? {
          'x-amz-object-lock-mode': 'GOVERNANCE',
          'x-amz-object-lock-retain-until-date': retainUntil.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        }
      : {};
    const url = await getSignedUrl(this.s3, command, {
      expiresIn: UPLOAD_URL_SECONDS,
      signableHeaders: new Set([
        'content-type',
        'content-length',
        ...(sha256 ? ['x-amz-checksum-sha256'] : []),
        ...Object.keys(lock),
      ]),
      // Sent by the browser as headers, signed, so S3 applies the short lock to exactly this upload.
      unhoistableHeaders: new Set(Object.keys(lock)),
    });
    // The presigner moves x-amz-* headers into the signed query string; a header it kept must be sent.
    const inQuery = new URL(url).searchParams.has('x-amz-checksum-sha256');
    return {
      url,
      headers: {
        'content-type': contentType,
        ...(sha256 && !inQuery ? { 'x-amz-checksum-sha256': sha256 } : {}),
        ...lock,
      },
    };
  }

  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.s3.send(
      new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: `${this.bucket}/${fromKey}` }),
    );
  }

  async read(key: string): Promise<Uint8Array | undefined> {
    try {
      const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!Body) return undefined;
      const chunks: Uint8Array[] = [];
      for await (const chunk of Body as AsyncIterable<Uint8Array>) chunks.push(chunk);
      return new Uint8Array(Buffer.concat(chunks));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async inspect(key: string): Promise<ReceiptObject | undefined> {
    try {
      const object = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      const size = object.ContentLength ?? 0;
      // Every read names the ETag seen first, so size, head and hash all describe the same bytes.
      const read = { Bucket: this.bucket, Key: key, IfMatch: object.ETag };
      const head = await this.readHead(read, size);
      const { Body } = await this.s3.send(new GetObjectCommand(read));
      return { key, size, contentType: object.ContentType, head, sha256: await sha256Hex(Body) };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  private async readHead(read: GetObjectCommandInput, size: number): Promise<Uint8Array> {
    // A range on an empty object is refused (416), and there is nothing to read anyway.
    if (size === 0) return new Uint8Array(0);
    const range = `bytes=0-${HEAD_BYTES - 1}`;
    const { Body } = await this.s3.send(new GetObjectCommand({ ...read, Range: range }));
    return firstBytes(Body);
  }
}

/**
 * Whether S3 said the key is not there. To a caller without s3:ListBucket, which no function of
 * this system has (none may enumerate receipts), S3 answers a missing key with 403, not 404; every
 * function may read every receipt, so a 403 on a receipt means it is not there.
 */
function isMissing(error: unknown): boolean {
  if (isAwsError(error, 'NotFound', 'NoSuchKey')) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode;
  return error instanceof Error && status === 403;
}

/** The body's bytes as they arrive; in Node the SDK's body is a Readable, which is async-iterable. */
function chunksOf(body: unknown): AsyncIterable<Uint8Array> {
  if (typeof body === 'object' && body !== null && Symbol.asyncIterator in body) {
    return body as AsyncIterable<Uint8Array>;
  }
  throw new Error('S3 returned no readable body');
}

async function firstBytes(body: unknown): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of chunksOf(body)) chunks.push(chunk);
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES);
}

/** SHA-256 (hex) of the body, chunk by chunk: a receipt is never held in memory whole. */
async function sha256Hex(body: unknown): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunksOf(body)) hash.update(chunk);
  return hash.digest('hex');
}
