import { createHash, randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * scrypt's cost (Node's defaults: 16 MiB, tens of milliseconds a hash). A
 * stolen database copy then costs that much per guess: the 10^9 phone codes
 * or the 31^10 / 65,536 link codes behind one lookup tag take years, not seconds.
 */
const COST: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
const FORMAT = 's1';

function derive(code: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(code, salt, KEY_BYTES, COST, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** What is stored for a one-time code: `s1$<salt>$<scrypt hash>`, with a fresh random salt per row. */
export async function hashOneTimeCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(code, salt);
  return `${FORMAT}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `code` is the code `stored` was made from (false for a wiped or unreadable hash). */
export async function oneTimeCodeMatches(stored: string | null, code: string): Promise<boolean> {
  const [format, salt, hash] = stored?.split('$') ?? [];
  if (format !== FORMAT || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(code, Buffer.from(salt, 'base64url'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A 16-bit tag of an HR link code (4 hex digits of its sha256), stored to find
 * the few rows worth comparing: it narrows a guess to 1 in 65,536 without
 * making the code recoverable.
 */
export function linkCodeLookup(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex').slice(0, 4);
}
