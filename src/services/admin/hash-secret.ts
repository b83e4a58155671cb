import { createHash } from 'node:crypto';

/** The sha256 (hex) stored in place of a secret (admin token, link code): the secret itself is never kept. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
