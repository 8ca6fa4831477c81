import { CodedError } from '../domain/errors';

/** A setting the deployment gave that does not parse: names each variable and what it must be. */
export class SettingsError extends CodedError {
  override readonly name = 'SettingsError';
  readonly code = 'invalid-settings';
}
