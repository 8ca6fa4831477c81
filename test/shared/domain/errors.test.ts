import { describe, expect, it } from 'vitest';
import { config } from '../../../infra/config';
import { JavaMissingError } from '../../../infra/local/dynamodb';
import { withPayersContext } from '../../../infra/payers-config';
import { JournalEntryExistsError } from '../../../shared/adapters/aws/dynamo-decision-journal';
import type { Deps } from '../../../shared/app/deps';
import {
  ApplicationNotFoundError,
  ConcurrentUpdateError,
  StoredClaimInvalidError,
} from '../../../shared/app/errors';
import { ResponseMissingError } from '../../../shared/app/use-cases/record-response';
import { CodedError } from '../../../shared/domain/errors';
import { PayoutFileInvalid } from '../../../shared/payouts/lines';
import { IsoSchemaMissing } from '../../../shared/payouts/xsd';
import { SettingsError } from '../../../shared/runtime/aws-deps';
import { lambdaHandler } from '../../../shared/runtime/lambda';
import { payersFromEnv } from '../../../shared/runtime/payout-parts';

/** What the function throws; fails the test when it throws nothing. */
function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

describe('faults carry a stable code and their cause', () => {
  const cause = new Error('ConditionalCheckFailedException');
  const faults: [CodedError, string][] = [
    [new ApplicationNotFoundError('app1', { cause }), 'application-not-found'],
    [new StoredClaimInvalidError('app1', ['benefit'], { cause }), 'stored-claim-invalid'],
    [new ConcurrentUpdateError('app1', { cause }), 'concurrent-update'],
    [new JournalEntryExistsError('app1', '2026-03-04T09:15:00.000Z', { cause }), 'journal-entry-exists'],
    [new ResponseMissingError('no response', { cause }), 'response-missing'],
    [new PayoutFileInvalid('invalid', { cause }), 'payout-file-invalid'],
    [new SettingsError('invalid configuration', { cause }), 'invalid-settings'],
    [new JavaMissingError('java', { cause }), 'java-missing'],
    [new IsoSchemaMissing('no schema', { cause }), 'iso-schema-missing'],
  ];

  it.each(faults.map(([fault, code]) => [fault.name, fault, code] as const))('%s', (_name, fault, code) => {
    expect(fault).toBeInstanceOf(CodedError);
    expect(fault.code).toBe(code);
    expect(fault.cause).toBe(cause);
  });

  it('keep their code and cause through a Lambda entry point, which logs the code and rethrows the same error', async () => {
    const fault = new ConcurrentUpdateError('app1', { cause });
    const handler = lambdaHandler(
      () => async () => {
        throw fault;
      },
      async () => ({}) as Deps,
    );

    const thrown = await handler({}).catch((error: unknown) => error);

    expect(thrown).toBe(fault);
    expect((thrown as CodedError).code).toBe('concurrent-update');
    expect((thrown as Error).cause).toBe(cause);
  });

  it('say why when a setting does not parse, keeping what the parser threw as the cause', () => {
    const notJson = thrownBy(() => withPayersContext(config, '{"randers":'));
    expect(notJson.message).toBe('context payers is not JSON');
    expect(notJson.cause).toBeInstanceOf(SyntaxError);

    const wrong = thrownBy(() =>
      withPayersContext(config, { randers: { name: 'R', iban: 'DK00', bic: 'DABADKKK' } }),
    );
    expect(wrong.message).toMatch(/^context payers: randers\.iban/);
    expect(wrong.cause).toBeInstanceOf(Error);
    expect((wrong.cause as Error).message).toMatch(/^payers: randers\.iban/);

    expect(() => payersFromEnv({ PAYOUT_PAYERS: '[' })).toThrow(SettingsError);
  });
});
