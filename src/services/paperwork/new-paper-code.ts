import { randomBytes } from 'node:crypto';
import { VERIFICATION_CODE_BYTES, verificationCode } from '../../domain/payslip/verification-code';

/** A fresh verification code for a form or letter (50 random bits; the unique index refuses a clash). */
export function newPaperCode(): string {
  return verificationCode(randomBytes(VERIFICATION_CODE_BYTES));
}
