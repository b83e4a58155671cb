import { randomBytes } from 'node:crypto';
import { VERIFICATION_CODE_BYTES, verificationCode } from '../../domain/payslip/verification-code';

export type RandomBytes = (size: number) => Uint8Array;

/**
 * `count` distinct verification codes from crypto randomness. 50 bits each:
 * a clash with a code of another month is about one in 10^7 for a 10,000
 * slip month, and the unique index refuses it rather than mixing two slips.
 */
export function newVerificationCodes(count: number, random: RandomBytes = randomBytes): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(verificationCode(random(VERIFICATION_CODE_BYTES)));
  return [...codes];
}
