import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { LetterStore } from '../../app/ports';
import { isAwsError } from './errors';

/**
 * Decision letters' PDFs in the receipts bucket, under `letters/`: the bucket's default Object
 * Lock retention keeps them as long as the case's receipts, and nothing here can delete one.
 */
export class S3LetterStore implements LetterStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, pdf: Uint8Array): Promise<void> {
    // A bucket with default retention takes only uploads with a checksum: the SDK adds its CRC32.
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: pdf, ContentType: 'application/pdf' }),
    );
  }

  async read(key: string): Promise<Uint8Array | undefined> {
    try {
      const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return Body ? new Uint8Array(await Body.transformToByteArray()) : undefined;
    } catch (error) {
      // Without s3:ListBucket S3 answers a missing key with 403 (see S3ReceiptStore).
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (isAwsError(error, 'NoSuchKey', 'NotFound') || status === 403) return undefined;
      throw error;
    }
  }
}
