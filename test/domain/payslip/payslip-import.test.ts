import { describe, expect, it } from 'vitest';
import { detectPayslipFormat } from '../../../src/domain/payslip/payslip-import';
import { IMPORT_ERROR_CODES } from '../../../src/domain/payslip/payslip-types';
import { payslipMessages } from '../../../src/i18n/messages/payslip';
import { catalog } from '../../../src/i18n/messages';

describe('detectPayslipFormat', () => {
  it('tells JSON, long CSV and wide CSV apart', () => {
    expect(detectPayslipFormat('\uFEFF  {"period":"2026-11"}')).toBe('json');
    expect(detectPayslipFormat('"NIP";"Kind";code;label;amount;net\r\n1;2')).toBe('csv-long');
    expect(detectPayslipFormat('nip,gaji_pokok,net\n1,2,3')).toBe('csv-wide');
  });
});

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('payslip message catalogue', () => {
  it('has every import error code in both languages with the same placeholders', () => {
    for (const code of IMPORT_ERROR_CODES) {
      const entry = payslipMessages[code];
      expect(entry, code).toBeDefined();
      expect(entry.id.length, code).toBeGreaterThan(0);
      expect(placeholders(entry.en), code).toEqual(placeholders(entry.id));
    }
  });

  it('is merged into the bot catalogue', () => {
    expect(catalog['payslip.published']?.id).toContain('{period}');
    expect(catalog['payslip.caption']?.id).toContain('17081990');
  });
});
