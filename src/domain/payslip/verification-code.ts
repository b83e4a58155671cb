/**
 * Short codes printed on a slip so anyone holding it can check it is genuine:
 * 10 Crockford base32 characters (50 bits) grouped "ABCD-EFGH-JK". The caller
 * supplies the random bytes (at least 7), so this stays pure and testable.
 * Crockford's alphabet has no I, L, O or U; when typed back, I and L read as
 * 1 and O as 0, case, spaces and dashes do not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;
export const VERIFICATION_CODE_BYTES = 7;

export function verificationCode(random: Uint8Array): string {
  if (random.length < VERIFICATION_CODE_BYTES) {
    throw new RangeError(`verification code needs ${VERIFICATION_CODE_BYTES} random bytes, got ${random.length}`);
  }
  let bits = 0n;
  for (const byte of random.subarray(0, VERIFICATION_CODE_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    chars += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  }
  return group(chars);
}

/** The canonical "ABCD-EFGH-JK" form of what a user typed, or null if it cannot be a code. */
export function normalizeVerificationCode(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (chars.length !== CODE_LENGTH || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return group(chars);
}

function group(chars: string): string {
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
