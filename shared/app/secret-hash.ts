import { createHash } from 'node:crypto';

/** SHA-256 hex of a secret, so that only its hash is stored. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
