import type { PayoutParts } from '../../app/payout-ports';
import { readConfig } from '../../config/env';
import { payoutParts } from '../payout-parts';
import { dynamoDocument } from './dynamo';
import { s3Client } from './s3';

/** Payout batches in the ledger table and files in the finance bucket (the payout run's parts). */
export const payouts = (): PayoutParts =>
  payoutParts(dynamoDocument(), s3Client(), readConfig(['payoutLedgerTable']).payoutLedgerTable);
