import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FinanceFileStore } from '../../app/payout-ports';

/** S3's smallest part (5 MiB, except the last): the most a write holds in memory at once. */
export const PART_BYTES = 5 * 1024 * 1024;

/** Groups string chunks into buffers of at least `size` bytes (the last one may be smaller). */
async function* parts(chunks: AsyncIterable<string>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk);
    pending.push(bytes);
    length += bytes.length;
    if (length >= size) {
      yield Buffer.concat(pending, length);
      pending = [];
      length = 0;
    }
  }
  if (length > 0 || pending.length === 0) yield Buffer.concat(pending, length);
}

/**
 * Payout files in the finance bucket, streamed: a file under one part is a single PutObject, a
 * larger one a multipart upload of 5 MiB parts. The SDK adds a checksum to every request, which
 * the bucket's Object Lock requires.
 */
export class S3FinanceFileStore implements FinanceFileStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async write(key: string, contentType: string, chunks: AsyncIterable<string>): Promise<void> {
    const target = { Bucket: this.bucket, Key: key };
    const iterator = parts(chunks, PART_BYTES)[Symbol.asyncIterator]();
    const first = await iterator.next();
    const second = first.done ? first : await iterator.next();
    if (second.done) {
      await this.s3.send(
        new PutObjectCommand({ ...target, ContentType: contentType, Body: first.value ?? Buffer.alloc(0) }),
      );
      return;
    }
    const { UploadId } = await this.s3.send(
      new CreateMultipartUploadCommand({ ...target, ContentType: contentType }),
    );
    try {
      const done: { ETag: string | undefined; PartNumber: number }[] = [];
      const upload = async (body: Buffer) => {
        const PartNumber = done.length + 1;
        done.push({ ETag: undefined, PartNumber });
        const { ETag } = await this.s3.send(
          new UploadPartCommand({ ...target, UploadId, PartNumber, Body: body }),
        );
        done[PartNumber - 1] = { ETag, PartNumber };
      };
      await upload(first.value as Buffer);
      await upload(second.value);
      for (let part = await iterator.next(); !part.done; part = await iterator.next())
        await upload(part.value);
      await this.s3.send(
        new CompleteMultipartUploadCommand({ ...target, UploadId, MultipartUpload: { Parts: done } }),
      );
    } catch (error) {
      await this.s3.send(new AbortMultipartUploadCommand({ ...target, UploadId })).catch(() => undefined);
      throw error;
    }
  }

  async link(key: string, seconds: number, download?: string): Promise<string> {
    // The browser saves the file under its name instead of opening the XML in the tab.
    const disposition = download
      ? { ResponseContentDisposition: `attachment; filename="${download.replace(/[^\w.-]/g, '_')}"` }
      : {};
    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucket, Key: key, ...disposition }), {
      expiresIn: seconds,
    });
  }
}
