import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoPayoutBatchStore } from '../adapters/aws/dynamo-payout-batch-store';
import { S3FinanceFileStore } from '../adapters/aws/s3-finance-file-store';
import type { PayoutParts, PayoutSettings } from '../app/payout-ports';
import { ENV, readConfig } from '../config/env';
import { type Cadence, parseCadence } from '../payouts/schedule';

/** The payers and the cadence of this deployment (placeholder accounts until finance supplies theirs). */
export const DEFAULT_PAYOUT_SETTINGS: Omit<PayoutSettings, 'financeEmail'> = {
  cadence: { kind: 'banking-day' },
  initiatingParty: 'Tilskud til familier',
  payers: {
    randers: { name: 'Randers Kommune', iban: 'DK5000400440116243', bic: 'DABADKKK' },
    rudersdal: { name: 'Rudersdal Kommune', iban: 'DK9520000123456789', bic: 'NDEADKKK' },
  },
  // Links are made when finance opens the finance page or lists the batches, so minutes suffice;
  // the e-mail links to the page, never to the files.
  linkValidSeconds: 5 * 60,
  // Placeholders until each municipality's payroll names its wage type for care fees (facts.md: confirm).
  wageTypes: { randers: '0617', rudersdal: '0617' },
};

/** The payout cadence from `PAYOUT_CADENCE` (every banking day when unset). */
export function cadenceFrom(env: Readonly<Record<string, string | undefined>> = process.env): Cadence {
  return parseCadence(env[ENV.payoutCadence] ?? 'banking-day');
}

/** Batches in the payout ledger table, files in the finance bucket, finance's address from the environment. */
export function payoutParts(
  doc: DynamoDBDocumentClient,
  s3: S3Client,
  ledgerTable: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): PayoutParts {
  const config = readConfig(['financeBucket', 'financeEmail'], env);
  return {
    batches: new DynamoPayoutBatchStore(doc, ledgerTable),
    files: new S3FinanceFileStore(s3, config.financeBucket),
    settings: { ...DEFAULT_PAYOUT_SETTINGS, cadence: cadenceFrom(env), financeEmail: config.financeEmail },
  };
}
