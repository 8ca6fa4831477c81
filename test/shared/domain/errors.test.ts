import { describe, expect, it } from 'vitest';
import { JavaMissingError } from '../../../infra/local/dynamodb';
import { JournalEntryExistsError } from '../../../shared/adapters/aws/dynamo-decision-journal';
import {
  ApplicationNotFoundError,
  ConcurrentUpdateError,
  StoredClaimInvalidError,
} from '../../../shared/app/errors';
import { ResponseMissingError } from '../../../shared/app/use-cases/record-response';
import { CodedError } from '../../../shared/domain/errors';
import { PayoutFileInvalid } from '../../../shared/payouts/lines';
import { SettingsError } from '../../../shared/runtime/aws-deps';

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
  ];

  it.each(faults.map(([fault, code]) => [fault.name, fault, code] as const))('%s', (_name, fault, code) => {
    expect(fault).toBeInstanceOf(CodedError);
    expect(fault.code).toBe(code);
    expect(fault.cause).toBe(cause);
  });
});
