import { safeParsePayers } from '../shared/config/payers';
import type { Payer } from '../shared/payouts/payer';
import type { DeploymentConfig } from './config';

/** Context values are strings on the command line (`-c payers='{…}'`) and objects in cdk.json. */
const fromJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * The deployment's payers, checked at synth with the schema the functions check them with at start
 * (shared/config/payers.ts): every municipality of the deployment has one, with a Danish IBAN
 * (MOD-97) and BIC. A problem stops the synthesis naming `payers`, the municipality and the field.
 */
export function checkedPayers(deployment: DeploymentConfig): Record<string, Payer> {
  const parsed = safeParsePayers(deployment.payers);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'} ${i.message}`);
    throw new Error(`payers: ${problems.join('; ')}`);
  }
  const missing = Object.keys(deployment.retention).filter((m) => !parsed.data[m]);
  if (missing.length > 0) throw new Error(`payers: no payer for ${missing.join(', ')}`);
  return parsed.data;
}

/**
 * The deployment with the payers given as CDK context (`payers`, a JSON object by municipality),
 * which wins over `infra/config.ts`; either way they are checked before anything is synthesized.
 */
export function withPayersContext(config: DeploymentConfig, context: unknown): DeploymentConfig {
  if (context === undefined) {
    checkedPayers(config);
    return config;
  }
  let json: unknown;
  try {
    json = fromJson(context);
  } catch (error) {
    throw new Error('context payers is not JSON', { cause: error });
  }
  const next = { ...config, payers: json as DeploymentConfig['payers'] };
  try {
    return { ...config, payers: checkedPayers(next) as DeploymentConfig['payers'] };
  } catch (error) {
    throw new Error(`context ${(error as Error).message}`, { cause: error });
  }
}
