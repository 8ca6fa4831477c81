import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoPayoutBatchStore } from '../adapters/aws/dynamo-payout-batch-store';
import { S3FinanceFileStore } from '../adapters/aws/s3-finance-file-store';
import type { PayoutParts, PayoutSettings } from '../app/payout-ports';
import { ENV, readConfig } from '../config/env';
import { parsePayers } from '../config/payers';
import type { Payer } from '../payouts/payer';
import { type Cadence, parseCadence } from '../payouts/schedule';
import { SettingsError } from './settings-error';

/**
 * The payout settings that are the same in every deployment. Who pays (the payers' accounts) is the
 * deployment's: `PAYOUT_PAYERS`, from infra/config.ts on AWS and infra/local/made-up-payers.ts locally.
 */
export const DEFAULT_PAYOUT_SETTINGS: Omit<PayoutSettings, 'financeEmail' | 'payers'> = {
  cadence: { kind: 'banking-day' },
  initiatingParty: 'Tilskud til familier',
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

/**
 * The payers from `PAYOUT_PAYERS`, parsed once at start: a missing or invalid value stops the
 * function with a message naming the variable and each problem, never a file with a wrong debtor.
 */
export function payersFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, Payer> {
  const parsed = parsePayers(env[ENV.payoutPayers]);
  if (parsed.problems) {
    throw new SettingsError(
      `invalid configuration: ${parsed.problems.map((problem) => `${ENV.payoutPayers} ${problem}`).join('; ')}`,
    );
  }
  return parsed.payers;
}

/** Batches in the payout ledger table, files in the finance bucket, finance's address and the payers from the environment. */
export function payoutParts(
  doc: DynamoDBDocumentClient,
  s3: S3Client,
  ledgerTable: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): PayoutParts {
  const config = readConfig(['financeBucket', 'financeEmail'], env);
  const payers = payersFromEnv(env);
  return {
    batches: new DynamoPayoutBatchStore(doc, ledgerTable),
    files: new S3FinanceFileStore(s3, config.financeBucket),
    settings: {
      ...DEFAULT_PAYOUT_SETTINGS,
      cadence: cadenceFrom(env),
      financeEmail: config.financeEmail,
      payers,
    },
  };
}
