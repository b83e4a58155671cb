import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeVerificationCode,
  VERIFICATION_CODE_BYTES,
  verificationCode,
} from '../../../src/domain/payslip/verification-code';

const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

describe('verificationCode', () => {
  it('is 10 Crockford base32 characters grouped 4-4-2, determined by the bytes', () => {
    const bytes = Uint8Array.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde]);
    expect(verificationCode(bytes)).toMatch(CODE_SHAPE);
    expect(verificationCode(bytes)).toBe(verificationCode(Uint8Array.from(bytes)));
    expect(verificationCode(new Uint8Array(7))).toBe('0000-0000-00');
    expect(verificationCode(new Uint8Array(7).fill(0xff))).toBe('ZZZZ-ZZZZ-ZZ');
  });

  it('uses only the first 7 bytes and needs at least 7', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4, 5, 6, 7]);
    expect(verificationCode(Uint8Array.from([...bytes, 99, 100]))).toBe(verificationCode(bytes));
    expect(() => verificationCode(new Uint8Array(VERIFICATION_CODE_BYTES - 1))).toThrow(RangeError);
  });

  it('gives different codes for bytes that differ in the last 50 bits', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 49 }),
        (bytes, bit) => {
          const flipped = Uint8Array.from(bytes);
          const index = 6 - Math.floor(bit / 8);
          flipped[index] = (flipped[index] ?? 0) ^ (1 << bit % 8);
          return verificationCode(flipped) !== verificationCode(bytes);
        },
      ),
    );
  });

  it('always normalises to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 7 }), (bytes) => {
        const code = verificationCode(bytes);
        return CODE_SHAPE.test(code) && normalizeVerificationCode(code) === code;
      }),
    );
  });
});

describe('normalizeVerificationCode', () => {
  it('ignores case, spaces and dashes, and reads I and L as 1, O as 0', () => {
    expect(normalizeVerificationCode(' k7qm 3xpa 9d ')).toBe('K7QM-3XPA-9D');
    expect(normalizeVerificationCode('k7qm-3xpa-9d')).toBe('K7QM-3XPA-9D');
    expect(normalizeVerificationCode('IL0O-ABCD-EF')).toBe('1100-ABCD-EF');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeVerificationCode('K7QM-3XPA-9')).toBeNull();
    expect(normalizeVerificationCode('K7QM-3XPA-9DD')).toBeNull();
    expect(normalizeVerificationCode('K7QM-3XPA-9U')).toBeNull();
    expect(normalizeVerificationCode('K7QM-3XPA-9!')).toBeNull();
    expect(normalizeVerificationCode('')).toBeNull();
  });
});
