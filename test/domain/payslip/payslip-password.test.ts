import { describe, expect, it } from 'vitest';
import { payslipCaptionKey, payslipPassword } from '../../../src/domain/payslip/payslip-password';
import { payslipMessages } from '../../../src/i18n/messages/payslip';

const employee = { birthDate: '1990-08-17', nip: '199008172015032001' };

describe('payslipPassword', () => {
  it('is the birth date as DDMMYYYY by default', () => {
    expect(payslipPassword(employee)).toBe('17081990');
    expect(payslipPassword({ ...employee, birthDate: '2001-01-05' }, 'BIRTHDATE_DDMMYYYY')).toBe('05012001');
  });

  it('can be the last 6 digits of the NIP', () => {
    expect(payslipPassword(employee, 'NIP_LAST6')).toBe('032001');
  });

  it('refuses data it cannot derive a password from', () => {
    expect(() => payslipPassword({ ...employee, birthDate: '1990-02-30' })).toThrow(RangeError);
    expect(() => payslipPassword({ ...employee, nip: '123' }, 'NIP_LAST6')).toThrow(RangeError);
  });

  it('has a caption for each rule that explains it', () => {
    expect(payslipMessages[payslipCaptionKey('BIRTHDATE_DDMMYYYY')].id).toContain('DDMMYYYY');
    expect(payslipMessages[payslipCaptionKey('NIP_LAST6')].id).toContain('NIP');
  });
});
