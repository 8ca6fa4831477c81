import { createHash } from 'node:crypto';
import {
  CopyObjectCommand,
  GetObjectCommand,
  type GetObjectCommandInput,
  HeadObjectCommand,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { S3ReceiptStore } from '../../../../shared/adapters/aws/s3-receipt-store';
import { s3Body } from './fixtures';

function s3Client(): S3Client {
  return new S3Client({
    region: 'eu-north-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
  });
}

describe('S3ReceiptStore.presignUpload', () => {
  // The staging lock reads the injected clock; the SDK's signature reads Date (faked below).
  const store = new S3ReceiptStore(s3Client(), 'receipts', () => new Date('2026-03-04T09:15:00Z'));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T09:15:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('presigns a PUT of the receipt key that is valid for 15 minutes', async () => {
    const { url } = await store.presignUpload('app-1/r-1.pdf', 'application/pdf', 48_213);

    const signed = new URL(url);
    expect(signed.origin + signed.pathname).toBe(
      'https://receipts.s3.eu-north-1.amazonaws.com/app-1/r-1.pdf',
    );
    expect(signed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.searchParams.get('X-Amz-Date')).toBe('20260304T091500Z');
    expect(signed.searchParams.get('X-Amz-Expires')).toBe('900');
  });

  it('signs content type and length, so S3 refuses an upload of another type or size', async () => {
    const { url, headers } = await store.presignUpload('app-1/r-1.pdf', 'application/pdf', 48_213);

    expect(new URL(url).searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(headers).toEqual({ 'content-type': 'application/pdf' });
  });

  it('locks an upload to staging for one day only, signed, so the lifecycle rule can expire it', async () => {
    const { url, headers } = await store.presignUpload('uploads/abcdefghijklmnop', 'application/pdf', 100);

    expect(headers).toEqual({
      'content-type': 'application/pdf',
      'x-amz-object-lock-mode': 'GOVERNANCE',
      'x-amz-object-lock-retain-until-date': '2026-03-05T09:15:00Z',
    });
    expect(new URL(url).searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host;x-amz-object-lock-mode;x-amz-object-lock-retain-until-date',
    );
  });

  it('leaves the checksum of an empty body out of the URL', async () => {
    const { url } = await store.presignUpload('app-1/r-1.pdf', 'application/pdf', 48_213);

    const names = [...new URL(url).searchParams.keys()].map((name) => name.toLowerCase());
    expect(names.filter((name) => name.includes('checksum'))).toEqual([]);
  });
});

describe('S3ReceiptStore.inspect', () => {
  const s3 = mockClient(S3Client);
  const store = new S3ReceiptStore(s3Client(), 'receipts');
  const pdf = new Uint8Array(300_000).map((_, i) => (i * 31 + 7) % 251);

  beforeEach(() => {
    s3.reset();
    s3.on(HeadObjectCommand).resolves({
      ContentLength: pdf.length,
      ContentType: 'application/pdf',
      ETag: '"e1"',
    });
    s3.on(GetObjectCommand).callsFake((input: GetObjectCommandInput) => ({
      Body: s3Body(input.Range ? pdf.subarray(0, 4096) : pdf, 10_000),
    }));
  });

  it('returns undefined when the receipt is not there', async () => {
    s3.on(HeadObjectCommand).rejects(
      new NotFound({ message: 'Not Found', $metadata: { httpStatusCode: 404 } }),
    );

    expect(await store.inspect('app-1/missing.pdf')).toBeUndefined();
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  it('reports the size and declared type from the object head', async () => {
    const receipt = await store.inspect('app-1/r-1.pdf');

    expect(receipt).toMatchObject({ key: 'app-1/r-1.pdf', size: 300_000, contentType: 'application/pdf' });
    expect(s3.commandCalls(HeadObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'receipts',
      Key: 'app-1/r-1.pdf',
    });
  });

  it('reads the first 4 KiB with a range request of the same object version', async () => {
    const receipt = await store.inspect('app-1/r-1.pdf');

    expect(receipt?.head).toEqual(Buffer.from(pdf.subarray(0, 4096)));
    const ranged = s3.commandCalls(GetObjectCommand).find((call) => call.args[0].input.Range);
    expect(ranged?.args[0].input).toEqual({
      Bucket: 'receipts',
      Key: 'app-1/r-1.pdf',
      IfMatch: '"e1"',
      Range: 'bytes=0-4095',
    });
  });

  it('hashes the whole body as it streams in', async () => {
    const receipt = await store.inspect('app-1/r-1.pdf');

    expect(receipt?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const full = s3.commandCalls(GetObjectCommand).find((call) => !call.args[0].input.Range);
    expect(full?.args[0].input).toEqual({ Bucket: 'receipts', Key: 'app-1/r-1.pdf', IfMatch: '"e1"' });
  });

  it('asks no range of an empty receipt and hashes it as empty', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 0, ContentType: 'application/pdf', ETag: '"e0"' });
    s3.on(GetObjectCommand).resolves({ Body: s3Body(new Uint8Array(0)) });

    const receipt = await store.inspect('app-1/empty.pdf');

    expect(receipt?.head).toEqual(new Uint8Array(0));
    expect(receipt?.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(s3.commandCalls(GetObjectCommand).map((call) => call.args[0].input.Range)).toEqual([undefined]);
  });

  it('lets faults other than a missing object through', async () => {
    s3.on(HeadObjectCommand).rejects(new Error('access denied'));

    await expect(store.inspect('app-1/r-1.pdf')).rejects.toThrow('access denied');
  });
});

describe('S3ReceiptStore.exists', () => {
  const s3 = mockClient(S3Client);
  const store = new S3ReceiptStore(s3Client(), 'receipts');
  const failure = (name: string, httpStatusCode: number) =>
    Object.assign(new Error(name), { name, $metadata: { httpStatusCode } });

  beforeEach(() => s3.reset());

  it('asks S3 for the head of the object only', async () => {
    s3.on(HeadObjectCommand).resolves({ ContentLength: 10 });

    expect(await store.exists('uploads/r-1')).toBe(true);
    expect(s3.commandCalls(HeadObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'receipts',
      Key: 'uploads/r-1',
    });
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  it('is false on 404, and on the 403 S3 gives a caller without s3:ListBucket for a missing key', async () => {
    s3.on(HeadObjectCommand).rejectsOnce(failure('NotFound', 404)).rejectsOnce(failure('Forbidden', 403));

    expect(await store.exists('uploads/missing-1')).toBe(false);
    expect(await store.exists('uploads/missing-2')).toBe(false);
  });

  it('lets other faults through', async () => {
    s3.on(HeadObjectCommand).rejects(failure('InternalError', 500));

    await expect(store.exists('uploads/r-1')).rejects.toThrow('InternalError');
  });
});

describe('uploads to a bucket with Object Lock default retention', () => {
  it('signs the family’s SHA-256 checksum and returns it as a header the browser must send', async () => {
    const { S3Client } = await import('@aws-sdk/client-s3');
    const { S3ReceiptStore } = await import('../../../../shared/adapters/aws/s3-receipt-store');
    const store = new S3ReceiptStore(
      new S3Client({
        region: 'eu-north-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      }),
      'receipts',
    );
    const sha256 = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';
    const { url, headers } = await store.presignUpload('uploads/abc', 'application/pdf', 1234, sha256);
    const signed = new URL(url);
    const inQuery = signed.searchParams.get('x-amz-checksum-sha256');
    const inHeaders = (signed.searchParams.get('X-Amz-SignedHeaders') ?? '').includes(
      'x-amz-checksum-sha256',
    );
    expect(inQuery === sha256 || (inHeaders && headers['x-amz-checksum-sha256'] === sha256)).toBe(true);
    expect(signed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('reading a receipt for the caseworker', () => {
  it('returns the bytes, and nothing for a receipt that is not there', async () => {
    const { GetObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
    const { mockClient } = await import('aws-sdk-client-mock');
    const s3 = mockClient(S3Client);
    s3.on(GetObjectCommand, { Key: 'uploads/a' }).resolves({
      Body: s3Body(new TextEncoder().encode('%PDF-1.7')) as never,
    });
    s3.on(GetObjectCommand, { Key: 'uploads/b' }).rejects(
      Object.assign(new Error('no'), { name: 'NoSuchKey' }),
    );
    const store = new S3ReceiptStore(new S3Client({ region: 'eu-north-1' }), 'receipts');
    expect(new TextDecoder().decode(await store.read('uploads/a'))).toBe('%PDF-1.7');
    expect(await store.read('uploads/b')).toBeUndefined();
    s3.restore();
  });
});

describe('S3ReceiptStore.copy', () => {
  const store = new S3ReceiptStore(s3Client(), 'receipts');

  it('copies a receipt from staging under the application, where the default retention applies', async () => {
    const s3 = mockClient(S3Client);
    s3.on(CopyObjectCommand).resolves({});

    await store.copy('uploads/abcdefghijklmnop', 'receipts/app1/abcdefghijklmnop');

    expect(s3.commandCalls(CopyObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'receipts',
      Key: 'receipts/app1/abcdefghijklmnop',
      CopySource: 'receipts/uploads/abcdefghijklmnop',
    });
    s3.restore();
  });
});
