import { Readable } from 'node:stream';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { GetObjectCommandOutput } from '@aws-sdk/client-s3';
import type { Application } from '../../../../shared/app/application';

/** A submitted Randers car-seat application, to vary per test. */
export function application(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    municipality: 'randers',
    benefit: 'ran-car-seat',
    submittedAt: '2026-03-04T10:15:00+01:00',
    claim: {
      municipality: 'randers',
      benefit: 'ran-car-seat',
      applicant: { role: 'relief-family' },
      submittedAt: '2026-03-04T10:15:00+01:00',
      child: { birthDate: '2019-05-01' },
      expenses: [
        { date: '2026-02-20', amount: '1799.00', description: 'Autostol', approvalStandard: 'i-size' },
      ],
    },
    applicant: {
      role: 'relief-family',
      name: 'Aflastningsfamilie',
      email: 'familie@example.dk',
      cpr: '010190-1234',
    },
    receipts: [],
    status: 'submitted',
    statusTokenHash: 'a'.repeat(64),
    timeline: [{ at: '2026-03-04T09:15:00.000Z', status: 'submitted' }],
    version: 1,
    ...overrides,
  };
}

/** The error DynamoDB answers a write whose condition does not hold. */
export function conditionFailed(): ConditionalCheckFailedException {
  return new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
}

/**
 * An S3 body delivering `bytes` in chunks of `chunkSize`. In Node the SDK's body is an
 * IncomingMessage; the adapter only iterates it, which a plain Readable also allows.
 */
export function s3Body(bytes: Uint8Array, chunkSize = 64 * 1024): GetObjectCommandOutput['Body'] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize)
    chunks.push(Buffer.from(bytes.subarray(at, at + chunkSize)));
  return Readable.from(chunks) as unknown as GetObjectCommandOutput['Body'];
}
