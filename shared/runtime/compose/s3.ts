import { S3Client } from '@aws-sdk/client-s3';
import { S3LetterStore } from '../../adapters/aws/s3-letter-store';
import { S3ReceiptStore } from '../../adapters/aws/s3-receipt-store';
import type { LetterStore, ReceiptStore } from '../../app/ports';
import { readConfig } from '../../config/env';
import { systemClock } from '../clock';
import { region } from './ports';

let s3: S3Client | undefined;

/** The process's one S3 client. */
export const s3Client = (): S3Client => (s3 ??= new S3Client({ region: region() }));

/** Receipts in the receipts bucket. */
export const receipts = (): ReceiptStore =>
  new S3ReceiptStore(s3Client(), readConfig(['receiptsBucket']).receiptsBucket, systemClock.now);

/** Letters' PDFs beside the receipts, under the same retention. */
export const letterStore = (): LetterStore =>
  new S3LetterStore(s3Client(), readConfig(['receiptsBucket']).receiptsBucket);
