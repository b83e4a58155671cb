import { isIsoDay, type IsoDay } from '../day';

/**
 * The password that opens an employee's slip PDF, derived from data the
 * employee knows (RULES.md: by default the date of birth as DDMMYYYY; which
 * rule applies is the agency's choice).
 */
export const PAYSLIP_PASSWORD_RULES = ['BIRTHDATE_DDMMYYYY', 'NIP_LAST6'] as const;
export type PayslipPasswordRule = (typeof PAYSLIP_PASSWORD_RULES)[number];
export const DEFAULT_PAYSLIP_PASSWORD_RULE: PayslipPasswordRule = 'BIRTHDATE_DDMMYYYY';

export interface PasswordSubject {
  birthDate: IsoDay;
  nip: string;
}

export function payslipPassword(
  subject: PasswordSubject,
  rule: PayslipPasswordRule = DEFAULT_PAYSLIP_PASSWORD_RULE,
): string {
  if (rule === 'NIP_LAST6') {
    if (!/^\d{6,}$/.test(subject.nip)) throw new RangeError(`NIP too short for a password: ${subject.nip.length} digits`);
    return subject.nip.slice(-6);
  }
  if (!isIsoDay(subject.birthDate)) throw new RangeError(`not a birth date: ${subject.birthDate}`);
  const [year, month, day] = subject.birthDate.split('-');
  return `${day}${month}${year}`;
}

/** The catalogue key of the caption that tells the employee which password opens the slip. */
export function payslipCaptionKey(rule: PayslipPasswordRule): 'payslip.caption' | 'payslip.caption_nip_last6' {
  return rule === 'NIP_LAST6' ? 'payslip.caption_nip_last6' : 'payslip.caption';
}
